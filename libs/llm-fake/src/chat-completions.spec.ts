import { LlmFake } from './llm-fake';
import { postChat, userTurn } from './spec-support/llm-client';

describe('LlmFake chat completions (not streamed)', () => {
  let llm: LlmFake;

  beforeEach(async () => {
    llm = new LlmFake();
    await llm.start();
  });
  afterEach(() => llm.stop());

  it('serves on 127.0.0.1 under /v1', () => {
    expect(llm.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  });

  it('answers in OpenAI’s shape, echoing the last user turn by default', async () => {
    const before = Math.floor(Date.now() / 1000);
    const response = await postChat(llm, {
      model: 'gpt-test',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'ok' },
        { role: 'user', content: 'hello there' },
      ],
      temperature: 0.2,
      max_tokens: 100,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id: expect.stringMatching(/^chatcmpl-/),
      object: 'chat.completion',
      created: expect.any(Number),
      model: 'gpt-test',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'You said: hello there', refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: expect.any(Number), completion_tokens: 6, total_tokens: expect.any(Number) },
    });
    expect(body.created).toBeGreaterThanOrEqual(before);
  });

  it('answers with the test’s replier, given the request as read', async () => {
    llm.replyWith((request) => `${request.messages[0].content} / ${request.temperature} / ${request.maxTokens}`);
    const response = await postChat(llm, {
      model: 'gpt-test',
      messages: [{ role: 'system', content: [{ type: 'text', text: 'You are ' }, { type: 'text', text: 'Ada' }] }],
      temperature: 1,
      max_completion_tokens: 50,
    });
    await expect(response.json()).resolves.toMatchObject({ choices: [{ message: { content: 'You are Ada / 1 / 50' } }] });
  });

  it('uses queued replies once each, in order, before the replier', async () => {
    llm.queueReplies('one', { text: 'two' });
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const body = (await (await postChat(llm, userTurn(`q${i}`))).json()) as { choices: [{ message: { content: string } }] };
      texts.push(body.choices[0].message.content);
    }
    expect(texts).toEqual(['one', 'two', 'You said: q2']);
  });

  it('records every request: method, path, headers, body, the request as read and the status', async () => {
    const before = Date.now();
    await postChat(llm, { ...userTurn('hi'), user: 'u-1' }, { apiKey: 'sk-any' });
    await postChat(llm, { model: 'gpt-test' });
    const [ok, refused] = llm.requests();
    expect(ok).toEqual({
      at: expect.any(Number),
      method: 'POST',
      path: '/v1/chat/completions',
      headers: expect.objectContaining({ authorization: 'Bearer sk-any', 'content-type': 'application/json' }),
      body: { model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }], user: 'u-1' },
      chat: { model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }], stream: false, includeUsage: false },
      status: 200,
    });
    expect(ok.at).toBeGreaterThanOrEqual(before);
    expect(refused).toMatchObject({ body: { model: 'gpt-test' }, chat: undefined, status: 400 });
    expect(llm.chatRequests()).toEqual([ok.chat]);
  });

  it('clears the log, and reset() also restores the echo reply', async () => {
    llm.replyWith(() => 'custom');
    llm.queueReplies('queued');
    await postChat(llm, userTurn('a'));
    llm.clearRequests();
    expect(llm.requests()).toEqual([]);
    llm.reset();
    const body = (await (await postChat(llm, userTurn('b'))).json()) as { choices: [{ message: { content: string } }] };
    expect(body.choices[0].message.content).toBe('You said: b');
    expect(llm.requests()).toHaveLength(1);
  });

  it('cannot be restarted once stopped', async () => {
    await llm.stop();
    await expect(llm.start()).rejects.toThrow(/cannot be restarted/);
  });
});
