import {
  GraphQLArgument,
  GraphQLInputField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/**
 * What an input looks like, read from the OpenAPI document or the GraphQL schema: enough to
 * build a plausible value and to know which values are certainly wrong for it.
 */
export type Shape =
  | { kind: 'text'; maxLength?: number }
  /** A reference to an object of ours. */
  | { kind: 'id' }
  | { kind: 'cursor' }
  /** Bounds the OpenAPI document declares, past which a value is certainly wrong. */
  | { kind: 'integer'; minimum?: number; maximum?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  /** Free-form JSON (GraphQL's JSONObject, or a field OpenAPI declares only as "object"). */
  | { kind: 'json' }
  | { kind: 'array'; items: Shape }
  | { kind: 'object'; fields: Field[] };

export interface Field {
  name: string;
  shape: Shape;
  required: boolean;
  /** A value the documentation gives as an example, used as the plausible base. */
  example?: unknown;
}

// ---- OpenAPI ----------------------------------------------------------------------------

export interface OpenApiSchema {
  type?: string;
  $ref?: string;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  items?: OpenApiSchema;
  enum?: string[];
  maxLength?: number;
  minimum?: number;
  /** Alternatives (an id as text or a number, a payload as an object or its JSON text): the first is the one fuzzed. */
  oneOf?: OpenApiSchema[];
  maximum?: number;
  example?: unknown;
}

/** Body fields that reference Switchboard's own objects (OpenAPI types every id as a plain string). */
const REST_REFERENCES = new Set(['botId', 'contactId', 'segmentId', 'bot_app_id']);

export function shapeFromOpenApi(schema: OpenApiSchema, name: string, components: Record<string, OpenApiSchema>): Shape {
  const resolved = schema.$ref ? components[schema.$ref.split('/').pop() ?? ''] : schema;
  if (!resolved) throw new Error(`unresolvable schema ${schema.$ref}`);
  if (resolved.oneOf?.[0]) return shapeFromOpenApi(resolved.oneOf[0], name, components);
  if (resolved.enum) return { kind: 'enum', values: resolved.enum };
  if (name === 'cursor') return { kind: 'cursor' };
  if (REST_REFERENCES.has(name)) return { kind: 'id' };
  switch (resolved.type) {
    case 'string':
      return { kind: 'text', maxLength: resolved.maxLength };
    case 'number':
    case 'integer':
      return { kind: 'integer', minimum: resolved.minimum, maximum: resolved.maximum };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array':
      return { kind: 'array', items: shapeFromOpenApi(resolved.items ?? {}, name, components) };
    default:
      return resolved.properties ? { kind: 'object', fields: fieldsFromOpenApi(resolved, components) } : { kind: 'json' };
  }
}

export function fieldsFromOpenApi(schema: OpenApiSchema, components: Record<string, OpenApiSchema>): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    shape: shapeFromOpenApi(property, name, components),
    required: required.has(name),
    example: property.example ?? property.oneOf?.[0]?.example,
  }));
}

// ---- GraphQL ----------------------------------------------------------------------------

/**
 * An `id` inside an input names a new object in the caller's own words (`createJob`'s
 * `job_abc123`), so it is text there; everywhere else an ID references one of ours.
 */
function graphqlShape(type: GraphQLInputType, name: string, insideInput: boolean): Shape {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return { kind: 'array', items: graphqlShape(inner.ofType, name, insideInput) };
  if (isEnumType(inner)) return { kind: 'enum', values: inner.getValues().map((value) => value.name) };
  if (isInputObjectType(inner)) {
    return { kind: 'object', fields: Object.values(inner.getFields()).map((field) => graphqlField(field, true)) };
  }
  if (name === 'after') return { kind: 'cursor' };
  if (!isScalarType(inner)) throw new Error(`unexpected input type ${String(inner)}`);
  switch (inner.name) {
    case 'ID':
      return insideInput && name === 'id' ? { kind: 'text' } : { kind: 'id' };
    case 'Int':
    case 'Float':
      return { kind: 'integer' };
    case 'Boolean':
      return { kind: 'boolean' };
    case 'String':
      return { kind: 'text' };
    default:
      return { kind: 'json' };
  }
}

export function graphqlField(field: GraphQLArgument | GraphQLInputField, insideInput = false): Field {
  return {
    name: field.name,
    shape: graphqlShape(field.type, field.name, insideInput),
    required: isNonNullType(field.type) && field.defaultValue === undefined,
  };
}
