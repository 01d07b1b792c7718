import { MigrationInterface, QueryRunner } from "typeorm";

export class OutboundMessagesByChat1795675870738 implements MigrationInterface {
    name = 'OutboundMessagesByChat1795675870738'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "outbound_messages_chat" ON "outbound_messages"  ("bot_id", "chat_id", "created_at", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."outbound_messages_chat"`);
    }

}
