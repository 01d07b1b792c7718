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

/**
 * A violation and where it is, as the keys leading to it from the innermost out: the path is
 * only spelled out for a violation, not for every value checked (every webhook body is).
 */
interface Found {
  problem: string;
  within: Array<string | number>;
}

const found = (problem: string): Found => ({ problem, within: [] });

function inside(key: string | number, violation: Found | null): Found | null {
  violation?.within.push(key);
  return violation;
}

function stringViolation(value: string, checks: JsonChecks): Found | null {
  if (value.length > JSON_LIMITS.stringLength) return found(`string longer than ${JSON_LIMITS.stringLength} characters`);
  const flaw = checks.content ? unstorableTextFlaw(value) : null;
  return flaw ? found(flaw) : null;
}

function keyViolation(key: string, checks: JsonChecks): Found | null {
  if (key.length > JSON_LIMITS.stringLength) return found(`a key is longer than ${JSON_LIMITS.stringLength} characters`);
  if (!checks.content) return null;
  const flaw = unstorableTextFlaw(key);
  if (flaw) return found(`a key ${flaw}`);
  return isPrototypeKey(key) ? inside(key, found('key not allowed')) : null;
}

function objectViolation(value: object, depth: number, checks: JsonChecks): Found | null {
  if (depth > JSON_LIMITS.depth) return found(`nested deeper than ${JSON_LIMITS.depth} levels`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const violation = inside(i, violationIn(value[i], checks, depth));
      if (violation) return violation;
    }
    return null;
  }
  const keys = Object.keys(value);
  if (keys.length > JSON_LIMITS.keys) return found(`more than ${JSON_LIMITS.keys} keys`);
  for (const key of keys) {
    const violation = keyViolation(key, checks) ?? inside(key, violationIn((value as Record<string, unknown>)[key], checks, depth));
    if (violation) return violation;
  }
  return null;
}

function violationIn(value: unknown, checks: JsonChecks, depth: number): Found | null {
  if (typeof value === 'string') return stringViolation(value, checks);
  if (typeof value === 'object' && value !== null) return objectViolation(value, depth + 1, checks);
  return null;
}

/** The first thing wrong with a parsed JSON value, as `path: problem`, or null when it is acceptable. */
export function jsonViolation(value: unknown, path: string, checks: JsonChecks = { content: true }): string | null {
  const violation = violationIn(value, checks, 0);
  return violation && `${violation.within.reduceRight(pathOf, path)}: ${violation.problem}`;
}
