import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored updates whose processing job is not queued yet. The webhook intake stores an update and
 * its row here in one statement, then answers; the dispatcher queues the jobs and removes the rows.
 */
export class WebhookEventOutbox1795700000000 implements MigrationInterface {
  name = 'WebhookEventOutbox1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_event_outbox" ("event_id" bigint PRIMARY KEY REFERENCES "webhook_events" ("id") ON DELETE CASCADE)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_event_outbox"`);
  }
}
