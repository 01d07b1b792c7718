import { MigrationInterface, QueryRunner } from "typeorm";

export class Contacts1795248927250 implements MigrationInterface {
    name = 'Contacts1795248927250'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Trigram indexes make contacts(search:) a substring match that scales; btree_gin lets those GIN
        // indexes lead with tenant_id, so one tenant's search never wades through another's rows.
        // Both are trusted extensions.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
        await queryRunner.query(`CREATE TABLE "contacts" ("id" BIGSERIAL NOT NULL, "tenant_id" uuid NOT NULL, "kind" character varying(8) NOT NULL DEFAULT 'PERSON', "first_name" character varying(256), "last_name" character varying(256), "username" character varying(64), "language_code" character varying(16), "external_customer_id" character varying(200), "phone" character varying(32), "email" character varying(320), "tags" text array NOT NULL DEFAULT '{}', "attributes" jsonb NOT NULL DEFAULT '{}', "search_text" text NOT NULL DEFAULT '', "last_activity_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "contacts_email" ON "contacts"  ("tenant_id", "email") WHERE email IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "contacts_phone" ON "contacts"  ("tenant_id", "phone") WHERE phone IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "contacts_external_id" ON "contacts"  ("tenant_id", "external_customer_id") WHERE external_customer_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_e3bf10274201969623775bb81e" ON "contacts"  ("tenant_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "contacts_tags" ON "contacts" USING gin ("tenant_id", "tags")`);
        await queryRunner.query(`CREATE INDEX "contacts_attributes" ON "contacts" USING gin ("tenant_id", "attributes" jsonb_path_ops)`);
        await queryRunner.query(`CREATE INDEX "contacts_search" ON "contacts" USING gin ("tenant_id", "search_text" gin_trgm_ops)`);
        await queryRunner.query(`CREATE TABLE "telegram_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "contact_id" bigint NOT NULL, "bot_id" uuid NOT NULL, "chat_id" bigint NOT NULL, "chat_type" character varying(16) NOT NULL, "username" character varying(64), "first_name" character varying(256), "last_name" character varying(256), "title" character varying(256), "language_code" character varying(16), "started" boolean NOT NULL DEFAULT false, "blocked" boolean NOT NULL DEFAULT false, "blocked_at" TIMESTAMP WITH TIME ZONE, "last_message_at" TIMESTAMP WITH TIME ZONE, "last_message_preview" character varying(200), "unread_count" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25e9e520d3061bee3e91390ee61" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "telegram_identities_inbox" ON "telegram_identities"  ("tenant_id", "last_message_at", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_b3cf35106484e5e6cef3913bc2" ON "telegram_identities"  ("contact_id", "bot_id") `);
        await queryRunner.query(`CREATE INDEX "telegram_identities_tenant_chat" ON "telegram_identities"  ("tenant_id", "chat_id") `);
        await queryRunner.query(`CREATE INDEX "telegram_identities_blocked" ON "telegram_identities"  ("contact_id") WHERE blocked`);
        await queryRunner.query(`CREATE INDEX "telegram_identities_reachable" ON "telegram_identities"  ("bot_id", "contact_id") WHERE started AND NOT blocked`);
        await queryRunner.query(`CREATE UNIQUE INDEX "telegram_identities_bot_chat" ON "telegram_identities"  ("bot_id", "chat_id") `);
        await queryRunner.query(`CREATE TABLE "conversation_messages" ("id" BIGSERIAL NOT NULL, "tenant_id" uuid NOT NULL, "contact_id" bigint NOT NULL, "identity_id" uuid NOT NULL, "bot_id" uuid NOT NULL, "direction" character varying(8) NOT NULL, "kind" character varying(24) NOT NULL, "text" text, "callback_data" character varying(256), "telegram_message_id" bigint, "sender_telegram_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_113248f25c4c0a7c179b3f5a609" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3eddea589200a399d9ade1db94" ON "conversation_messages"  ("identity_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_a684dad64e532408db13d249f8" ON "conversation_messages"  ("contact_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "segments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "criteria" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beff1eec19679fe8ad4f291f04e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_521d4c7f88219aeb188c03ee62" ON "segments"  ("tenant_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "contacts" ADD CONSTRAINT "FK_71ec7d68cfafa5f3d93c959b807" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "telegram_identities" ADD CONSTRAINT "FK_371c1752918fea1dfc505dec3c2" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "telegram_identities" ADD CONSTRAINT "FK_72b00801f5ad8c4f0621e0e06f0" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "telegram_identities" ADD CONSTRAINT "FK_fa6e9ed31b89585531ca4f8ae98" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "conversation_messages" ADD CONSTRAINT "FK_12ae69a28377f0ff99c856e8bb7" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "conversation_messages" ADD CONSTRAINT "FK_16e6adce51b6ab75b66217c0fb1" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "conversation_messages" ADD CONSTRAINT "FK_d201c3c6e002da12eecf77db057" FOREIGN KEY ("identity_id") REFERENCES "telegram_identities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "segments" ADD CONSTRAINT "FK_c3778e47f96f67d89bc0229d577" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "segments" DROP CONSTRAINT "FK_c3778e47f96f67d89bc0229d577"`);
        await queryRunner.query(`ALTER TABLE "conversation_messages" DROP CONSTRAINT "FK_d201c3c6e002da12eecf77db057"`);
        await queryRunner.query(`ALTER TABLE "conversation_messages" DROP CONSTRAINT "FK_16e6adce51b6ab75b66217c0fb1"`);
        await queryRunner.query(`ALTER TABLE "conversation_messages" DROP CONSTRAINT "FK_12ae69a28377f0ff99c856e8bb7"`);
        await queryRunner.query(`ALTER TABLE "telegram_identities" DROP CONSTRAINT "FK_fa6e9ed31b89585531ca4f8ae98"`);
        await queryRunner.query(`ALTER TABLE "telegram_identities" DROP CONSTRAINT "FK_72b00801f5ad8c4f0621e0e06f0"`);
        await queryRunner.query(`ALTER TABLE "telegram_identities" DROP CONSTRAINT "FK_371c1752918fea1dfc505dec3c2"`);
        await queryRunner.query(`ALTER TABLE "contacts" DROP CONSTRAINT "FK_71ec7d68cfafa5f3d93c959b807"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_521d4c7f88219aeb188c03ee62"`);
        await queryRunner.query(`DROP TABLE "segments"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a684dad64e532408db13d249f8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3eddea589200a399d9ade1db94"`);
        await queryRunner.query(`DROP TABLE "conversation_messages"`);
        await queryRunner.query(`DROP INDEX "public"."telegram_identities_bot_chat"`);
        await queryRunner.query(`DROP INDEX "public"."telegram_identities_reachable"`);
        await queryRunner.query(`DROP INDEX "public"."telegram_identities_blocked"`);
        await queryRunner.query(`DROP INDEX "public"."telegram_identities_tenant_chat"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b3cf35106484e5e6cef3913bc2"`);
        await queryRunner.query(`DROP INDEX "public"."telegram_identities_inbox"`);
        await queryRunner.query(`DROP TABLE "telegram_identities"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e3bf10274201969623775bb81e"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_external_id"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_phone"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_email"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_search"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_attributes"`);
        await queryRunner.query(`DROP INDEX "public"."contacts_tags"`);
        await queryRunner.query(`DROP TABLE "contacts"`);
    }

}
