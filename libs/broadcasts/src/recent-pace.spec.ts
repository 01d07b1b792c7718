import { recentPace } from './recent-pace';

describe('the recent pace of a broadcast', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');
  const startedSecondsAgo = (seconds: number) => new Date(now - seconds * 1_000);

  it('divides the recent sends by the window once the broadcast has run that long', () => {
    expect(recentPace(20, startedSecondsAgo(60), 10, now)).toBe(2);
    expect(recentPace(0, startedSecondsAgo(60), 10, now)).toBe(0);
  });

  it('divides by the time since the start when it began within the window', () => {
    expect(recentPace(6, startedSecondsAgo(3), 10, now)).toBe(2);
    expect(recentPace(5, startedSecondsAgo(4), 10, now)).toBe(1.3);
  });

  it('never divides by less than a second, nor by the window when it has not started', () => {
    expect(recentPace(3, startedSecondsAgo(0.2), 10, now)).toBe(3);
    expect(recentPace(30, null, 10, now)).toBe(3);
  });
});
