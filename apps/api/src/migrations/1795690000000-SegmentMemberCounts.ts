import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Segment counts kept by the database as contacts and identities change, so `segment { count }`
 * reads a few rows instead of visiting every matching contact (5–40% of a million contacts sit
 * on nearly every page of the table: 170–520 ms, whatever the index).
 *
 * - `segment_counts`: one row per segment whose count is kept, with its criteria in the form
 *   `segment_predicate_holds` reads (the app writes it: `segmentPredicate` in contact-criteria.ts).
 * - `segment_count_changes`: +n/−n rows; a segment's count is their sum. Writers only insert, so
 *   contact writes never wait on a shared counter row; a writer folds a segment's rows into one
 *   now and then (1 in 64) so the sum stays a few dozen rows.
 * - `contact_reach`: per contact, the bots it has an identity on, is blocked on and is reachable
 *   on, kept from `telegram_identities`: what a contact matched before an identity changed.
 *
 * Exactness under concurrent writes:
 * - Each change of one contact's membership is worked out holding that contact's row lock (a
 *   contact write holds it already; an identity write takes it), from the latest committed
 *   state: two transactions changing the same contact count in turn. A row lock, not an
 *   advisory one per contact: a statement writing 100,000 contacts would fill the lock table.
 * - Counting a segment afresh (`segment_count_start`, when it is created, its criteria change or
 *   its count is first asked) holds the tenant's lock exclusively; every contact and identity
 *   write holds it shared while it records changes. So the fresh count and the changes written
 *   after it neither miss nor repeat a write. Deleting a segment takes it too, so no writer
 *   records a change for a segment that is gone.
 * The app's transactions are READ COMMITTED; these functions take a new snapshot per statement.
 *
 * Write cost: a contact insert, delete, or change of tags/attributes/kind/language/searched
 * fields evaluates the tenant's kept segments on the row (no query per segment) and inserts a row
 * per segment it joins or leaves; an identity insert, delete, or change of bot/contact/started/
 * blocked also re-reads that contact's identities and upserts its `contact_reach` row.
 */
/** Advisory lock class 'segt', tenant-keyed: the two-int form, apart from the app's one-bigint keys. */
const TENANT_LOCKS = 1936025460;

export class SegmentMemberCounts1795690000000 implements MigrationInterface {
    name = 'SegmentMemberCounts1795690000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "contact_reach" (
            "contact_id" bigint PRIMARY KEY REFERENCES "contacts" ("id") ON DELETE CASCADE,
            "bot_ids" uuid[] NOT NULL, "blocked_bot_ids" uuid[] NOT NULL, "reachable_bot_ids" uuid[] NOT NULL)`);
        await queryRunner.query(`CREATE TABLE "segment_counts" (
            "segment_id" uuid PRIMARY KEY REFERENCES "segments" ("id") ON DELETE CASCADE,
            "tenant_id" uuid NOT NULL,
            "predicate" jsonb NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "segment_counts_tenant" ON "segment_counts" ("tenant_id")`);
        await queryRunner.query(`CREATE TABLE "segment_count_changes" (
            "segment_id" uuid NOT NULL REFERENCES "segment_counts" ("segment_id") ON DELETE CASCADE,
            "delta" bigint NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "segment_count_changes_segment" ON "segment_count_changes" ("segment_id") INCLUDE ("delta")`);

        // applyContactCriteria (contact-criteria.ts) on one contact row and its reach; a test holds the two equal.
        // Plain SQL with no subquery, so PostgreSQL inlines it: counting a segment afresh uses the tags and attributes indexes.
        await queryRunner.query(`CREATE FUNCTION segment_predicate_holds(p jsonb, c contacts, r contact_reach) RETURNS boolean
            LANGUAGE sql STABLE AS $$
            SELECT (p->>'search' IS NULL OR c.search_text LIKE p->>'search')
                AND (p->>'tags' IS NULL OR c.tags @> (p->>'tags')::text[])
                AND (p->'attributes' IS NULL OR c.attributes @> (p->'attributes'))
                AND (p->>'kind' IS NULL OR c.kind = p->>'kind')
                AND (p->>'language' IS NULL OR c.language_code = p->>'language' OR c.language_code LIKE p->>'languagePrefix')
                AND (NOT coalesce((p->>'onBot')::boolean, false) OR (p->>'botId')::uuid = ANY (coalesce(r.bot_ids, '{}')))
                AND (p->'blocked' IS NULL OR (p->>'blocked')::boolean = CASE WHEN p->>'botId' IS NULL
                    THEN cardinality(coalesce(r.blocked_bot_ids, '{}')) > 0
                    ELSE (p->>'botId')::uuid = ANY (coalesce(r.blocked_bot_ids, '{}')) END)
                AND (p->'reachable' IS NULL OR (p->>'reachable')::boolean = CASE WHEN p->>'botId' IS NULL
                    THEN cardinality(coalesce(r.reachable_bot_ids, '{}')) > 0
                    ELSE (p->>'botId')::uuid = ANY (coalesce(r.reachable_bot_ids, '{}')) END)
            $$`);

        await queryRunner.query(`CREATE FUNCTION segment_counts_lock_tenant(tenant uuid, exclusive boolean) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                IF exclusive THEN PERFORM pg_advisory_xact_lock(${TENANT_LOCKS}, hashtext(tenant::text));
                ELSE PERFORM pg_advisory_xact_lock_shared(${TENANT_LOCKS}, hashtext(tenant::text));
                END IF;
            END $$`);

        // Records how one contact's membership moved from (before, reach_before) to (after, reach_after); null rows: absent.
        await queryRunner.query(`CREATE FUNCTION segment_counts_record(tenant uuid, before contacts, reach_before contact_reach,
                                                                       after contacts, reach_after contact_reach) RETURNS void
            LANGUAGE plpgsql AS $$
            DECLARE
                kept record;
                was boolean;
                is_now boolean;
            BEGIN
                FOR kept IN SELECT segment_id, predicate FROM segment_counts WHERE tenant_id = tenant LOOP
                    was := before.id IS NOT NULL AND coalesce(segment_predicate_holds(kept.predicate, before, reach_before), false);
                    is_now := after.id IS NOT NULL AND coalesce(segment_predicate_holds(kept.predicate, after, reach_after), false);
                    CONTINUE WHEN was = is_now;
                    INSERT INTO segment_count_changes (segment_id, delta) VALUES (kept.segment_id, CASE WHEN is_now THEN 1 ELSE -1 END);
                    IF random() < 1.0 / 64 THEN
                        WITH folded AS (DELETE FROM segment_count_changes WHERE segment_id = kept.segment_id RETURNING delta)
                        INSERT INTO segment_count_changes (segment_id, delta) SELECT kept.segment_id, sum(delta) FROM folded HAVING count(*) > 0;
                    END IF;
                END LOOP;
            END $$`);

        await queryRunner.query(`CREATE FUNCTION segment_counts_contact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                changed bigint := CASE WHEN TG_OP = 'INSERT' THEN NEW.id ELSE OLD.id END;
                tenant uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.tenant_id ELSE OLD.tenant_id END;
                reach contact_reach;
            BEGIN
                IF TG_OP = 'UPDATE' AND (OLD.tags, OLD.attributes, OLD.kind, OLD.language_code, OLD.search_text)
                    IS NOT DISTINCT FROM (NEW.tags, NEW.attributes, NEW.kind, NEW.language_code, NEW.search_text) THEN
                    RETURN NULL;
                END IF;
                -- The contact's row is this statement's, locked until the transaction ends.
                PERFORM segment_counts_lock_tenant(tenant, false);
                -- A contact being inserted has no identities yet.
                IF TG_OP <> 'INSERT' THEN SELECT * INTO reach FROM contact_reach WHERE contact_id = changed; END IF;
                IF TG_OP = 'INSERT' THEN PERFORM segment_counts_record(tenant, NULL, NULL, NEW, reach);
                ELSIF TG_OP = 'UPDATE' THEN PERFORM segment_counts_record(tenant, OLD, reach, NEW, reach);
                ELSE PERFORM segment_counts_record(tenant, OLD, reach, NULL, NULL);
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER segment_counts_contact_written AFTER INSERT OR UPDATE OF tags, attributes, kind, language_code, search_text
            ON contacts FOR EACH ROW EXECUTE FUNCTION segment_counts_contact_changed()`);
        // Before the delete: its identities and reach, which the delete cascades to, are still there to say what it matched.
        await queryRunner.query(`CREATE TRIGGER segment_counts_contact_deleted BEFORE DELETE
            ON contacts FOR EACH ROW EXECUTE FUNCTION segment_counts_contact_changed()`);

        // A contact's identities changed: its reach is worked out again, and any segment it joined or left recorded.
        await queryRunner.query(`CREATE FUNCTION segment_counts_reach_changed(changed bigint) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
                contact contacts;
                before contact_reach;
                after contact_reach;
            BEGIN
                SELECT * INTO contact FROM contacts WHERE id = changed;
                IF NOT FOUND THEN RETURN; END IF; -- deleted, with its reach
                PERFORM segment_counts_lock_tenant(contact.tenant_id, false);
                -- The contact's row lock, as a write of the contact takes; then a new snapshot: what
                -- concurrent writers of this contact committed.
                PERFORM 1 FROM contacts WHERE id = changed FOR NO KEY UPDATE;
                SELECT * INTO contact FROM contacts WHERE id = changed;
                IF NOT FOUND THEN RETURN; END IF;
                SELECT * INTO before FROM contact_reach WHERE contact_id = changed;
                SELECT changed, coalesce(array_agg(bot_id ORDER BY bot_id), '{}'),
                       coalesce(array_agg(bot_id ORDER BY bot_id) FILTER (WHERE blocked), '{}'),
                       coalesce(array_agg(bot_id ORDER BY bot_id) FILTER (WHERE started AND NOT blocked), '{}')
                  INTO after FROM telegram_identities WHERE contact_id = changed;
                IF after.bot_ids = '{}' THEN after := NULL; END IF;
                IF before IS NOT DISTINCT FROM after THEN RETURN; END IF;
                IF after IS NULL THEN
                    DELETE FROM contact_reach WHERE contact_id = changed;
                ELSE
                    INSERT INTO contact_reach VALUES (after.*) ON CONFLICT (contact_id) DO UPDATE
                        SET bot_ids = EXCLUDED.bot_ids, blocked_bot_ids = EXCLUDED.blocked_bot_ids, reachable_bot_ids = EXCLUDED.reachable_bot_ids;
                END IF;
                PERFORM segment_counts_record(contact.tenant_id, contact, before, contact, after);
            END $$`);
        await queryRunner.query(`CREATE FUNCTION segment_counts_identity_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                changed bigint;
            BEGIN
                -- Both contacts of an identity moved by a merge, in id order so two moves cannot wait on each other.
                FOR changed IN SELECT DISTINCT id FROM unnest(ARRAY[
                    CASE WHEN TG_OP <> 'INSERT' THEN OLD.contact_id END,
                    CASE WHEN TG_OP <> 'DELETE' THEN NEW.contact_id END]) AS id WHERE id IS NOT NULL ORDER BY id LOOP
                    PERFORM segment_counts_reach_changed(changed);
                END LOOP;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER segment_counts_identity_written AFTER INSERT OR DELETE OR UPDATE OF contact_id, bot_id, started, blocked
            ON telegram_identities FOR EACH ROW EXECUTE FUNCTION segment_counts_identity_changed()`);

        // Counts a segment afresh with the tenant's writers held off; its changes start from there.
        // EXECUTE: planned for this predicate each time, so it reaches the indexes; no JIT, whose compiling costs more than it saves here.
        await queryRunner.query(`CREATE FUNCTION segment_count_start(segment uuid, tenant uuid, p jsonb) RETURNS void LANGUAGE plpgsql SET jit = off AS $$
            BEGIN
                PERFORM segment_counts_lock_tenant(tenant, true);
                IF NOT EXISTS (SELECT 1 FROM segments WHERE id = segment) THEN RETURN; END IF; -- deleted meanwhile
                DELETE FROM segment_counts WHERE segment_id = segment;
                INSERT INTO segment_counts (segment_id, tenant_id, predicate) VALUES (segment, tenant, p);
                EXECUTE 'INSERT INTO segment_count_changes (segment_id, delta)
                    SELECT $1, count(*) FROM contacts c LEFT JOIN contact_reach r ON r.contact_id = c.id
                    WHERE c.tenant_id = $2 AND segment_predicate_holds($3, c, r)' USING segment, tenant, p;
            END $$`);
        // A segment's count; counted afresh first when it is not kept yet, or was kept for other criteria.
        await queryRunner.query(`CREATE FUNCTION segment_member_count(segment uuid, tenant uuid, p jsonb) RETURNS bigint LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM segment_counts WHERE segment_id = segment AND predicate = p) THEN
                    PERFORM segment_count_start(segment, tenant, p);
                END IF;
                RETURN (SELECT coalesce(sum(delta), 0) FROM segment_count_changes WHERE segment_id = segment);
            END $$`);
        // A writer holding the tenant's lock shared may be about to record a change for this segment.
        await queryRunner.query(`CREATE FUNCTION segment_counts_segment_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM segment_counts_lock_tenant(OLD.tenant_id, true);
                RETURN OLD;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER segment_counts_segment_deleted BEFORE DELETE
            ON segments FOR EACH ROW EXECUTE FUNCTION segment_counts_segment_deleted()`);

        // Reach of the contacts already there; counts of existing segments start when first asked.
        await queryRunner.query(`INSERT INTO contact_reach (contact_id, bot_ids, blocked_bot_ids, reachable_bot_ids)
            SELECT contact_id, array_agg(bot_id ORDER BY bot_id),
                   coalesce(array_agg(bot_id ORDER BY bot_id) FILTER (WHERE blocked), '{}'),
                   coalesce(array_agg(bot_id ORDER BY bot_id) FILTER (WHERE started AND NOT blocked), '{}')
            FROM telegram_identities GROUP BY contact_id`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER segment_counts_segment_deleted ON segments`);
        await queryRunner.query(`DROP TRIGGER segment_counts_identity_written ON telegram_identities`);
        await queryRunner.query(`DROP TRIGGER segment_counts_contact_deleted ON contacts`);
        await queryRunner.query(`DROP TRIGGER segment_counts_contact_written ON contacts`);
        await queryRunner.query(`DROP FUNCTION segment_counts_segment_deleted(), segment_member_count(uuid, uuid, jsonb), segment_count_start(uuid, uuid, jsonb),
            segment_counts_identity_changed(), segment_counts_reach_changed(bigint), segment_counts_contact_changed(),
            segment_counts_record(uuid, contacts, contact_reach, contacts, contact_reach), segment_counts_lock_tenant(uuid, boolean),
            segment_predicate_holds(jsonb, contacts, contact_reach)`);
        await queryRunner.query(`DROP TABLE "segment_count_changes"`);
        await queryRunner.query(`DROP TABLE "segment_counts"`);
        await queryRunner.query(`DROP TABLE "contact_reach"`);
    }

}
