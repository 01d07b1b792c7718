/**
 * Limits on any parsed JSON (bodies, query strings, GraphQL JSON values): what a legitimate
 * caller never needs and an attacker uses to exhaust memory or reach PostgreSQL's limits.
 */
export const JSON_LIMITS = {
  /** Nested objects and arrays. */
  depth: 32,
  /** Characters in one string or key: twice the longest outbound text (32,768). */
  stringLength: 65_536,
  /** Keys of one object. */
  keys: 1_000,
} as const;

/** Keys that reach an object's prototype once merged or assigned somewhere down the line. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.has(key);
}

export interface JsonChecks {
  /** Refuse NUL characters and unpaired surrogates (PostgreSQL cannot store them) and prototype keys. */
  content: boolean;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What PostgreSQL cannot store of a text, or null: a NUL character, or broken UTF-16 (a lone surrogate). */
export function unstorableTextFlaw(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  return LONE_SURROGATE.test(value) ? 'is not valid Unicode' : null;
}

/** The text with every NUL and unpaired surrogate replaced by U+FFFD, so PostgreSQL can store it. */
export function storableText(value: string): string {
  return value.replaceAll('\u0000', '\uFFFD').replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD');
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

function stringViolation(value: string, path: string, checks: JsonChecks): string | null {
  if (value.length > JSON_LIMITS.stringLength) return `${path}: string longer than ${JSON_LIMITS.stringLength} characters`;
  const flaw = checks.content ? unstorableTextFlaw(value) : null;
  return flaw && `${path}: ${flaw}`;
}

function keyViolation(key: string, parent: string, checks: JsonChecks): string | null {
  if (key.length > JSON_LIMITS.stringLength) return `${parent}: a key is longer than ${JSON_LIMITS.stringLength} characters`;
  if (!checks.content) return null;
  const flaw = unstorableTextFlaw(key);
  if (flaw) return `${parent}: a key ${flaw}`;
  return isPrototypeKey(key) ? `${pathOf(parent, key)}: key not allowed` : null;
}

function objectViolation(value: object, path: string, depth: number, checks: JsonChecks): string | null {
  if (depth > JSON_LIMITS.depth) return `${path}: nested deeper than ${JSON_LIMITS.depth} levels`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = jsonViolation(value[i], pathOf(path, i), checks, depth);
      if (found) return found;
    }
    return null;
  }
  const keys = Object.keys(value);
  if (keys.length > JSON_LIMITS.keys) return `${path}: more than ${JSON_LIMITS.keys} keys`;
  for (const key of keys) {
    const found = keyViolation(key, path, checks) ?? jsonViolation((value as Record<string, unknown>)[key], pathOf(path, key), checks, depth);
    if (found) return found;
  }
  return null;
}

/** The first thing wrong with a parsed JSON value, as `path: problem`, or null when it is acceptable. */
export function jsonViolation(value: unknown, path: string, checks: JsonChecks = { content: true }, depth = 0): string | null {
  if (typeof value === 'string') return stringViolation(value, path, checks);
  if (typeof value === 'object' && value !== null) return objectViolation(value, path, depth + 1, checks);
  return null;
}
