import { Client } from 'pg';
import { SqlQuery } from './criteria-sql';

/** The tables a hot path must reach through an index: a Seq Scan on either reads every contact of every tenant. */
const BIG_TABLES = new Set(['contacts', 'telegram_identities']);

/** The part of a node of `EXPLAIN (FORMAT JSON)` read here. */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Scan Direction'?: string;
  'Parent Relationship'?: string;
  'Parallel Aware'?: boolean;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  /** The plan as nested node types, e.g. `Limit(Index Scan Backward contacts.IDX_…)`. */
  shape: string;
  /** Seq Scans on contacts or telegram_identities: the "no full scans on hot paths" check. */
  fullScans: string[];
}

function describe(node: PlanNode): string {
  const backward = node['Scan Direction'] === 'Backward' ? ' Backward' : '';
  const parallel = node['Parallel Aware'] ? 'Parallel ' : '';
  // A Bitmap Index Scan names its index but not its table (the Bitmap Heap Scan above it does).
  const relation = node['Relation Name'] ? ` ${node['Relation Name']}${node['Index Name'] ? `.${node['Index Name']}` : ''}` : node['Index Name'] ? ` ${node['Index Name']}` : '';
  const sub = node['Parent Relationship'] === 'SubPlan' || node['Parent Relationship'] === 'InitPlan' ? `${node['Parent Relationship']}: ` : '';
  return `${sub}${parallel}${node['Node Type']}${backward}${relation}`;
}

function walk(node: PlanNode, fullScans: string[]): string {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && BIG_TABLES.has(node['Relation Name'])) fullScans.push(node['Relation Name']);
  const children = (node.Plans ?? []).map((child) => walk(child, fullScans));
  return children.length > 0 ? `${describe(node)}(${children.join(', ')})` : describe(node);
}

/** The planner's choice for the query as the app would send it (pg plans unnamed statements with the actual parameters). */
export async function explain(client: Client, query: SqlQuery): Promise<PlanSummary> {
  const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${query.text}`, query.values);
  const fullScans: string[] = [];
  const shape = walk(rows[0]['QUERY PLAN'][0].Plan, fullScans);
  return { shape, fullScans: [...new Set(fullScans)] };
}

/** A plan and how many of a shape's parameter sets got it. */
export interface PlanChoice extends PlanSummary {
  parameterSets: number;
  /** One query that got this plan, to EXPLAIN ANALYZE if it is flagged. */
  example: SqlQuery;
}

/**
 * EXPLAINs each distinct parameter set of a shape (a rare tag, or a search term nobody matches, can
 * tip the planner into another plan than the common case) and groups them by plan, in the order
 * given, so a caller passing the slowest first gets the slowest request's plan first.
 */
export async function explainAll(client: Client, queries: SqlQuery[]): Promise<PlanChoice[]> {
  const seen = new Set<string>();
  const choices = new Map<string, PlanChoice>();
  for (const query of queries) {
    const key = JSON.stringify(query);
    if (seen.has(key)) continue;
    seen.add(key);
    const plan = await explain(client, query);
    const choice = choices.get(plan.shape);
    if (choice) choice.parameterSets++;
    else choices.set(plan.shape, { ...plan, parameterSets: 1, example: query });
  }
  return [...choices.values()];
}

/** The executed plan with timings and rows, printed for a query that missed its bar or scanned a table, for whoever fixes it. */
export async function explainAnalyze(client: Client, query: SqlQuery): Promise<string> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}
