import { MigrationInterface, QueryRunner } from "typeorm";

export class PaidBroadcastsAndPhotos1795652873027 implements MigrationInterface {
    name = 'PaidBroadcastsAndPhotos1795652873027'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "bots" ADD "paid_broadcasts" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" ADD "photo" text`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" ADD "paid_broadcast" boolean NOT NULL DEFAULT false`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outbound_messages" DROP COLUMN "paid_broadcast"`);
        await queryRunner.query(`ALTER TABLE "outbound_messages" DROP COLUMN "photo"`);
        await queryRunner.query(`ALTER TABLE "bots" DROP COLUMN "paid_broadcasts"`);
    }

}
