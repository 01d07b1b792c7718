import { LlmFake } from './llm-fake';
import { contentPieces, postChat, readEvents, userTurn } from './spec-support/llm-client';

describe('LlmFake streamed completions', () => {
  let llm: LlmFake;
  const streamed = (content: string, extra: object = {}) => ({ ...userTurn(content), stream: true, ...extra });

  beforeEach(async () => {
    llm = new LlmFake();
    await llm.start();
  });
  afterEach(() => llm.stop());

  it('streams chunks as server-sent events: role first, content pieces, stop, then [DONE]', async () => {
    const sentAt = Date.now();
    const response = await postChat(llm, streamed('hello there'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const events = await readEvents(response, sentAt);
    const chunks = events.slice(0, -1).map(({ data }) => data as Record<string, unknown>);
    const id = chunks[0].id;
    expect(id).toMatch(/^chatcmpl-/);
    for (const chunk of chunks) {
      expect(chunk).toMatchObject({ id, object: 'chat.completion.chunk', created: expect.any(Number), model: 'gpt-test' });
    }
    expect(chunks.map((chunk) => chunk.choices)).toEqual([
      [{ index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: 'You ' }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: 'said: ' }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: 'hello ' }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: 'there' }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }],
    ]);
    expect(events.at(-1)?.data).toBe('[DONE]');
  });

  it('streams the pieces a reply names, joined for a request that is not streamed', async () => {
    llm.replyWith(() => ({ text: ['Hel', 'lo, ', 'wor', 'ld'] }));
    expect(contentPieces(await readEvents(await postChat(llm, streamed('x')), Date.now()))).toEqual(['Hel', 'lo, ', 'wor', 'ld']);
    const whole = (await (await postChat(llm, userTurn('x'))).json()) as { choices: [{ message: { content: string } }] };
    expect(whole.choices[0].message.content).toBe('Hello, world');
  });

  it('adds a usage chunk with no choices when asked with stream_options.include_usage', async () => {
    const events = await readEvents(await postChat(llm, streamed('hi', { stream_options: { include_usage: true } })), Date.now());
    expect(events.at(-2)?.data).toEqual({
      id: expect.any(String),
      object: 'chat.completion.chunk',
      created: expect.any(Number),
      model: 'gpt-test',
      choices: [],
      usage: { prompt_tokens: expect.any(Number), completion_tokens: 3, total_tokens: expect.any(Number) },
    });
  });

  it('waits firstChunkDelayMs after the headers, then chunkDelayMs between chunks', async () => {
    llm.setTiming({ firstChunkDelayMs: 500, chunkDelayMs: 100 });
    llm.replyWith(() => ({ text: ['a', 'b', 'c'] }));
    const sentAt = Date.now();
    const response = await postChat(llm, streamed('x'));
    expect(Date.now() - sentAt).toBeLessThan(400);
    const events = await readEvents(response, sentAt);
    const times = events.map((event) => event.atMs);
    expect(times[0]).toBeGreaterThanOrEqual(480);
    // role, a, b (+100), c (+100), stop (+100), [DONE]
    expect(times[3] - times[1]).toBeGreaterThanOrEqual(180);
    expect(times[4] - times[3]).toBeGreaterThanOrEqual(90);
  });

  it('takes timing from the options, and reset() restores it', async () => {
    await llm.stop();
    llm = new LlmFake({ timing: { chunkDelayMs: 150 } });
    await llm.start();
    llm.setTiming({ chunkDelayMs: 0 });
    llm.reset();
    llm.replyWith(() => ({ text: ['a', 'b'] }));
    const events = await readEvents(await postChat(llm, streamed('x')), Date.now());
    expect(events[2].atMs - events[1].atMs).toBeGreaterThanOrEqual(130);
  });

  it('stalls after the given number of pieces: the stream stays open and silent', async () => {
    llm.replyWith(() => ({ text: ['a', 'b', 'c'], stallAfter: 2 }));
    const response = await postChat(llm, streamed('x'));
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let received = '';
    while ((received.match(/\n\n/g) ?? []).length < 3) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended instead of stalling');
      received += new TextDecoder().decode(value);
    }
    const next = reader.read();
    const silence = new Promise((resolve) => setTimeout(() => resolve('silent'), 300));
    await expect(Promise.race([next, silence])).resolves.toBe('silent');
    expect(received).not.toContain('finish_reason":"stop');
    await llm.stop();
    await expect(next).rejects.toThrow();
  });
});
