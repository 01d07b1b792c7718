import { MigrationInterface, QueryRunner } from "typeorm";

/** Inbound conversation messages carry the webhook event they came from, once per event. */
export class ConversationMessageEvents1795300000000 implements MigrationInterface {
    name = 'ConversationMessageEvents1795300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "conversation_messages" ADD "event_id" bigint`);
        await queryRunner.query(`CREATE UNIQUE INDEX "conversation_messages_tenant_event" ON "conversation_messages" ("tenant_id", "event_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."conversation_messages_tenant_event"`);
        await queryRunner.query(`ALTER TABLE "conversation_messages" DROP COLUMN "event_id"`);
    }
}
