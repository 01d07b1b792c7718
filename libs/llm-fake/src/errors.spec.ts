import { LlmFake } from './llm-fake';
import { postChat, userTurn } from './spec-support/llm-client';

interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

async function errorOf(response: Promise<Response>): Promise<{ status: number; body: OpenAiErrorBody }> {
  const answer = await response;
  return { status: answer.status, body: (await answer.json()) as OpenAiErrorBody };
}

describe('LlmFake errors', () => {
  let llm: LlmFake;

  beforeEach(async () => {
    llm = new LlmFake({ apiKey: 'sk-test-key-1234', models: ['gpt-test', 'gpt-other'] });
    await llm.start();
  });
  afterEach(() => llm.stop());

  const post = (body: object, rawBody?: string) => postChat(llm, body, { apiKey: 'sk-test-key-1234', rawBody });

  it('answers a request without the API key or with another one with 401', async () => {
    const missing = await errorOf(postChat(llm, userTurn('x')));
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ type: 'invalid_request_error', param: null, code: null });
    expect(missing.body.error.message).toMatch(/^You didn't provide an API key/);

    const wrong = await errorOf(postChat(llm, userTurn('x'), { apiKey: 'sk-wrong-9999' }));
    expect(wrong).toEqual({
      status: 401,
      body: {
        error: {
          message: 'Incorrect API key provided: sk-***9999.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      },
    });
    expect((await post(userTurn('x'))).status).toBe(200);
    expect(llm.requests().map((request) => request.status)).toEqual([401, 401, 200]);
  });

  it('accepts any key or none when it was given no key', async () => {
    const open = new LlmFake();
    await open.start();
    try {
      expect((await postChat(open, userTurn('x'))).status).toBe(200);
      expect((await postChat(open, userTurn('x'), { apiKey: 'anything' })).status).toBe(200);
    } finally {
      await open.stop();
    }
  });

  it('answers an unknown model with 404 model_not_found', async () => {
    const unknown = await errorOf(post({ ...userTurn('x'), model: 'gpt-nope' }));
    expect(unknown).toEqual({
      status: 404,
      body: {
        error: {
          message: 'The model `gpt-nope` does not exist or you do not have access to it.',
          type: 'invalid_request_error',
          param: null,
          code: 'model_not_found',
        },
      },
    });
    expect((await post({ ...userTurn('x'), model: 'gpt-other' })).status).toBe(200);
  });

  it.each<[string, object | string, string | null, string | null]>([
    ['a body that is not JSON', '{"model":', null, null],
    ['no model', { messages: [{ role: 'user', content: 'x' }] }, null, null],
    ['no messages', { model: 'gpt-test' }, 'messages', 'missing_required_parameter'],
    ['messages that are not an array', { model: 'gpt-test', messages: 'hi' }, 'messages', 'invalid_type'],
    ['no message at all', { model: 'gpt-test', messages: [] }, 'messages', 'empty_array'],
    ['a message without a role', { model: 'gpt-test', messages: [{ content: 'x' }] }, 'messages[0].role', 'missing_required_parameter'],
    ['an unknown role', { model: 'gpt-test', messages: [{ role: 'robot', content: 'x' }] }, 'messages[0].role', 'invalid_value'],
    ['a content of the wrong type', { model: 'gpt-test', messages: [{ role: 'user', content: 42 }] }, 'messages[0].content', 'invalid_type'],
    ['a temperature out of range', { ...userTurn('x'), temperature: 3 }, 'temperature', 'invalid_value'],
    ['max_tokens of the wrong type', { ...userTurn('x'), max_tokens: 'many' }, 'max_tokens', 'invalid_type'],
    ['stream that is not a boolean', { ...userTurn('x'), stream: 'yes' }, 'stream', 'invalid_type'],
  ])('answers %s with 400', async (_case, body, param, code) => {
    const answer = await errorOf(typeof body === 'string' ? post({}, body) : post(body));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual({ message: expect.any(String), type: 'invalid_request_error', param, code });
    expect(llm.chatRequests()).toEqual([]);
  });

  it('answers another path or method with 404 Invalid URL', async () => {
    const other = await errorOf(fetch(`${llm.baseUrl}/completions`, { method: 'POST', body: '{}' }));
    expect(other).toMatchObject({ status: 404, body: { error: { message: 'Invalid URL (POST /v1/completions)' } } });
    const get = await errorOf(fetch(`${llm.baseUrl}/chat/completions`));
    expect(get).toMatchObject({ status: 404, body: { error: { message: 'Invalid URL (GET /v1/chat/completions)' } } });
  });

  it('fails with 429 (and retry-after when given) or 500 when a reply says so', async () => {
    llm.queueReplies({ error: { status: 429, retryAfterSeconds: 2 } }, { error: { status: 500 } }, { error: { status: 503, message: 'Overloaded' } });
    const limited = await post(userTurn('x'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    await expect(limited.json()).resolves.toEqual({
      error: { message: expect.any(String), type: 'requests', param: null, code: 'rate_limit_exceeded' },
    });
    const failed = await errorOf(post({ ...userTurn('x'), stream: true }));
    expect(failed).toMatchObject({ status: 500, body: { error: { type: 'server_error', code: null } } });
    const overloaded = await errorOf(post(userTurn('x')));
    expect(overloaded).toMatchObject({ status: 503, body: { error: { message: 'Overloaded', type: 'server_error' } } });
    expect((await post(userTurn('x'))).status).toBe(200);
  });

  it('answers 500 when the test’s replier throws', async () => {
    llm.replyWith(() => {
      throw new Error('replier broke');
    });
    const answer = await errorOf(post(userTurn('x')));
    expect(answer).toMatchObject({ status: 500, body: { error: { type: 'server_error' } } });
  });
});
