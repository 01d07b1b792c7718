import { Client } from 'pg';
import type { Response } from 'supertest';
import { gql, GraphQLResult } from './graphql-client';
import { TestApp } from './test-app';

/** An id no tenant has: what "missing" answers look like. */
export const MISSING_UUID = '00000000-0000-4000-8000-000000000000';
export const MISSING_NUMERIC_ID = '999999999';

/**
 * Columns that change by merely calling the API: an API key's last use is recorded (at most
 * once a minute) on every authenticated call, attacks included.
 */
const VOLATILE_COLUMNS = ['last_used_at'];

/** Every row of a tenant, in every table with a tenant_id column: tables added later are covered with no edit here. */
export async function tenantRows(databaseUrl: string, tenantId: string): Promise<Record<string, unknown[]>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.columns
        WHERE column_name = 'tenant_id' AND table_schema NOT IN ('pg_catalog', 'information_schema')
        ORDER BY table_schema, table_name`,
    );
    const rows: Record<string, unknown[]> = {};
    for (const { table_schema: schema, table_name: table } of tables.rows) {
      const result = await client.query<{ row: unknown }>(
        `SELECT to_jsonb(t) - $2::text[] AS row FROM "${schema}"."${table}" t WHERE t.tenant_id::text = $1 ORDER BY (to_jsonb(t) - $2::text[])::text`,
        [tenantId, VOLATILE_COLUMNS],
      );
      rows[`${schema}.${table}`] = result.rows.map((entry) => entry.row);
    }
    return rows;
  } finally {
    await client.end();
  }
}

/** Runs attacks and asserts that no row of the victim tenant changed, in any table. */
export async function leavesUnchanged(app: TestApp, victimTenantId: string, attacks: () => Promise<void>): Promise<void> {
  const databaseUrl = app.config.databaseUrl!;
  const before = await tenantRows(databaseUrl, victimTenantId);
  await attacks();
  expect(await tenantRows(databaseUrl, victimTenantId)).toEqual(before);
}

/** A GraphQL call as one caller; answers the result. */
export type Caller = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;

export function callerOf(app: TestApp, token: string): Caller {
  return (query, variables = {}) => gql(app, query, variables, token);
}

/** Asserts a GraphQL answer failed with this extensions.code and carried no data for the field. */
export function expectGraphQLCode(result: GraphQLResult, code: string): void {
  expect({ code: result.errors?.[0]?.extensions.code, data: result.data }).toEqual({ code, data: null });
}

/** Asserts a GraphQL answer succeeded and returns its data. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The answer with the asked id and the request id masked (as whole words), and fingerprints too. */
function normalized(value: unknown, id: string, requestId: string): unknown {
  const masks: Array<[RegExp, string]> = [
    [new RegExp(escaped(requestId), 'g'), '<request id>'],
    [new RegExp(`(?<![\\w-])${escaped(id)}(?![\\w-])`, 'g'), '<id>'],
  ];
  if (typeof value === 'string') return masks.reduce((text, [pattern, mask]) => text.replace(pattern, mask), value);
  if (Array.isArray(value)) return value.map((item) => normalized(item, id, requestId));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, key === 'fingerprint' ? '<fingerprint>' : normalized(item, id, requestId)]),
    );
  }
  return value;
}

/**
 * The heart of rule 1: asking for the victim's object answers exactly what asking for an id
 * nobody has answers (status, data and errors, ids and request ids aside). Answers the victim's result.
 */
export async function expectGraphQLAsMissing<T>(
  ask: (id: string) => Promise<GraphQLResult<T>>,
  victimId: string,
  missingId: string,
): Promise<GraphQLResult<T>> {
  const [victim, missing] = [await ask(victimId), await ask(missingId)];
  const view = (result: GraphQLResult<T>, id: string) => normalized({ status: result.status, data: result.data, errors: result.errors }, id, result.requestId);
  expect(view(victim, victimId)).toEqual(view(missing, missingId));
  return victim;
}

/** REST's twin: the same status and body as for a missing id, and that is the family's 404. */
export async function expectRestAsMissing(
  ask: (id: string) => Promise<Response>,
  victimId: string,
  missingId: string,
  family: RestFamily,
): Promise<void> {
  const [victim, missing] = [await ask(victimId), await ask(missingId)];
  const view = (response: Response, id: string) => ({
    status: response.status,
    body: normalized(response.body, id, String(response.headers['x-request-id'])),
  });
  expect(view(victim, victimId)).toEqual(view(missing, missingId));
  expectRestError(victim, 404, family);
}

export type RestFamily = 'jina' | 'openscouter' | 'esputnik' | 'sensay' | 'octopods';

/** The error envelope each REST family documents (README, "Errors, per API family"). */
export function expectRestError(response: Response, status: number, family: RestFamily): void {
  const requestId = response.headers['x-request-id'];
  const envelopes: Record<RestFamily, object> = {
    jina: { detail: expect.any(String), code: expect.any(String), request_id: requestId },
    openscouter: { success: false, data: null, error: expect.objectContaining({ code: expect.any(String) }), metadata: { requestId } },
    esputnik: { error: expect.any(String), code: expect.any(String), request_id: requestId },
    sensay: { success: false, error: expect.any(String), request_id: requestId },
    octopods: { request_id: requestId, error_code: expect.any(Number), error: expect.any(String) },
  };
  expect({ status: response.status, body: response.body }).toEqual({ status, body: expect.objectContaining(envelopes[family]) });
}
