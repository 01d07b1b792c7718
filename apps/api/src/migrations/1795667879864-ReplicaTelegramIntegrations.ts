import { MigrationInterface, QueryRunner } from "typeorm";

export class ReplicaTelegramIntegrations1795667879864 implements MigrationInterface {
    name = 'ReplicaTelegramIntegrations1795667879864'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "replica_telegram_integrations" ("id" BIGSERIAL NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "replica_id" uuid NOT NULL, "bot_id" uuid, "owns_bot" boolean NOT NULL DEFAULT false, "mention" character varying(64) NOT NULL, "state" character varying(16) NOT NULL, "last_error" text, "attempts" integer NOT NULL DEFAULT '0', "token_sealed" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c5568bab9af48545773fc65e47" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "replica_telegram_integrations_bot" ON "replica_telegram_integrations"  ("tenant_id", "bot_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "replica_telegram_integrations_replica" ON "replica_telegram_integrations"  ("tenant_id", "replica_id") `);
        await queryRunner.query(`ALTER TABLE "replica_telegram_integrations" ADD CONSTRAINT "FK_70e9acbbc6c6a190bcdd0a350f1" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "replica_telegram_integrations" ADD CONSTRAINT "FK_e80ba2ed84af701c417e0e61232" FOREIGN KEY ("replica_id") REFERENCES "replicas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "replica_telegram_integrations" ADD CONSTRAINT "FK_1d2f00e36120b6f12dda465fbc5" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "replica_telegram_integrations" DROP CONSTRAINT "FK_1d2f00e36120b6f12dda465fbc5"`);
        await queryRunner.query(`ALTER TABLE "replica_telegram_integrations" DROP CONSTRAINT "FK_e80ba2ed84af701c417e0e61232"`);
        await queryRunner.query(`ALTER TABLE "replica_telegram_integrations" DROP CONSTRAINT "FK_70e9acbbc6c6a190bcdd0a350f1"`);
        await queryRunner.query(`DROP INDEX "public"."replica_telegram_integrations_replica"`);
        await queryRunner.query(`DROP INDEX "public"."replica_telegram_integrations_bot"`);
        await queryRunner.query(`DROP TABLE "replica_telegram_integrations"`);
    }

}
