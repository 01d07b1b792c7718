import { Webhook } from 'standardwebhooks';
import { LlmFake } from '@switchboard/llm-fake';
import { aStoredReplica, anAnswerRequest, answerOf, platformConfig } from './support/answer-requests';
import { aWebhookSecret } from './support/replicas';
import { TenantEndpointFake } from './support/tenant-endpoint-fake';

const TURNS = [
  { role: 'user' as const, content: 'Is breakfast included?' },
  { role: 'assistant' as const, content: 'Yes.' },
  { role: 'user' as const, content: 'And on Sundays?' },
];

/** Replicas answering from their tenant's endpoint: signed with Standard Webhooks, answered with `{ reply }`. */
describe('tenant endpoint answerer', () => {
  const endpoint = new TenantEndpointFake(aWebhookSecret());
  const llm = new LlmFake();
  let config: ReturnType<typeof platformConfig>;
  const replicaAt = (secret = endpoint.secret) => aStoredReplica(config, { systemMessage: 'Be brief.', endpoint: { url: endpoint.url, secret } });

  beforeAll(async () => {
    await Promise.all([endpoint.start(), llm.start()]);
    config = platformConfig({ baseUrl: llm.baseUrl });
  });
  afterAll(() => Promise.all([endpoint.stop(), llm.stop()]));

  it('posts the conversation, signed, and answers the reply; the endpoint wins over any model', async () => {
    const replica = replicaAt();
    const request = anAnswerRequest(replica, TURNS);
    await expect(answerOf(config, replica, request)).resolves.toBe('Endpoint heard: And on Sundays?');
    const received = endpoint.requests().at(-1)!;
    expect(received.verified).toBe(true);
    expect(received.body).toEqual({
      requestId: request.requestId,
      replica: { uuid: replica.id, name: 'Concierge', slug: 'concierge' },
      chat: { botId: '42', chatId: '1001', chatType: 'private' },
      messages: TURNS,
    });
    expect(received.headers).toMatchObject({ 'webhook-id': request.requestId, 'content-type': 'application/json' });
    expect(Math.abs(Number(received.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(5);
    expect(() => new Webhook(endpoint.secret).verify(received.raw, received.headers)).not.toThrow();
    expect(llm.requests()).toHaveLength(0);
  });

  it('is never called on a private address unless the operator allows it (REPLICA_ALLOW_PRIVATE_ADDRESSES)', async () => {
    const guarded = platformConfig({ baseUrl: llm.baseUrl }, false);
    const replica = aStoredReplica(guarded, { endpoint: { url: endpoint.url, secret: endpoint.secret } });
    const before = endpoint.requests().length;
    await expect(answerOf(guarded, replica, anAnswerRequest(replica, TURNS))).rejects.toMatchObject({ failure: 'unreachable' });
    const ownModel = aStoredReplica(guarded, { baseUrl: llm.baseUrl });
    await expect(answerOf(guarded, ownModel, anAnswerRequest(ownModel, TURNS))).rejects.toMatchObject({ failure: 'unreachable' });
    expect(endpoint.requests()).toHaveLength(before);
    expect(llm.requests()).toHaveLength(0);
    // The platform's own model API is the operator's, wherever it is.
    const platformModel = aStoredReplica(guarded, {});
    await expect(answerOf(guarded, platformModel, anAnswerRequest(platformModel, TURNS))).resolves.toBe('You said: And on Sundays?');
    llm.clearRequests();
  });

  it('is refused with 401 when signed with another secret, and rejects', async () => {
    const replica = replicaAt(aWebhookSecret());
    await expect(answerOf(config, replica, anAnswerRequest(replica, TURNS))).rejects.toMatchObject({
      failure: 'http-error',
      message: 'the tenant endpoint answered HTTP 401',
    });
    expect(endpoint.requests().at(-1)!.verified).toBe(false);
  });

  it.each([
    ['a body that is not JSON', { body: 'Sure!' }, 'malformed'],
    ['JSON without a reply', { body: { answer: 'Sure!' } }, 'malformed'],
    ['a reply that is no string', { body: { reply: 42 } }, 'malformed'],
    ['an empty reply', { body: { reply: '  ' } }, 'empty'],
    ['an error status', { status: 503, body: { reply: 'busy' } }, 'http-error'],
    ['a body past 64 KiB', { body: { reply: 'x'.repeat(70_000) } }, 'malformed'],
  ])('rejects %s', async (_, reply, failure) => {
    endpoint.replyWith(() => reply);
    const replica = replicaAt();
    await expect(answerOf(config, replica, anAnswerRequest(replica, TURNS))).rejects.toMatchObject({ failure });
  });

  it('stops at the signal and rejects within a second when the endpoint never answers', async () => {
    endpoint.replyWith(() => ({ hang: true }));
    const replica = replicaAt();
    const started = Date.now();
    await expect(answerOf(config, replica, anAnswerRequest(replica, TURNS, AbortSignal.timeout(300)))).rejects.toMatchObject({ failure: 'aborted' });
    expect(Date.now() - started).toBeLessThan(1_300);
  });
});
