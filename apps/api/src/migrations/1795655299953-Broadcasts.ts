import { MigrationInterface, QueryRunner } from "typeorm";

export class Broadcasts1795655299953 implements MigrationInterface {
    name = 'Broadcasts1795655299953'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "broadcasts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "bot_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "state" character varying(24) NOT NULL DEFAULT 'DRAFT', "text" text NOT NULL, "parse_mode" character varying(16), "photo" text, "reply_markup" jsonb, "audience" jsonb NOT NULL, "criteria" jsonb, "scoped_to_bot" boolean NOT NULL DEFAULT false, "paid" boolean NOT NULL DEFAULT false, "audience_size" integer, "duplicates" integer NOT NULL DEFAULT '0', "not_found" integer NOT NULL DEFAULT '0', "walk_cursor" character varying(20), "walk_done" boolean NOT NULL DEFAULT false, "scheduled_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b0586900034d0726bbdcb1b21b2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c34e84c63a0ff485192a8c8735" ON "broadcasts"  ("tenant_id", "state") `);
        await queryRunner.query(`CREATE INDEX "IDX_048c188d14d7f0b3e0633a0057" ON "broadcasts"  ("tenant_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "broadcast_deliveries" ("id" BIGSERIAL NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "broadcast_id" uuid NOT NULL, "bot_id" uuid NOT NULL, "contact_id" bigint NOT NULL, "chat_id" bigint, "state" character varying(16) NOT NULL, "skip_reason" character varying(16), CONSTRAINT "PK_3234ad44c8b38fa224d4aa4ac0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5e2c856da92a5e7c6990a7690a" ON "broadcast_deliveries"  ("broadcast_id", "state", "contact_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "broadcast_deliveries_contact" ON "broadcast_deliveries"  ("tenant_id", "broadcast_id", "contact_id") `);
        await queryRunner.query(`ALTER TABLE "outbound_messages" ADD "broadcast_id" uuid`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" ADD "in_flight_at_crash" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" ALTER COLUMN "status" TYPE character varying(16)`);
        await queryRunner.query(`CREATE INDEX "outbound_messages_broadcast_contact" ON "outbound_messages"  ("broadcast_id", "contact_id") WHERE broadcast_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "outbound_messages_broadcast_status" ON "outbound_messages"  ("broadcast_id", "status") WHERE broadcast_id IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "broadcasts" ADD CONSTRAINT "FK_60020ce8390702b3f3d34bac160" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "broadcasts" ADD CONSTRAINT "FK_ee38f11b76a8597298a43450ac4" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "broadcast_deliveries" ADD CONSTRAINT "FK_bf022d4f1d9cef01346c4a05464" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "broadcast_deliveries" ADD CONSTRAINT "FK_9cfd8c8ce91c8abc885f16fabc6" FOREIGN KEY ("broadcast_id") REFERENCES "broadcasts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "broadcast_deliveries" ADD CONSTRAINT "FK_16f78a4f00f1a4fe5c0e8f0518d" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "broadcast_deliveries" ADD CONSTRAINT "FK_c1491d3756c2edb2d65cab38a55" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "broadcast_deliveries" DROP CONSTRAINT "FK_c1491d3756c2edb2d65cab38a55"`);
        await queryRunner.query(`ALTER TABLE "broadcast_deliveries" DROP CONSTRAINT "FK_16f78a4f00f1a4fe5c0e8f0518d"`);
        await queryRunner.query(`ALTER TABLE "broadcast_deliveries" DROP CONSTRAINT "FK_9cfd8c8ce91c8abc885f16fabc6"`);
        await queryRunner.query(`ALTER TABLE "broadcast_deliveries" DROP CONSTRAINT "FK_bf022d4f1d9cef01346c4a05464"`);
        await queryRunner.query(`ALTER TABLE "broadcasts" DROP CONSTRAINT "FK_ee38f11b76a8597298a43450ac4"`);
        await queryRunner.query(`ALTER TABLE "broadcasts" DROP CONSTRAINT "FK_60020ce8390702b3f3d34bac160"`);
        await queryRunner.query(`DROP INDEX "public"."outbound_messages_broadcast_status"`);
        await queryRunner.query(`DROP INDEX "public"."outbound_messages_broadcast_contact"`);
        await queryRunner.query(`UPDATE "outbound_messages" SET "status" = 'FAILED' WHERE "status" IN ('HELD', 'CANCELLED')`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" ALTER COLUMN "status" TYPE character varying(8)`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" DROP COLUMN "in_flight_at_crash"`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" DROP COLUMN "broadcast_id"`);
        await queryRunner.query(`DROP INDEX "public"."broadcast_deliveries_contact"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5e2c856da92a5e7c6990a7690a"`);
        await queryRunner.query(`DROP TABLE "broadcast_deliveries"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_048c188d14d7f0b3e0633a0057"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c34e84c63a0ff485192a8c8735"`);
        await queryRunner.query(`DROP TABLE "broadcasts"`);
    }

}
