import { MigrationInterface, QueryRunner } from "typeorm";

export class MessageThreads1795667837126 implements MigrationInterface {
    name = 'MessageThreads1795667837126'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outbound_messages" ADD "message_thread_id" bigint`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outbound_messages" DROP COLUMN "message_thread_id"`);
    }

}
