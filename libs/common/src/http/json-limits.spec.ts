import { JSON_LIMITS, jsonViolation } from './json-limits';

const nested = (depth: number): unknown => (depth === 0 ? 1 : [nested(depth - 1)]);

describe('jsonViolation', () => {
  it('accepts ordinary JSON up to every limit', () => {
    expect(jsonViolation({ text: 'x'.repeat(JSON_LIMITS.stringLength), list: nested(JSON_LIMITS.depth - 1) }, 'body')).toBeNull();
    expect(jsonViolation(Object.fromEntries(Array.from({ length: JSON_LIMITS.keys }, (_, i) => [`k${i}`, i])), 'body')).toBeNull();
  });

  it('names the path of the first violation', () => {
    expect(jsonViolation({ a: nested(JSON_LIMITS.depth) }, 'body')).toMatch(/^body\.a(\[0\])+: nested deeper than 32 levels$/);
    expect(jsonViolation({ list: ['ok', 'x'.repeat(JSON_LIMITS.stringLength + 1)] }, 'body')).toBe('body.list[1]: string longer than 65536 characters');
    expect(jsonViolation({ 'odd key': { v: 'a\u0000' } }, 'body')).toBe('body["odd key"].v: contains a NUL character');
    expect(jsonViolation(JSON.parse('{"a":{"__proto__":{}}}'), 'body')).toBe('body.a.__proto__: key not allowed');
    expect(jsonViolation({ ['a\u0000']: 1 }, 'body')).toBe('body: a key contains a NUL character');
  });

  it('checks only sizes when content checks are off', () => {
    expect(jsonViolation({ constructor: 'a\u0000' }, 'body', { content: false })).toBeNull();
    expect(jsonViolation(nested(JSON_LIMITS.depth + 1), 'body', { content: false })).toMatch(/nested deeper/);
  });
});
