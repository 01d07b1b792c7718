import { MigrationInterface, QueryRunner } from 'typeorm';

/** Channel keys of bots deleted before their keys were revoked with them stop working now. */
export class RevokeRetiredBotKeys1795653400000 implements MigrationInterface {
  name = 'RevokeRetiredBotKeys1795653400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "api_keys" SET "revoked_at" = now() WHERE "revoked_at" IS NULL AND "bot_id" IN (SELECT "id" FROM "bots" WHERE "deleted_at" IS NOT NULL)`,
    );
  }

  public async down(): Promise<void> {
    // A revoked key is never un-revoked: there is nothing to undo.
  }
}
