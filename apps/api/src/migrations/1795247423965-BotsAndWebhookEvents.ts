import { MigrationInterface, QueryRunner } from "typeorm";

export class BotsAndWebhookEvents1795247423965 implements MigrationInterface {
    name = 'BotsAndWebhookEvents1795247423965'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "bots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "username" character varying(64) NOT NULL, "telegram_bot_id" bigint NOT NULL, "token_sealed" text NOT NULL, "token_hint" character varying(32) NOT NULL, "webhook_secret_sealed" text NOT NULL, "webhook_secret_hash" character(64) NOT NULL, "daily_limit" integer, "send_rate" character varying(32), "webhook_url" text, "allowed_updates" text array NOT NULL, "webhook_set_at" TIMESTAMP WITH TIME ZONE, "last_error_message" text, "last_error_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8b1b0180229dec2cbfdf5e776e4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_93cc45790c9ca7c80f15dcb9a3" ON "bots"  ("webhook_secret_hash") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "bots_telegram_bot_id_live" ON "bots"  ("telegram_bot_id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_e1fb0ede4eb6fb67cd88ccd167" ON "bots"  ("tenant_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "webhook_events" ("id" BIGSERIAL NOT NULL, "tenant_id" uuid NOT NULL, "bot_id" uuid NOT NULL, "update_id" bigint NOT NULL, "update_type" character varying(40) NOT NULL, "chat_id" bigint, "payload" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'QUEUED', "attempts" integer NOT NULL DEFAULT '0', "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4cba37e6a0acb5e1fc49c34ebfd" PRIMARY KEY ("id"))`);
        // Room on each page for the row's later PROCESSED/FAILED version, so that update stays HOT.
        await queryRunner.query(`ALTER TABLE "webhook_events" SET (fillfactor = 80)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "webhook_events_bot_update" ON "webhook_events"  ("bot_id", "update_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_915db7de4f2c7ee1ac0c137b0a" ON "webhook_events"  ("tenant_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "FK_2c849ea455afb54685fd42197eb" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bots" ADD CONSTRAINT "FK_ecaae42510fa41fea7cc6404ad6" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_events" ADD CONSTRAINT "FK_d0d8d40823c4ed35e703a595086" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "webhook_events" ADD CONSTRAINT "FK_58cc970d1e9361a844d61aa7b74" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "webhook_events" DROP CONSTRAINT "FK_58cc970d1e9361a844d61aa7b74"`);
        await queryRunner.query(`ALTER TABLE "webhook_events" DROP CONSTRAINT "FK_d0d8d40823c4ed35e703a595086"`);
        await queryRunner.query(`ALTER TABLE "bots" DROP CONSTRAINT "FK_ecaae42510fa41fea7cc6404ad6"`);
        await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_2c849ea455afb54685fd42197eb"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_915db7de4f2c7ee1ac0c137b0a"`);
        await queryRunner.query(`DROP INDEX "public"."webhook_events_bot_update"`);
        await queryRunner.query(`DROP TABLE "webhook_events"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e1fb0ede4eb6fb67cd88ccd167"`);
        await queryRunner.query(`DROP INDEX "public"."bots_telegram_bot_id_live"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_93cc45790c9ca7c80f15dcb9a3"`);
        await queryRunner.query(`DROP TABLE "bots"`);
    }

}
