import { AnsweredWindow } from './answered-window';

describe('AnsweredWindow', () => {
  it('keeps an answered call in the window for its length from the answer, not from the departure', () => {
    const window = new AnsweredWindow(1_000);
    const now = Date.now();
    const answer = window.depart();
    expect(window.waitMs(now, 1)).toBeGreaterThan(0);
    answer();
    const wait = window.waitMs(Date.now(), 1);
    expect(wait).toBeGreaterThan(990);
    expect(wait).toBeLessThanOrEqual(1_000);
    expect(window.waitMs(Date.now() + 1_000, 1)).toBe(0);
  });

  it('counts calls in flight against the limit until they are answered', () => {
    const window = new AnsweredWindow(1_000);
    const answers = [window.depart(), window.depart()];
    expect(window.waitMs(Date.now(), 3)).toBe(0);
    expect(window.waitMs(Date.now(), 2)).toBeGreaterThan(0);
    answers.forEach((answer) => answer());
    // Answered calls stay counted: the third may not leave within the window either.
    expect(window.waitMs(Date.now(), 2)).toBeGreaterThan(900);
    expect(window.isIdle(Date.now())).toBe(false);
    expect(window.isIdle(Date.now() + 1_000)).toBe(true);
  });

  it('counts an answer once, however often it is called back', () => {
    const window = new AnsweredWindow(50);
    const answer = window.depart();
    answer();
    answer();
    expect(window.waitMs(Date.now(), 2)).toBe(0);
  });
});
