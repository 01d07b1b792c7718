import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A contacts page filtered by search text or attributes is either a walk down the newest-first
 * index, which is quick when many contacts match, or a bitmap of every match sorted, which is
 * quick when few do. PostgreSQL picks by its estimate of how many match, and for `LIKE '%…%'`
 * and jsonb `@>` it has no better estimate than trying the pattern on the column's sampled
 * values. With the default 100 samples a term that 0.3% of a million contacts match was guessed
 * at 0.04% (and `{"score": 42}` at ten times its share), so pages took the slow plan. With a
 * thousand samples the guesses came close (3,043 for 2,958 matches; 884 for 1,015). It costs
 * nothing on the write path, only a longer ANALYZE of these two columns; no new index.
 */
export class ContactsFilterStatistics1795680000000 implements MigrationInterface {
    name = 'ContactsFilterStatistics1795680000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "contacts" ALTER COLUMN "search_text" SET STATISTICS 1000, ALTER COLUMN "attributes" SET STATISTICS 1000`);
        // Otherwise the new sample size waits for autovacuum's next ANALYZE, which a large, settled table may not see for weeks.
        await queryRunner.query(`ANALYZE "contacts" ("search_text", "attributes")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "contacts" ALTER COLUMN "search_text" SET STATISTICS -1, ALTER COLUMN "attributes" SET STATISTICS -1`);
    }

}
