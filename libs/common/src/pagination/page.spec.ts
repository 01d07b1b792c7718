import { decodeCursor, encodeCursor } from './page';

const AT = new Date('2026-01-01T00:00:00.000Z');
const UUID = '3f0c3c52-7f1a-4c1e-9a43-0d5c0b0a0b0a';
const raw = (text: string) => Buffer.from(text).toString('base64url');

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote, for each key type', () => {
    expect(decodeCursor(encodeCursor(AT, UUID), 'uuid')).toEqual({ createdAt: AT.toISOString(), id: UUID });
    expect(decodeCursor(encodeCursor(AT, '42'), 'bigint')).toEqual({ createdAt: AT.toISOString(), id: '42' });
    expect(decodeCursor(encodeCursor(AT, 'job_abc123'), 'text')).toEqual({ createdAt: AT.toISOString(), id: 'job_abc123' });
  });

  it('keeps microseconds, which rows written together share', () => {
    expect(decodeCursor(encodeCursor('2026-01-01T00:00:00.123456Z', '42'), 'bigint')).toEqual({ createdAt: '2026-01-01T00:00:00.123456Z', id: '42' });
  });

  it.each([
    ['an id of the wrong type', encodeCursor(AT, '42'), 'uuid'],
    ['a uuid on a bigint list', encodeCursor(AT, UUID), 'bigint'],
    ['an id beyond bigint', encodeCursor(AT, '9223372036854775808'), 'bigint'],
    ['a date out of range', raw(`+275760-01-01T00:00:00.000Z|42`), 'bigint'],
    ['no date', raw('|42'), 'bigint'],
    ['a date not in UTC ISO form', raw('January 1, 2026|42'), 'bigint'],
    ['extra parts', raw(`${AT.toISOString()}|42|43`), 'bigint'],
    ['a NUL in a text id', encodeCursor(AT, 'a\u0000'), 'text'],
  ] as const)('refuses %s', (_, cursor, key) => {
    expect(() => decodeCursor(cursor, key)).toThrow('not a cursor from this list');
  });
});
