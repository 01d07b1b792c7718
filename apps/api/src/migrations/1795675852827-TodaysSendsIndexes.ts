import { MigrationInterface, QueryRunner } from "typeorm";

export class TodaysSendsIndexes1795675852827 implements MigrationInterface {
    name = 'TodaysSendsIndexes1795675852827'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "outbound_messages_failed" ON "outbound_messages"  ("tenant_id", "created_at", "id") WHERE status = 'FAILED'`);
        await queryRunner.query(`CREATE INDEX "outbound_messages_bot_created" ON "outbound_messages"  ("bot_id", "created_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."outbound_messages_bot_created"`);
        await queryRunner.query(`DROP INDEX "public"."outbound_messages_failed"`);
    }

}
