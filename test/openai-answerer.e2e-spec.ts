import { LlmFake } from '@switchboard/llm-fake';
import { AnswerError, ReplicaAnswerers } from '@switchboard/replicas';
import { aStoredReplica, anAnswerRequest, answerOf, platformConfig } from './support/answer-requests';

const HELLO = [{ role: 'user' as const, content: 'Hello' }];

/** Replicas answering from an OpenAI-compatible API (the platform's or their own), over real HTTP. */
describe('OpenAI-compatible answerer', () => {
  const platformLlm = new LlmFake({ apiKey: 'sk-platform', models: ['gpt-test'] });
  const ownLlm = new LlmFake({ apiKey: 'sk-tenant' });
  let config: ReturnType<typeof platformConfig>;

  beforeAll(async () => {
    await Promise.all([platformLlm.start(), ownLlm.start()]);
    config = platformConfig({ baseUrl: platformLlm.baseUrl, apiKey: 'sk-platform' });
  });
  beforeEach(() => {
    platformLlm.reset();
    ownLlm.reset();
  });
  afterAll(() => Promise.all([platformLlm.stop(), ownLlm.stop()]));

  it('streams the answer through onText, growing, and answers the whole text', async () => {
    platformLlm.queueReplies({ text: ['Good ', 'morning, ', 'guest'] });
    const seen: string[] = [];
    const replica = aStoredReplica(config);
    const text = await answerOf(config, replica, anAnswerRequest(replica, HELLO, undefined, (soFar) => seen.push(soFar)));
    expect(text).toBe('Good morning, guest');
    expect(seen).toEqual(['Good ', 'Good morning, ', 'Good morning, guest']);
    expect(platformLlm.chatRequests()[0]).toMatchObject({ model: 'gpt-test', stream: true });
  });

  it('sends the system message first, then the turns oldest first; no system message when it is empty', async () => {
    const turns = [
      { role: 'user' as const, content: 'Is breakfast included?' },
      { role: 'assistant' as const, content: 'Yes, from 7 to 10.' },
      { role: 'user' as const, content: 'And on Sundays?' },
    ];
    const withSystem = aStoredReplica(config, { systemMessage: 'You are a friendly concierge.' });
    await answerOf(config, withSystem, anAnswerRequest(withSystem, turns));
    const without = aStoredReplica(config);
    await answerOf(config, without, anAnswerRequest(without, HELLO));
    const [first, second] = platformLlm.chatRequests();
    expect(first.messages).toEqual([{ role: 'system', content: 'You are a friendly concierge.' }, ...turns]);
    expect(second.messages).toEqual(HELLO);
  });

  it('uses a replica’s own API and key instead of the platform’s, and none of the platform’s credentials', async () => {
    const replica = aStoredReplica(config, { baseUrl: ownLlm.baseUrl, apiKey: 'sk-tenant' });
    await expect(answerOf(config, replica, anAnswerRequest(replica, HELLO))).resolves.toBe('You said: Hello');
    expect(platformLlm.requests()).toHaveLength(0);
    expect(ownLlm.requests()[0].headers.authorization).toBe('Bearer sk-tenant');
  });

  it('sends no key to a replica’s own API that has none, not even one from the environment', async () => {
    const keyless = new LlmFake();
    await keyless.start();
    process.env.OPENAI_API_KEY = 'sk-from-the-environment';
    try {
      const replica = aStoredReplica(config, { baseUrl: keyless.baseUrl });
      await expect(answerOf(config, replica, anAnswerRequest(replica, HELLO))).resolves.toBe('You said: Hello');
      expect(keyless.requests()[0].headers.authorization).toBeUndefined();
    } finally {
      delete process.env.OPENAI_API_KEY;
      await keyless.stop();
    }
  });

  it.each([
    [429, 'the model API answered HTTP 429'],
    [500, 'the model API answered HTTP 500'],
  ])('rejects an HTTP %s at once, without retrying', async (status, message) => {
    platformLlm.queueReplies({ error: { status, retryAfterSeconds: 1 } });
    const replica = aStoredReplica(config);
    const failure = answerOf(config, replica, anAnswerRequest(replica, HELLO));
    await expect(failure).rejects.toThrow(AnswerError);
    await expect(failure).rejects.toMatchObject({ failure: 'http-error', message: expect.stringContaining(message) });
    expect(platformLlm.requests()).toHaveLength(1);
  });

  it('rejects a wrong key without telling the key', async () => {
    const replica = aStoredReplica(config, { baseUrl: ownLlm.baseUrl, apiKey: 'sk-wrong-key' });
    const failure = answerOf(config, replica, anAnswerRequest(replica, HELLO));
    await expect(failure).rejects.toMatchObject({ failure: 'http-error', message: 'the model API answered HTTP 401 (invalid_api_key)' });
  });

  it('rejects an empty answer', async () => {
    platformLlm.queueReplies({ text: ['', '  '] });
    const replica = aStoredReplica(config);
    await expect(answerOf(config, replica, anAnswerRequest(replica, HELLO))).rejects.toMatchObject({ failure: 'empty' });
  });

  it.each([
    ['a model that never answers', { hang: true as const }],
    ['a stream that stalls mid-answer', { text: ['Half ', 'an ', 'answer'], stallAfter: 1 }],
  ])('stops at the signal and rejects within a second: %s', async (_, reply) => {
    platformLlm.queueReplies(reply);
    const replica = aStoredReplica(config);
    const started = Date.now();
    const failure = answerOf(config, replica, anAnswerRequest(replica, HELLO, AbortSignal.timeout(300)));
    await expect(failure).rejects.toMatchObject({ failure: 'aborted' });
    expect(Date.now() - started).toBeLessThan(1_300);
  });

  it('rejects when the API cannot be reached', async () => {
    const replica = aStoredReplica(config, { baseUrl: 'http://127.0.0.1:9/v1' });
    await expect(answerOf(config, replica, anAnswerRequest(replica, HELLO))).rejects.toMatchObject({ failure: 'unreachable' });
  });

  it('finds no answerer for a replica with no API when the platform has none', () => {
    const bare = platformConfig();
    expect(new ReplicaAnswerers(bare).of(aStoredReplica(bare))).toBeNull();
    expect(new ReplicaAnswerers(bare).of(aStoredReplica(bare, { baseUrl: ownLlm.baseUrl }))).not.toBeNull();
  });
});
