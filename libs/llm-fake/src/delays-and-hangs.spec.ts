import { LlmFake } from './llm-fake';
import { postChat, userTurn } from './spec-support/llm-client';

describe('LlmFake delays and hangs', () => {
  let llm: LlmFake;

  beforeEach(async () => {
    llm = new LlmFake();
    await llm.start();
  });
  afterEach(() => llm.stop());

  it('holds an answer back by delayMs before anything is sent, for a text or an error', async () => {
    llm.queueReplies({ text: 'late', delayMs: 300 }, { error: { status: 429 }, delayMs: 300 });
    let started = Date.now();
    const late = await postChat(llm, { ...userTurn('x'), stream: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(late.status).toBe(200);
    await late.text();
    started = Date.now();
    expect((await postChat(llm, userTurn('x'))).status).toBe(429);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('hangs until the client gives up, recorded as unanswered', async () => {
    llm.replyWith(() => ({ hang: true }));
    const started = Date.now();
    await expect(postChat(llm, userTurn('x'), { signal: AbortSignal.timeout(200) })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    expect(llm.requests()[0]).toMatchObject({ status: 0, chat: { messages: [{ content: 'x' }] } });
  });

  it('answers the next request while one hangs', async () => {
    llm.queueReplies({ hang: true });
    const hanging = outcomeOf(postChat(llm, userTurn('first')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(postChat(llm, userTurn('second')).then((response) => response.status)).resolves.toBe(200);
    await llm.stop();
    await expect(hanging).resolves.toBe('failed');
  });

  it('stop() ends hanging, delayed and streaming requests at once', async () => {
    llm.queueReplies({ hang: true }, { text: 'never', delayMs: 60_000 });
    llm.setTiming({ chunkDelayMs: 60_000 });
    const hanging = outcomeOf(postChat(llm, userTurn('a')));
    const delayed = outcomeOf(postChat(llm, userTurn('b')));
    const streaming = await postChat(llm, { ...userTurn('c d e'), stream: true });
    const streamBody = outcomeOf(streaming.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await llm.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(Promise.all([hanging, delayed, streamBody])).resolves.toEqual(['failed', 'failed', 'failed']);
  });
});

/** Settles at once either way, so a failure that comes before the test awaits it is not left unhandled. */
function outcomeOf(call: Promise<unknown>): Promise<'answered' | 'failed'> {
  return call.then(
    () => 'answered',
    () => 'failed',
  );
}
