import fc from 'fast-check';
import { buildSchema, getNamedType, GraphQLArgument, GraphQLField, GraphQLSchema, isLeafType, isObjectType } from 'graphql';
import { API_INPUT, baseObject, defectiveObject, KnownIds, LIST_FILTERS, nulledOptionalObjects } from './fuzz-defects';
import { FuzzRequest } from './fuzz-http';
import { Field, graphqlField } from './fuzz-shapes';
import { encodeJson } from './fuzz-values';
import type { Caller, FuzzWorld } from './fuzz-world';

/** One root field of the committed schema and the operation that calls it with variables only. */
export interface GraphqlTarget {
  kind: 'mutation' | 'query';
  name: string;
  /** How a report names it: `mutation login`, `query contact { messages }`. */
  label: string;
  caller: Caller;
  fields: Field[];
  document: string;
  /** Variables kept as they are, each the id of the seeded object its root field names. */
  fixed?: Record<string, string>;
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
    label: `${kind} ${field.name}`,
    caller: CALLERS[field.name] ?? 'tenant',
    fields: field.args.map((arg) => graphqlField(arg)),
    document: documentFor(kind, field),
  };
}

/**
 * Lists inside one object (`contact(id) { messages(after:) }`): the object is a seeded one,
 * the list's own arguments carry the defect.
 */
function nestedListTargets(schema: GraphQLSchema): GraphqlTarget[] {
  const roots = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((field) => field.args.length === 1 && field.args[0].name === 'id');
  return roots.flatMap((root) => {
    const type = getNamedType(root.type);
    if (!isObjectType(type)) return [];
    return Object.values(type.getFields())
      .filter((list) => list.args.some((arg) => arg.name === 'after'))
      .map((list) => {
        const variables = [variableDeclaration(root.args[0]), ...list.args.map(variableDeclaration)].join(', ');
        const args = list.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        return {
          kind: 'query' as const,
          name: root.name,
          label: `query ${root.name} { ${list.name} }`,
          caller: 'tenant' as const,
          fields: list.args.map((arg) => graphqlField(arg)),
          document: `query Fuzz(${variables}) { ${root.name}(id: $id) { ${list.name}(${args}) { __typename } } }`,
          fixed: { id: root.name },
        };
      });
  });
}

/** Every mutation with arguments, and every list query (those paged with `after`), at the root or inside an object. */
export function graphqlTargetsOf(schemaText: string): { mutations: GraphqlTarget[]; lists: GraphqlTarget[] } {
  const schema = buildSchema(schemaText);
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).filter((field) => field.args.length > 0);
  const lists = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((field) => field.args.some((arg) => arg.name === 'after'));
  return {
    mutations: mutations.map((field) => targetOf('mutation', field)),
    lists: [...lists.map((field) => targetOf('query', field)), ...nestedListTargets(schema)],
  };
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
  const fixed = Object.fromEntries(Object.entries(target.fixed ?? {}).map(([name, root]) => [name, known(name, root)]));
  return defectiveObject(target.fields, base, target.kind === 'query' ? LIST_FILTERS : API_INPUT, false).map((variables) =>
    graphqlRequest(world, target.caller, encodeJson({ query: target.document, variables: { ...variables, ...fixed } })),
  );
}

/** Documents a server must bound: nesting far past any client's, and alias floods. */
export const abusiveDocuments: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 30, max: 120 }).map((depth) => `{ contacts { nodes { ${'identities { contact { '.repeat(depth)}id${' } }'.repeat(depth)} } } }`),
  fc.integer({ min: 100, max: 300 }).map((count) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: bots { nodes { connection { connected } } }`).join(' ')} }`),
);

/** Plausible variables once per optional argument or input field, with that one null. */
export function nulledVariableRequests(target: GraphqlTarget, world: FuzzWorld, known: KnownIds): FuzzRequest[] {
  const fixed = Object.fromEntries(Object.entries(target.fixed ?? {}).map(([name, root]) => [name, known(name, root)]));
  return nulledOptionalObjects(target.fields, baseObject(target.fields, known, target.name)).map((variables) =>
    graphqlRequest(world, target.caller, encodeJson({ query: target.document, variables: { ...variables, ...fixed } })),
  );
}
