import { MigrationInterface, QueryRunner } from "typeorm";

export class TrackedButtonsBot1795649337445 implements MigrationInterface {
    name = 'TrackedButtonsBot1795649337445'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Existing buttons take the bot of the message they belong to.
        await queryRunner.query(`ALTER TABLE "tracked_buttons" ADD "bot_id" uuid`);
        await queryRunner.query(`UPDATE "tracked_buttons" SET "bot_id" = "outbound_messages"."bot_id" FROM "outbound_messages" WHERE "outbound_messages"."id" = "tracked_buttons"."message_id"`);
        await queryRunner.query(`ALTER TABLE "tracked_buttons" ALTER COLUMN "bot_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "tracked_buttons" ADD CONSTRAINT "FK_f232dc2c6e53b32e461fb934dfd" FOREIGN KEY ("bot_id") REFERENCES "bots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "tracked_buttons" DROP CONSTRAINT "FK_f232dc2c6e53b32e461fb934dfd"`);
        await queryRunner.query(`ALTER TABLE "tracked_buttons" DROP COLUMN "bot_id"`);
    }

}
