import fc from 'fast-check';
import { Field, Shape } from './fuzz-shapes';
import {
  anyJunk,
  deepValue,
  forgedCursor,
  malformedIdValue,
  nulText,
  outOfRangeNumber,
  overLongText,
  UNKNOWN_KEYS,
  unstorableText,
  withKey,
  wrongIdValue,
  wrongType,
} from './fuzz-values';

/**
 * Turns a plausible input into a certainly-bad one, one defect at a time, so each request
 * reaches as deep as its one defect lets it.
 */

/** The id of an existing object for a reference, so a defect elsewhere reaches the stored data. */
export type KnownIds = (name: string, context: string) => string | undefined;

export interface DefectOptions {
  /** Telegram adds fields to updates all the time: unknown keys are no defect there. */
  unknownKeys: boolean;
  /** Nor are long texts ours to refuse in an update Telegram sent. */
  overLongText: boolean;
  /** Numbers out of every field's range. */
  outOfRange: fc.Arbitrary<unknown>;
  /**
   * Filters of a list: any text or well-formed id is a fair filter (it answers an empty list),
   * so only what no column can hold, or an id of the wrong shape, is bad there.
   */
  filters: boolean;
}

export const API_INPUT: DefectOptions = { unknownKeys: true, overLongText: true, outOfRange: outOfRangeNumber, filters: false };
export const LIST_FILTERS: DefectOptions = { ...API_INPUT, filters: true };

const PLAUSIBLE_TEXT: Array<[RegExp, string]> = [
  [/email/i, 'fuzz@example.com'],
  [/password/i, 'a long enough password'],
  [/url/i, 'https://example.com/fuzz'],
  [/phone/i, '+15550100'],
  [/token/i, '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghi'],
  [/rate/i, '30/s'],
];

const PLAUSIBLE_INTEGER: Array<[RegExp, number]> = [
  [/^first$|^limit$/, 10],
  [/ttl/i, 3600],
];

/** A seeded object's id, or a real chat id, where the field names one (a caller's own `id` never does). */
function knownValue(field: Field, known: KnownIds, context: string): string | undefined {
  const named = field.shape.kind === 'id' || (field.shape.kind === 'text' && field.name !== 'id');
  return named ? known(field.name, context) : undefined;
}

function plausible(field: Field, known: KnownIds, context: string): unknown {
  const { shape, name } = field;
  const value = knownValue(field, known, context) ?? field.example;
  if (value !== undefined) return value;
  switch (shape.kind) {
    case 'text':
      return PLAUSIBLE_TEXT.find(([pattern]) => pattern.test(name))?.[1] ?? 'fuzz';
    case 'id':
    case 'cursor':
      return undefined;
    case 'integer':
      return PLAUSIBLE_INTEGER.find(([pattern]) => pattern.test(name))?.[1] ?? 1000;
    case 'boolean':
      return false;
    case 'enum':
      return shape.values[0];
    case 'json':
      return {};
    case 'array':
      // One plausible entry, so a defect in it reaches as far as a good entry would.
      return shape.items.kind === 'object' ? [baseObject(shape.items.fields, known, context)] : [];
    case 'object':
      return baseObject(shape.fields, known, context);
  }
}

/** Required fields, those the documentation exemplifies, and references to known objects. */
export function baseObject(fields: Field[], known: KnownIds, context: string): Record<string, unknown> {
  const entries = fields
    .filter((field) => field.required || field.example !== undefined || knownValue(field, known, context) !== undefined)
    .map((field) => [field.name, plausible(field, known, context)] as const)
    .filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries);
}

/** Values that are wrong for this field whatever the rest of the input holds. */
export function badValue(field: Field, base: unknown, options: DefectOptions): fc.Arbitrary<unknown> {
  const nullIsWrong = field.required;
  const { shape } = field;
  const text = [options.filters ? nulText : unstorableText, ...(options.overLongText ? [overLongText(shape.kind === 'text' ? shape.maxLength : undefined)] : [])];
  switch (shape.kind) {
    case 'text':
      return fc.oneof(wrongType('string', { nullIsWrong }), ...text, deepValue);
    case 'id':
      return fc.oneof(options.filters ? malformedIdValue : wrongIdValue, wrongType('string', { nullIsWrong }), deepValue);
    case 'cursor':
      return fc.oneof(forgedCursor, wrongType('string', { nullIsWrong }));
    case 'integer':
      return fc.oneof(options.outOfRange, wrongType('number', { nullIsWrong }), deepValue);
    case 'boolean':
      return fc.oneof(wrongType('boolean', { nullIsWrong }), deepValue);
    case 'enum':
      return fc.oneof(fc.constantFrom(...shape.values.map(otherCase), 'NOT_A_MEMBER'), unstorableText, wrongType('string', { nullIsWrong }));
    case 'json':
      return fc.oneof(outOfRangeNumber, fc.constantFrom('not json {', '\u0000', ['x']), fc.boolean(), deepValue, unstorableText.map((poison) => ({ key: poison })));
    case 'array':
      return badArray(field, shape.items, Array.isArray(base) ? base[0] : undefined, options);
    case 'object':
      return fc.oneof(
        defectiveObject(shape.fields, isRecord(base) ? base : {}, options),
        fc.constant([isRecord(base) ? base : {}]),
        wrongType('object', { nullIsWrong }),
        deepValue,
      );
  }
}

/** Enum members are case-sensitive: `admin` is no `ADMIN`. */
export const otherCase = (value: string) => (value.toLowerCase() === value ? value.toUpperCase() : value.toLowerCase());

/**
 * A list with one bad item, or a bad item in place of the list (GraphQL reads a lone value as a
 * list of one, so it must be bad as an item too; an item that is itself a list would be a good list).
 */
function badArray(field: Field, items: Shape, itemBase: unknown, options: DefectOptions): fc.Arbitrary<unknown> {
  const item: Field = { name: field.name, shape: items, required: true };
  const badItem = badValue(item, itemBase, options);
  // A bad item is wrong inside the list; as the whole value, null is wrong only where the list is required.
  const notAList = badItem.filter((value) => !Array.isArray(value) && (field.required || value !== null));
  return fc.oneof(badItem.map((value) => [value]), notAList, deepValue);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function without(object: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
}

/** The base object with exactly one defect: a bad field, a missing required one, or an unknown key. */
export function defectiveObject(
  fields: Field[],
  base: Record<string, unknown>,
  options: DefectOptions,
  unknownKeysHere = options.unknownKeys,
): fc.Arbitrary<Record<string, unknown>> {
  const defects: fc.Arbitrary<Record<string, unknown>>[] = [];
  if (fields.length > 0) {
    defects.push(fc.constantFrom(...fields).chain((field) => badValue(field, base[field.name], options).map((value) => withKey(without(base, field.name), field.name, value))));
  }
  const required = fields.filter((field) => field.required);
  if (required.length > 0) defects.push(fc.constantFrom(...required).map((field) => without(base, field.name)));
  const unknown = UNKNOWN_KEYS.filter((key) => !fields.some((field) => field.name === key));
  if (unknownKeysHere) defects.push(fc.tuple(fc.constantFrom(...unknown), anyJunk).map(([key, value]) => withKey(base, key, value)));
  return fc.oneof(...defects);
}

/** Every optional field, at any depth inside the input's objects, as the path of keys leading to it. */
function optionalPaths(fields: Field[], prefix: string[] = []): string[][] {
  return fields.flatMap((field) => {
    const path = [...prefix, field.name];
    const inner = field.shape.kind === 'object' ? optionalPaths(field.shape.fields, path) : [];
    return field.required ? inner : [path, ...inner];
  });
}

function withNullAt(object: Record<string, unknown>, [key, ...rest]: string[]): Record<string, unknown> {
  if (rest.length === 0) return withKey(without(object, key), key, null);
  const inner = object[key];
  return withKey(without(object, key), key, withNullAt(isRecord(inner) ? inner : {}, rest));
}

/**
 * The base object once per optional field, with that field given as null, which a client may
 * send to mean "not given" or "clear it": the API may take it or refuse it, but must not fail on it.
 */
export function nulledOptionalObjects(fields: Field[], base: Record<string, unknown>): Record<string, unknown>[] {
  return optionalPaths(fields).map((path) => withNullAt(base, path));
}
