import { estimateOf } from './estimate';

describe('a broadcast estimate', () => {
  it('takes the time the rate needs, and costs nothing unpaid', () => {
    expect(estimateOf(90, { count: 30, perMs: 1_000 }, false)).toEqual({ recipients: 90, sendRate: '30/s', durationSeconds: 3, paid: false, stars: null });
    expect(estimateOf(30, { count: 30, perMs: 60_000 }, false)).toMatchObject({ sendRate: '30/min', durationSeconds: 60 });
  });

  it('bills 0.1 Star per message above 30 in each second of a paid broadcast', () => {
    expect(estimateOf(100_000, { count: 1_000, perMs: 1_000 }, true)).toMatchObject({ durationSeconds: 100, stars: 9_700 });
    expect(estimateOf(1_050, { count: 1_000, perMs: 1_000 }, true)).toMatchObject({ stars: 97 + 2 });
    expect(estimateOf(25, { count: 1_000, perMs: 1_000 }, true)).toMatchObject({ stars: 0 });
    expect(estimateOf(0, { count: 1_000, perMs: 1_000 }, true)).toMatchObject({ durationSeconds: 0, stars: 0 });
  });
});
