/**
 * The SQL the app sends for a contacts list or a segment's count, written out by hand so it can
 * be EXPLAINed here: it mirrors applyContactCriteria (libs/contacts/src/contact-criteria.ts),
 * paginate (libs/common/src/pagination/page.ts) and SegmentsService's kept count. Keep it in step
 * with those when they change, or the plans printed stop being the app's.
 */
import { ContactCriteria, segmentPredicate } from '../../libs/contacts/src/contact-criteria';
import { BenchSegment, Criteria } from './api';

export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** A page's position as `after:` carries it: base64url of `<ISO created_at>|<id>`. */
export interface Cursor {
  createdAt: string;
  id: string;
}

export function decodeCursor(cursor: string): Cursor {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!createdAt || !id) throw new Error(`not a contacts cursor: ${cursor}`);
  return { createdAt, id };
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** The WHERE of `contacts(filter:)` / a segment, scoped to the tenant as TenantScopedRepository.query does. */
function where(tenantId: string, criteria: Criteria, values: unknown[]): string[] {
  const param = (value: unknown) => `$${values.push(value)}`;
  const conditions = [`contact.tenant_id = ${param(tenantId)}`];
  if (criteria.search?.trim()) conditions.push(`contact.search_text LIKE ${param(`%${escapeLike(criteria.search.trim().toLowerCase())}%`)}`);
  if (criteria.tags?.length) conditions.push(`contact.tags @> ${param(criteria.tags)}`);
  if (criteria.attributes && Object.keys(criteria.attributes).length > 0) {
    conditions.push(`contact.attributes @> ${param(JSON.stringify(criteria.attributes))}::jsonb`);
  }
  if (criteria.kind) conditions.push(`contact.kind = ${param(criteria.kind)}`);
  if (criteria.language) {
    conditions.push(`(contact.language_code = ${param(criteria.language)} OR contact.language_code LIKE ${param(`${escapeLike(criteria.language)}-%`)})`);
  }
  const botId = criteria.botId ? param(criteria.botId) : undefined;
  const identity = (extra: string) =>
    `EXISTS (SELECT 1 FROM telegram_identities identity WHERE identity.contact_id = contact.id${botId ? ` AND identity.bot_id = ${botId}` : ''}${extra})`;
  // As applyContactCriteria: "blocked on the bot" and "reachable on the bot" already mean "has an identity on the bot".
  if (criteria.botId && criteria.blocked !== true && criteria.reachable !== true) conditions.push(identity(''));
  if (criteria.blocked !== undefined) conditions.push(criteria.blocked ? identity(' AND identity.blocked') : `NOT ${identity(' AND identity.blocked')}`);
  if (criteria.reachable !== undefined) {
    const condition = identity(' AND identity.started AND NOT identity.blocked');
    conditions.push(criteria.reachable ? condition : `NOT ${condition}`);
  }
  return conditions;
}

/** One page, newest first, keyset on (created_at, id); `first + 1` rows tell whether there is a next page. */
export function listSql(tenantId: string, criteria: Criteria, first: number, after?: string): SqlQuery {
  const values: unknown[] = [];
  const conditions = where(tenantId, criteria, values);
  if (after) {
    const cursor = decodeCursor(after);
    conditions.push(`(contact.created_at, contact.id) < ($${values.push(cursor.createdAt)}, $${values.push(cursor.id)})`);
  }
  return {
    text: `SELECT contact.* FROM contacts contact WHERE ${conditions.join(' AND ')} ORDER BY contact.created_at DESC, contact.id DESC LIMIT ${first + 1}`,
    values,
  };
}

/**
 * `segment(id) { count }` with a tenant-wide key: the count the database keeps for the segment
 * (migration SegmentMemberCounts), read on the segment's row; the predicate is the app's own.
 */
export function segmentCountSql(tenantId: string, segment: BenchSegment): SqlQuery {
  return {
    text:
      'SELECT segment_member_count(segment.id, segment.tenant_id, $1::jsonb)::text AS result FROM segments segment ' +
      'WHERE segment.id = $2 AND segment."tenant_id" = $3',
    values: [JSON.stringify(segmentPredicate(segment.criteria as ContactCriteria)), segment.id, tenantId],
  };
}
