import { decodeThreadCursor, encodeThreadCursor, mergeNewestFirst, readFromFor } from './thread-position';

const at = (micros: number) => `2026-01-01T00:00:00.${String(micros).padStart(6, '0')}Z`;
const row = (id: string, micros: number) => ({ row: { id }, at: at(micros) });

describe('thread position', () => {
  it('merges newest first, sent before received at the same microsecond', () => {
    const merged = mergeNewestFirst([row('r3', 30), row('r2', 20), row('r1', 10)], [row('s2', 20), row('s1', 5)]);
    expect(merged.map((item) => `${item.source}:${item.row.id}`)).toEqual(['received:r3', 'sent:s2', 'received:r2', 'received:r1', 'sent:s1']);
  });

  it('reads each source from where the thread left off', () => {
    const afterSent = { at: at(20), source: 'sent' as const, id: '7' };
    expect(readFromFor('sent', afterSent)).toEqual({ at: at(20), id: '7' });
    // received rows at that time come after every sent one
    expect(readFromFor('received', afterSent)).toEqual({ at: at(20), includingAt: true });
    const afterReceived = { at: at(20), source: 'received' as const, id: '9' };
    expect(readFromFor('sent', afterReceived)).toEqual({ at: at(20), includingAt: false });
    expect(readFromFor('received', null)).toBeNull();
  });

  it('reads back its cursors and refuses others', () => {
    const position = { at: at(123456), source: 'received' as const, id: '42' };
    expect(decodeThreadCursor(encodeThreadCursor(position))).toEqual(position);
    const foreign = (text: string) => Buffer.from(text).toString('base64url');
    for (const cursor of [foreign(`${at(1)}|42`), foreign(`${at(1)}|other:42`), foreign(`${at(1)}|sent:x`), foreign(`${at(1)}|sent:1:2`), 'garbage']) {
      expect(() => decodeThreadCursor(cursor)).toThrow('not a cursor from this list');
    }
  });
});
