import fc from 'fast-check';
import { buildSchema, getNamedType, GraphQLArgument, GraphQLField, isLeafType } from 'graphql';
import { API_INPUT, baseObject, defectiveObject, KnownIds, LIST_FILTERS } from './fuzz-defects';
import { FuzzRequest } from './fuzz-http';
import { Field, graphqlField } from './fuzz-shapes';
import { encodeJson } from './fuzz-values';
import type { Caller, FuzzWorld } from './fuzz-world';

/** One root field of the committed schema and the operation that calls it with variables only. */
export interface GraphqlTarget {
  kind: 'mutation' | 'query';
  name: string;
  caller: Caller;
  fields: Field[];
  document: string;
}

const CALLERS: Record<string, Caller> = { createTenant: 'operator', tenants: 'operator', createUser: 'tenant-admin', login: 'anonymous' };

/** An argument with a default takes a nullable variable, so leaving the variable out keeps the default. */
function variableDeclaration(arg: GraphQLArgument): string {
  const type = String(arg.type);
  return `$${arg.name}: ${arg.defaultValue !== undefined ? type.replace(/!$/, '') : type}`;
}

function documentFor(kind: GraphqlTarget['kind'], field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map(variableDeclaration).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

function targetOf(kind: GraphqlTarget['kind'], field: GraphQLField<unknown, unknown>): GraphqlTarget {
  return {
    kind,
    name: field.name,
    caller: CALLERS[field.name] ?? 'tenant',
    fields: field.args.map((arg) => graphqlField(arg)),
    document: documentFor(kind, field),
  };
}

/** Every mutation with arguments, and every list query (those paged with `after`). */
export function graphqlTargetsOf(schemaText: string): { mutations: GraphqlTarget[]; lists: GraphqlTarget[] } {
  const schema = buildSchema(schemaText);
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).filter((field) => field.args.length > 0);
  const lists = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((field) => field.args.some((arg) => arg.name === 'after'));
  return { mutations: mutations.map((field) => targetOf('mutation', field)), lists: lists.map((field) => targetOf('query', field)) };
}

export function graphqlRequest(world: FuzzWorld, caller: Caller, body: string, contentType = 'application/json'): FuzzRequest {
  return new FuzzRequest('POST', '/graphql', body, contentType, world.headersFor(caller));
}

/**
 * Variables with one defect. Unknown variables are ignored by GraphQL, so unknown keys go
 * inside input objects only.
 */
export function variableRequests(target: GraphqlTarget, world: FuzzWorld, known: KnownIds): fc.Arbitrary<FuzzRequest> {
  const base = baseObject(target.fields, known, target.name);
  return defectiveObject(target.fields, base, target.kind === 'query' ? LIST_FILTERS : API_INPUT, false).map((variables) =>
    graphqlRequest(world, target.caller, encodeJson({ query: target.document, variables })),
  );
}

/** Documents a server must bound: nesting far past any client's, and alias floods. */
export const abusiveDocuments: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 30, max: 120 }).map((depth) => `{ contacts { nodes { ${'identities { contact { '.repeat(depth)}id${' } }'.repeat(depth)} } } }`),
  fc.integer({ min: 100, max: 300 }).map((count) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: bots { nodes { connection { connected } } }`).join(' ')} }`),
);
