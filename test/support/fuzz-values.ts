import fc from 'fast-check';

/**
 * Values no field of the API accepts, as fast-check arbitraries. Every value drawn here is bad
 * wherever it is used, so a request carrying one must be refused whatever the rest holds.
 */

/** A JSON number written exactly as given: JSON.stringify cannot write -0 or the digits of 2^70. */
export class RawNumber {
  constructor(readonly literal: string) {}
}

/** JSON text for a value that may hold RawNumbers and own `__proto__` keys. */
export function encodeJson(value: unknown): string {
  if (value instanceof RawNumber) return value.literal;
  if (Array.isArray(value)) return `[${value.map(encodeJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${encodeJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** `{ ...object, [key]: value }` that also works for `__proto__` (assignment would set the prototype). */
export function withKey(object: object, key: string, value: unknown): Record<string, unknown> {
  return Object.fromEntries([...Object.entries(object), [key, value]]);
}

export const TWO_POW_64 = '18446744073709551616';
export const TWO_POW_70 = '1180591620717411303424';

/** Huge and tiny numbers: every numeric input of the API is a positive integer of modest size. */
export const outOfRangeNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('1e308', '-1e308', TWO_POW_64, TWO_POW_70, '0.5', '-0', '-1').map((literal) => new RawNumber(literal)),
  fc.constantFrom('NaN', 'Infinity', TWO_POW_70),
);

/** Numbers where a string is expected; never integers, which GraphQL would read as an ID. */
const nonIntegerNumber = fc.constantFrom('0.5', '-2.5').map((literal) => new RawNumber(literal));

/** Text PostgreSQL cannot hold: it refuses NUL in text and JSON. */
export const nulText: fc.Arbitrary<string> = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\u0000', 'a\u0000b'), fc.string({ maxLength: 8 }))
  .map(([before, poison, after]) => `${before}${poison}${after}`);

/** Text no store should keep: NUL, or a lone surrogate, which is not Unicode. */
export const unstorableText: fc.Arbitrary<string> = fc.oneof(
  nulText,
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\ud800', '\udfff', 'a\u0000b\ud83d'), fc.string({ maxLength: 8 }))
    .map(([before, poison, after]) => `${before}${poison}${after}`),
);

/** Valid but unusual characters, to pad over-long strings and to decorate ids. */
const ODD_UNICODE = ['\u202e', '\u200f', '\u200b', '\ufeff', '😀', '👩‍👩‍👧', 'ß', 'İ'];

/** Above any field's limit: the documented max + 1 and more, or past every limit the API has. */
export const UNDOCUMENTED_LIMIT = 100_000;

export function overLongText(maxLength = UNDOCUMENTED_LIMIT): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 1, max: Math.max(16, Math.floor(maxLength / 4)) }), fc.constantFrom(...ODD_UNICODE, 'x')).map(([extra, pad]) => {
    const codePoints = maxLength + extra;
    return `${'x'.repeat(Math.floor(codePoints / 2))}${pad.repeat(Math.ceil(codePoints / 2))}`;
  });
}

/** Nested 100 levels or more: objects in objects, or arrays in arrays. */
export const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 100, max: 400 }), fc.boolean())
  .map(([depth, arrays]) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level++) value = arrays ? [value] : { a: value };
    return value;
  });

/** Keys no input declares, including those that reach an object's prototype. */
export const UNKNOWN_KEYS = ['__proto__', 'constructor', 'prototype', 'isAdmin', 'tenant_id', 'extra'];

export const anyJunk: fc.Arbitrary<unknown> = fc.oneof(fc.constant(true), fc.constant('x'), fc.constant({}), fc.constant({ polluted: true }), deepValue);

export interface WrongTypeOptions {
  /** null is bad only where the field is required and not nullable. */
  nullIsWrong: boolean;
}

/** JSON values of the wrong type for a field of this type. */
export function wrongType(type: 'string' | 'number' | 'boolean' | 'object' | 'array', options: WrongTypeOptions): fc.Arbitrary<unknown> {
  const candidates: fc.Arbitrary<unknown>[] = [];
  if (type !== 'string') candidates.push(fc.constantFrom('not a value', 'NaN', 'true'));
  if (type !== 'number') candidates.push(nonIntegerNumber);
  if (type !== 'boolean') candidates.push(fc.boolean());
  if (type !== 'object') candidates.push(fc.constant({ value: 'x' }));
  if (type !== 'array') candidates.push(fc.constant(['x', 1]));
  if (options.nullIsWrong) candidates.push(fc.constant(null));
  return fc.oneof(...candidates);
}

/** Ids of the wrong shape: not a UUID, negative, fractional, past 64 bits, odd characters. */
export const malformedIdText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('not-a-uuid', '-1', '1.5', TWO_POW_64, TWO_POW_70, '00000000-0000-0000-0000-00000000000g', "1' OR '1'='1"),
  fc.constantFrom(...ODD_UNICODE).map((odd) => `${odd}1234`),
  fc.constantFrom('a\u0000b', '\u0000'),
);

/** Ids no object has: of the wrong shape, or a UUID nobody made. */
export const wrongIdText: fc.Arbitrary<string> = fc.oneof(malformedIdText, fc.uuid());

const wrongIdNumber = fc.constantFrom('-1', '0.5', TWO_POW_70, '-0').map((literal) => new RawNumber(literal));

/** What a wrong id looks like as a JSON value: text, or a number of the wrong kind. */
export const wrongIdValue: fc.Arbitrary<unknown> = fc.oneof(wrongIdText, wrongIdNumber);

/** A filter naming nothing answers an empty list; only a malformed id is a bad filter. */
export const malformedIdValue: fc.Arbitrary<unknown> = fc.oneof(malformedIdText, wrongIdNumber);

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** Pagination cursors this server never issued. */
export const forgedCursor: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 48 }).map((bytes) => Buffer.from(bytes).toString('base64')),
  fc.constantFrom('not-an-id', '1.5', TWO_POW_64, TWO_POW_70, 'a b', '\u0000').map((id) => base64url(`2026-01-01T00:00:00.000Z|${id}`)),
  fc
    .tuple(fc.constantFrom('-100000-01-01T00:00:00.000Z', '-004714-01-01T00:00:00.000Z', '-271821-04-20T00:00:00.000Z'), fc.uuid())
    .map(([date, id]) => base64url(`${date}|${id}`)),
  fc.constantFrom('%%%', '\u0000', 'x'.repeat(500)),
);
