/**
 * The measured query shapes: each a GraphQL request as an admin UI or a tenant backend sends it,
 * with its parameters varied per iteration (different terms hit different index entries and
 * cannot all be answered from one warm page of cache), and the SQL the app runs for it.
 */
import { BenchSegment, BenchTenant, Criteria, graphql } from './api';
import { listSql, segmentCountSql, SqlQuery } from './criteria-sql';
import { SearchSamples } from './seed';

export type ShapeKind = 'page' | 'count';

export interface Sample {
  ms: number;
  /** The SQL the app ran for this request, to EXPLAIN. */
  sql: SqlQuery;
}

export interface Shape {
  name: string;
  kind: ShapeKind;
  /** Sends and times request number `i` (warm-ups included). */
  run(i: number): Promise<Sample>;
}

export interface ShapeContext {
  origin: string;
  tenant: BenchTenant;
  segments: BenchSegment[];
  samples: SearchSamples;
  deepPage: number;
}

const PAGE_SIZE = 50;

const CONTACTS_PAGE = `query($first: Int!, $after: String, $filter: ContactCriteria) {
  contacts(first: $first, after: $after, filter: $filter) { nodes { id firstName } pageInfo { endCursor hasNextPage } }
}`;
const SEGMENT_COUNT = 'query($id: ID!) { segment(id: $id) { count } }';
const SEGMENT_MEMBERS = `query($id: ID!) { segment(id: $id) { members(first: ${PAGE_SIZE}) { nodes { id } } } }`;

interface ContactsPage {
  contacts: { nodes: Array<{ id: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

/** Name parts as people type them: a first name's start, a surname's, or "first last" across the space searchTextOf puts between. */
const NAME_TERMS = ['olek', 'olena', 'shev', 'kovalen', 'maria', 'ivan', 'petro bond', 'garcia', 'mueller', 'yulia',
  'dmytro', 'max sch', 'lucia lo', 'kateryna mo', 'andrii', 'emma j'];
const TAG_SETS = [['vip'], ['beta'], ['churned'], ['newsletter'], ['tester'], ['vip', 'newsletter'], ['beta', 'tester']];
const ATTRIBUTE_SETS: Array<Record<string, unknown>> = [{ plan: 'pro' }, { plan: 'team' }, { country: 'DE' }, { plan: 'team', country: 'UA' }, { score: 42 }];

const at = <T>(values: T[], i: number): T => {
  if (values.length === 0) throw new Error('no values to vary the parameter over (too few contacts seeded?)');
  return values[i % values.length];
};

/** One contacts page for criteria chosen per iteration. */
function listShape(context: ShapeContext, name: string, criteriaOf: (i: number) => Criteria): Shape {
  const { origin, tenant } = context;
  return {
    name,
    kind: 'page',
    async run(i) {
      const filter = criteriaOf(i);
      const { ms } = await graphql<ContactsPage>(origin, tenant.apiKey, CONTACTS_PAGE, { first: PAGE_SIZE, filter });
      return { ms, sql: listSql(tenant.tenantId, filter, PAGE_SIZE) };
    },
  };
}

/**
 * Pages deep in a list: walks `deepPage` pages untimed, then times each following page, each one
 * after the previous, so every timed page is at least `deepPage` pages deep (keyset pagination
 * should make depth free; OFFSET would not).
 */
function deepShape(context: ShapeContext, name: string, filter: Criteria): Shape {
  const { origin, tenant } = context;
  let after: string | undefined;
  const page = (cursor: string | undefined) => graphql<ContactsPage>(origin, tenant.apiKey, CONTACTS_PAGE, { first: PAGE_SIZE, after: cursor, filter });
  const walk = async () => {
    after = undefined;
    for (let depth = 0; depth < context.deepPage; depth++) {
      const { data } = await page(after);
      if (!data.contacts.pageInfo.hasNextPage || !data.contacts.pageInfo.endCursor) throw new Error(`${name}: the list ends before page ${context.deepPage + 1}`);
      after = data.contacts.pageInfo.endCursor;
    }
  };
  return {
    name,
    kind: 'page',
    async run() {
      if (after === undefined) await walk();
      const cursor = after;
      const { data, ms } = await page(cursor);
      // At the end of the list (a small BENCH_CONTACTS), the next run walks down again.
      after = data.contacts.pageInfo.hasNextPage ? (data.contacts.pageInfo.endCursor ?? undefined) : undefined;
      return { ms, sql: listSql(tenant.tenantId, filter, PAGE_SIZE, cursor) };
    },
  };
}

function segmentShape(context: ShapeContext, segment: BenchSegment, what: 'count' | 'members'): Shape {
  const { origin, tenant } = context;
  const counting = what === 'count';
  return {
    name: `segment ${what}: ${segment.name}`,
    // Members are a page like any list; only the count has to visit every matching contact.
    kind: counting ? 'count' : 'page',
    async run() {
      const { ms } = await graphql(origin, tenant.apiKey, counting ? SEGMENT_COUNT : SEGMENT_MEMBERS, { id: segment.id });
      return { ms, sql: counting ? segmentCountSql(tenant.tenantId, segment) : listSql(tenant.tenantId, segment.criteria, PAGE_SIZE) };
    },
  };
}

export function measuredShapes(context: ShapeContext): Shape[] {
  const { samples, tenant } = context;
  return [
    listShape(context, 'list: first page', () => ({})),
    deepShape(context, `list: pages after page ${context.deepPage}`, {}),
    listShape(context, 'search: name', (i) => ({ search: at(NAME_TERMS, i) })),
    // The 7 last digits, or "050" and the 5 after it: a fragment as typed from a business card.
    listShape(context, 'search: phone fragment', (i) => {
      const phone = at(samples.phones, i);
      return { search: i % 2 === 0 ? phone.slice(-7) : phone.slice(3, 11) };
    }),
    listShape(context, 'search: email', (i) => ({ search: at(samples.emails, i) })),
    listShape(context, 'search: external id', (i) => ({ search: at(samples.externalIds, i) })),
    // A term nobody matches: the search must not read the whole tenant to find that out.
    listShape(context, 'search: no match', (i) => ({ search: `nobody${i}x` })),
    listShape(context, 'filter: tag', (i) => ({ tags: at(TAG_SETS, i) })),
    deepShape(context, `filter: tag beta, pages after page ${context.deepPage}`, { tags: ['beta'] }),
    listShape(context, 'filter: attribute', (i) => ({ attributes: at(ATTRIBUTE_SETS, i) })),
    listShape(context, 'filter: bot + reachable', (i) => ({ botId: at(tenant.botIds, i), reachable: true })),
    ...context.segments.map((segment) => segmentShape(context, segment, 'count')),
    ...context.segments.map((segment) => segmentShape(context, segment, 'members')),
  ];
}
