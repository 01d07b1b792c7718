import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';

/**
 * Building blocks for the OpenAPI schemas of answers. Every listed property is `required`: our
 * presenters always write each field (null when empty), so clients need not guess.
 */

export const text: SchemaObject = { type: 'string' };
export const integer: SchemaObject = { type: 'integer' };
export const flag: SchemaObject = { type: 'boolean' };
export const uuid: SchemaObject = { type: 'string', format: 'uuid' };
export const dateTime: SchemaObject = { type: 'string', format: 'date-time' };
/** A bigint row id, written as a decimal string. */
export const rowId: SchemaObject = { type: 'string', pattern: '^[1-9][0-9]{0,18}$' };

export function nullable(schema: SchemaObject): SchemaObject {
  return { ...schema, nullable: true };
}

/** An object whose properties are all required unless listed in `optional`. */
export function objectOf(properties: Record<string, SchemaObject | ReferenceObject>, extra: { optional?: string[]; example?: unknown; description?: string } = {}): SchemaObject {
  const optional = new Set(extra.optional ?? []);
  return {
    type: 'object',
    required: Object.keys(properties).filter((name) => !optional.has(name)),
    properties,
    ...(extra.description ? { description: extra.description } : {}),
    ...(extra.example === undefined ? {} : { example: extra.example }),
  };
}

/**
 * The example moves up to the wrapper: validators index example objects by their `id` fields as
 * if they were schema ids, so the same example at two levels reads as two schemas with one id.
 */
function lifted(schema: SchemaObject): { inner: SchemaObject; example: unknown } {
  const { example, ...inner } = schema;
  return { inner, example };
}

/** A REST list page: `{ items, next_cursor }`. */
export function listOf(item: SchemaObject): SchemaObject {
  const { inner, example } = lifted(item);
  return objectOf(
    {
      items: { type: 'array', items: inner },
      next_cursor: { ...nullable(text), description: 'Pass as `cursor` for the next page; null on the last' },
    },
    { example: example === undefined ? undefined : { items: [example], next_cursor: null } },
  );
}

/** OpenScouter's success envelope around `data`; `metadata` null unless given. */
export function openScouterOf(data: SchemaObject, metadata?: SchemaObject): SchemaObject {
  const { inner, example } = lifted(data);
  return objectOf(
    {
      success: { type: 'boolean', enum: [true] },
      data: inner,
      error: { type: 'object', nullable: true, enum: [null], description: 'Always null on a success' },
      metadata: metadata ? nullable(metadata) : { type: 'object', nullable: true, enum: [null] },
    },
    { example: example === undefined ? undefined : { success: true, data: example, error: null, metadata: null } },
  );
}

/** Sensay's success answers: `{ success: true, … }`. */
export function sensayOf(properties: Record<string, SchemaObject> = {}, extra: { optional?: string[]; example?: unknown } = {}): SchemaObject {
  return objectOf({ success: { type: 'boolean', enum: [true], description: 'Indicates the status of the request' }, ...properties }, extra);
}
