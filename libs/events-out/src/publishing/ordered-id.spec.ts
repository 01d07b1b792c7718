import { orderedId } from './ordered-id';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('orderedId', () => {
  it('is a version 7 UUID carrying the time', () => {
    const at = Date.UTC(2026, 10, 26, 12, 0, 0);
    const id = orderedId(at + 10_000);
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at + 10_000);
  });

  it('sorts in the order made, within one millisecond and past 4,096 of them', () => {
    const at = Date.now() + 60_000;
    const ids = Array.from({ length: 5_000 }, () => orderedId(at));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never goes back when the clock does', () => {
    const first = orderedId(Date.now() + 120_000);
    const second = orderedId(Date.now());
    expect([second, first].sort()).toEqual([first, second]);
  });
});
