import { SlidingWindow } from './sliding-window';

describe('SlidingWindow', () => {
  it('answers how long until the oldest blocking hit leaves the window', () => {
    const window = new SlidingWindow(1_000);
    for (const at of [0, 10, 20]) window.record(at);
    expect(window.waitMs(30, 3)).toBe(970);
    expect(window.waitMs(30, 2)).toBe(980);
    expect(window.waitMs(30, 4)).toBe(0);
    expect(window.waitMs(1_000, 3)).toBe(0);
  });

  it('counts only the hits of the last window, however many have passed through it', () => {
    const window = new SlidingWindow(100);
    for (let at = 0; at < 10_000; at++) {
      expect(window.waitMs(at, 100)).toBe(0);
      window.record(at);
    }
    expect(window.waitMs(9_999, 100)).toBe(1);
    expect(window.waitMs(9_999, 101)).toBe(0);
  });
});
