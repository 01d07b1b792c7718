import { setTimeout as sleep } from 'node:timers/promises';
import { DraftStream } from './draft-stream';
import { TypingIndicator } from './typing-indicator';

describe('DraftStream', () => {
  it('shows the latest text at most once per interval, never two drafts at once', async () => {
    const sent: Array<{ text: string; at: number }> = [];
    const drafts = new DraftStream(async (text) => {
      sent.push({ text, at: Date.now() });
      await sleep(10);
    }, 100);
    let text = '';
    const started = Date.now();
    for (let word = 0; word < 30; word++) {
      drafts.update((text += `w${word} `));
      await sleep(10);
    }
    await sleep(150);
    drafts.stop();
    // One draft per started interval at most: a loaded machine stretches the 30 updates' sleeps, and with them the intervals.
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(sent.length).toBeLessThanOrEqual(Math.floor((Date.now() - started) / 100) + 1);
    for (let i = 1; i < sent.length; i++) expect(sent[i].at - sent[i - 1].at).toBeGreaterThanOrEqual(95);
    expect(sent.at(-1)!.text).toBe(text);
  });

  it('stops for good once Telegram refuses a draft', async () => {
    let calls = 0;
    const drafts = new DraftStream(async () => {
      calls++;
      throw new Error('Bad Request: method is not available');
    }, 10);
    drafts.update('Hello');
    await sleep(30);
    drafts.update('Hello there');
    await sleep(30);
    expect(calls).toBe(1);
    expect(drafts.wasRefused).toBe(true);
  });

  it('sends nothing after it is stopped', async () => {
    let calls = 0;
    const drafts = new DraftStream(async () => void calls++, 50);
    drafts.update('first');
    await sleep(10);
    drafts.update('second');
    drafts.stop();
    await sleep(80);
    expect(calls).toBe(1);
  });
});

describe('TypingIndicator', () => {
  it('shows typing at once and renews it until stopped, whatever the calls answer', async () => {
    const shown: number[] = [];
    const typing = new TypingIndicator(async () => {
      shown.push(Date.now());
      throw new Error('Too Many Requests');
    }, 40);
    typing.start();
    await sleep(130);
    typing.stop();
    const count = shown.length;
    await sleep(100);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(shown).toHaveLength(count);
  });
});
