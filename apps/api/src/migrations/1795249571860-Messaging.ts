import { MigrationInterface, QueryRunner } from "typeorm";

export class Messaging1795249571860 implements MigrationInterface {
    name = 'Messaging1795249571860'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "outbound_messages" ("id" BIGSERIAL NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "bot_id" uuid NOT NULL, "contact_id" bigint, "chat_id" bigint NOT NULL, "text" text NOT NULL, "parse_mode" character varying(16), "reply_markup" jsonb, "telegram_markup" jsonb, "status" character varying(8) NOT NULL DEFAULT 'QUEUED', "telegram_message_ids" bigint array NOT NULL DEFAULT '{}', "error_code" integer, "error_description" text, "attempts" integer NOT NULL DEFAULT '0', "source" character varying(16) NOT NULL, "sender" character varying(100), "sent_at" TIMESTAMP WITH TIME ZONE, "clicked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0a03db3e2f04f9f33e6daa597ff" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_39b386e3da81a030d53b005822" ON "outbound_messages"  ("tenant_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "tracked_buttons" ("id" BIGSERIAL NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "message_id" bigint NOT NULL, "token" character varying(24) NOT NULL, "kind" character varying(8) NOT NULL, "target" text NOT NULL, CONSTRAINT "PK_80c440e24380c630e44f873208c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e6ce0ec8f2a2b8ba568a839575" ON "tracked_buttons"  ("token") `);
        await queryRunner.query(`CREATE TABLE "bot_send_pacing" ("bot_id" uuid NOT NULL, "next_at" TIMESTAMP WITH TIME ZONE NOT NULL, "paused_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6d66f1b4f0a36ab360b6c2035be" PRIMARY KEY ("bot_id"))`);
        await queryRunner.query(`CREATE TABLE "chat_send_pacing" ("bot_id" uuid NOT NULL, "chat_id" bigint NOT NULL, "next_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_cea5df45d2b291b28c09151177b" PRIMARY KEY ("bot_id", "chat_id"))`);
        await queryRunner.query(`CREATE TABLE "bot_daily_sends" ("bot_id" uuid NOT NULL, "day" date NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_e395801702a6777835c4cb1c50b" PRIMARY KEY ("bot_id", "day"))`);
        await queryRunner.query(`CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" character varying(100) NOT NULL, "title" character varying(300) NOT NULL, "url" text NOT NULL, "segment_id" uuid, "message" text, CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "jobs_tenant_key" ON "jobs"  ("tenant_id", "key") `);
        await queryRunner.query(`CREATE INDEX "IDX_284f63918b8e0bd3dffd10c376" ON "jobs"  ("tenant_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "outbound_messages" ADD CONSTRAINT "FK_4db8ad7aae3fbcaeb65f0bd14a5" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" ADD CONSTRAINT "FK_aa939bc4ea9c8e52ec078a4589f" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" ADD CONSTRAINT "FK_994a4b54ec4d858b56b0b5d7825" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "tracked_buttons" ADD CONSTRAINT "FK_64c5faa756e06bd346639279e50" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "tracked_buttons" ADD CONSTRAINT "FK_acd8df9c383689014c4c877ecc2" FOREIGN KEY ("message_id") REFERENCES "outbound_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "jobs" ADD CONSTRAINT "FK_6da9e1074e2c60f9c4a422a0a62" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "jobs" ADD CONSTRAINT "FK_78a43e6677995332731e6d71332" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bot_send_pacing" ADD CONSTRAINT "FK_6d66f1b4f0a36ab360b6c2035be" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "chat_send_pacing" ADD CONSTRAINT "FK_9050626947b9e5ff9c6b8228772" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bot_daily_sends" ADD CONSTRAINT "FK_43d8f66f8640b02257b73daf732" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "bot_daily_sends" DROP CONSTRAINT "FK_43d8f66f8640b02257b73daf732"`);
        await queryRunner.query(`ALTER TABLE "chat_send_pacing" DROP CONSTRAINT "FK_9050626947b9e5ff9c6b8228772"`);
        await queryRunner.query(`ALTER TABLE "bot_send_pacing" DROP CONSTRAINT "FK_6d66f1b4f0a36ab360b6c2035be"`);
        await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "FK_78a43e6677995332731e6d71332"`);
        await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "FK_6da9e1074e2c60f9c4a422a0a62"`);
        await queryRunner.query(`ALTER TABLE "tracked_buttons" DROP CONSTRAINT "FK_acd8df9c383689014c4c877ecc2"`);
        await queryRunner.query(`ALTER TABLE "tracked_buttons" DROP CONSTRAINT "FK_64c5faa756e06bd346639279e50"`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" DROP CONSTRAINT "FK_994a4b54ec4d858b56b0b5d7825"`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" DROP CONSTRAINT "FK_aa939bc4ea9c8e52ec078a4589f"`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" DROP CONSTRAINT "FK_4db8ad7aae3fbcaeb65f0bd14a5"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_284f63918b8e0bd3dffd10c376"`);
        await queryRunner.query(`DROP INDEX "public"."jobs_tenant_key"`);
        await queryRunner.query(`DROP TABLE "jobs"`);
        await queryRunner.query(`DROP TABLE "bot_daily_sends"`);
        await queryRunner.query(`DROP TABLE "chat_send_pacing"`);
        await queryRunner.query(`DROP TABLE "bot_send_pacing"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e6ce0ec8f2a2b8ba568a839575"`);
        await queryRunner.query(`DROP TABLE "tracked_buttons"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_39b386e3da81a030d53b005822"`);
        await queryRunner.query(`DROP TABLE "outbound_messages"`);
    }

}
