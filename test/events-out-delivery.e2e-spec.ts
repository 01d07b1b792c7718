import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltTenant, eventually } from './support/builders';
import { eventEndpointsOf, ENDPOINTS } from './support/event-endpoints';
import { EventReceiverFake, ReceivedEvent } from './support/event-receiver-fake';
import { gql } from './support/graphql-client';
import { aPerson, deliver, messageFrom } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

/** Seconds a delivery is retried (every second or so, at this window) and an endpoint may fail before it is disabled. */
const RETRY_WINDOW_SECONDS = 6;

/** How deliveries go: retried after failures, in order per contact, logged, replayable, re-signed after a rotation, given up and disabled. */
describe('events out: delivery', () => {
  let fake: BotApiFake;
  let app: TestApp;
  const receivers: EventReceiverFake[] = [];

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake, env: { EVENTS_RETRY_WINDOW: String(RETRY_WINDOW_SECONDS) } });
  });
  afterAll(async () => {
    await app.close();
    for (const receiver of receivers) await receiver.stop();
    await fake.stop();
  });

  /** A tenant of its own with an endpoint posting to a receiver of its own, so no test's failures disable another's endpoint. */
  async function aSubscriber(eventTypes = ['contact.created']) {
    const tenant = await aTenant(app).withAdmin().build();
    const receiver = new EventReceiverFake();
    await receiver.start();
    receivers.push(receiver);
    const endpoints = eventEndpointsOf(app, tenant.apiKey);
    const endpoint = await endpoints.create(receiver, eventTypes);
    return { tenant, receiver, endpoints, endpoint };
  }

  /** A backend creates a contact: contact.created for the tenant's endpoint. */
  async function aContactOf(tenant: BuiltTenant, externalCustomerId: string): Promise<string> {
    const result = await gql<{ upsertContact: { id: string } }>(app, 'mutation($input: ContactFieldsInput!) { upsertContact(input: $input) { id } }', { input: { externalCustomerId } }, tenant.apiKey);
    return result.data!.upsertContact.id;
  }

  const createdFor = (contactId: string) => (event: ReceivedEvent) => event.type === 'contact.created' && event.data.id === contactId;

  it('retries a delivery the receiver answered 500, with the same webhook-id and body, and logs each attempt', async () => {
    const { tenant, receiver, endpoints, endpoint } = await aSubscriber();
    let failures = 1;
    receiver.replyWith(() => (failures-- > 0 ? { status: 500, body: 'database down' } : { status: 200, body: 'x'.repeat(100_000) }));
    const contactId = await aContactOf(tenant, 'retried');
    const [delivery] = await eventually(() => endpoints.deliveries(endpoint.id), (items) => items[0]?.status === 'DELIVERED');
    const posts = receiver.deliveries();
    expect(posts.map((post) => post.answered)).toEqual([500, 200]);
    expect(new Set(posts.map((post) => post.headers['webhook-id']))).toEqual(new Set([delivery.event_id]));
    expect(posts[1].raw).toBe(posts[0].raw);
    expect(posts[0].event).toEqual(delivery.payload);
    expect(delivery).toMatchObject({ event_type: 'contact.created', attempt_count: 2, last_status_code: 200, last_error: null, payload: { data: { id: contactId } } });
    const attempts = await endpoints.attempts(endpoint.id, delivery.id);
    expect(attempts).toEqual([
      { id: expect.any(String), delivery_id: delivery.id, attempted_at: expect.any(String), succeeded: true, status_code: 200, error: null, response_excerpt: 'x'.repeat(1_000), duration_ms: expect.any(Number) },
      { id: expect.any(String), delivery_id: delivery.id, attempted_at: expect.any(String), succeeded: false, status_code: 500, error: 'answered 500', response_excerpt: 'database down', duration_ms: expect.any(Number) },
    ]);
    expect(await endpoints.get(endpoint.id)).toMatchObject({ enabled: true, failing_since: null });
  });

  it('delivers one contact’s events in the order they happened, holding later ones while an earlier one is retried', async () => {
    const { tenant, receiver } = await aSubscriber(['message.received']);
    const bot = await aBot(app, fake, tenant);
    const [person, other] = [aPerson(), aPerson()];
    let firstRefusals = 2;
    receiver.replyWith((event) => (event.data.text === 'first' && firstRefusals-- > 0 ? { status: 503 } : { status: 200 }));
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'first'));
    await receiver.eventMatching((event) => event.data.text === 'first');
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'second'), messageFrom(other, 'meanwhile'), messageFrom(person, 'third'));
    await eventually(async () => receiver.events('message.received').filter((event) => event.data.chat_id === String(person.id) && event.data.text === 'third'), (found) => found.length === 1);
    const ofPerson = receiver.deliveries().filter((post) => post.event?.data.chat_id === String(person.id));
    expect(ofPerson.map((post) => [post.event!.data.text, post.answered])).toEqual([
      ['first', 503],
      ['first', 503],
      ['first', 200],
      ['second', 200],
      ['third', 200],
    ]);
    // Another contact's event was not held back behind the retries.
    const meanwhile = receiver.deliveries().find((post) => post.event?.data.text === 'meanwhile')!;
    expect(meanwhile.at).toBeLessThan(ofPerson[2].at);
  });

  it('replays a delivery on request: the same event again, retried afresh', async () => {
    const { tenant, receiver, endpoints, endpoint } = await aSubscriber();
    const contactId = await aContactOf(tenant, 'replayed');
    const [delivery] = await eventually(() => endpoints.deliveries(endpoint.id), (items) => items[0]?.status === 'DELIVERED');
    const replay = await endpoints.rest.post(`${ENDPOINTS}/${endpoint.id}/deliveries/${delivery.id}/replay`);
    expect(replay.status).toBe(202);
    expect(replay.body).toMatchObject({ id: delivery.id, status: 'PENDING' });
    await eventually(async () => receiver.events().filter(createdFor(contactId)), (events) => events.length === 2);
    const ids = receiver.deliveries().map((post) => post.headers['webhook-id']);
    expect(ids).toEqual([delivery.event_id, delivery.event_id]);
    expect(await eventually(() => endpoints.deliveries(endpoint.id), (items) => items[0]?.status === 'DELIVERED')).toMatchObject([{ id: delivery.id, attempt_count: 2 }]);
  });

  it('signs with the new and the old secret for a day after a rotation; the new secret is shown once', async () => {
    const { tenant, receiver, endpoints, endpoint } = await aSubscriber();
    const rotated = await endpoints.rest.post(`${ENDPOINTS}/${endpoint.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    expect(Date.parse(rotated.body.previous_secret_expires_at) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    expect((await endpoints.rest.get(`${ENDPOINTS}/${endpoint.id}`)).body).not.toHaveProperty('secret');
    for (const secret of [endpoint.secret, rotated.body.secret]) {
      receiver.verifyWith(secret);
      const contactId = await aContactOf(tenant, `rotated-${secret.slice(6, 12)}`);
      await receiver.eventMatching(createdFor(contactId));
    }
    expect(receiver.deliveries().every((post) => post.verified && post.headers['webhook-signature'].split(' ').length === 2)).toBe(true);
  });

  it('follows no redirect: a 3xx is a failed attempt', async () => {
    const { tenant, receiver, endpoints, endpoint } = await aSubscriber();
    receiver.replyWith(() => ({ status: 302, headers: { location: `${receiver.url}/moved` } }));
    await aContactOf(tenant, 'redirected');
    const [delivery] = await eventually(() => endpoints.deliveries(endpoint.id), (items) => items[0]?.attempt_count >= 1);
    expect(delivery).toMatchObject({ last_status_code: 302, last_error: expect.stringMatching(/^answered 302, a redirect to .*\/moved: redirects are not followed$/) });
    expect(receiver.deliveries().every((post) => !post.raw || post.answered === 302)).toBe(true);
  });

  it('gives a delivery up after the retry window, and disables an endpoint that failed for all of it, saying why', async () => {
    const { tenant, receiver, endpoints, endpoint } = await aSubscriber();
    receiver.replyWith(() => ({ status: 500, body: 'still down' }));
    await aContactOf(tenant, 'never-delivered');
    const disabled = await eventually(() => endpoints.get(endpoint.id), (view) => !view.enabled, (RETRY_WINDOW_SECONDS + 10) * 1_000);
    expect(disabled.disabled_reason).toMatch(new RegExp(`^Every delivery failed for ${RETRY_WINDOW_SECONDS} seconds \\(since .*\\); the last one: answered 500$`));
    const [delivery] = await endpoints.deliveries(endpoint.id);
    expect(delivery).toMatchObject({ status: 'FAILED', last_status_code: 500 });
    expect(delivery.attempt_count).toBeGreaterThanOrEqual(3);
    const attempts = receiver.deliveries().length;

    // Disabled, it is sent nothing; the tenant sees why over GraphQL too, and enables it again.
    await aContactOf(tenant, 'while-disabled');
    const viewed = await gql<{ eventEndpoint: { enabled: boolean; disabledReason: string } }>(app, 'query($id: ID!) { eventEndpoint(id: $id) { enabled disabledReason } }', { id: endpoint.id }, tenant.apiKey);
    expect(viewed.data!.eventEndpoint).toEqual({ enabled: false, disabledReason: disabled.disabled_reason });
    expect((await endpoints.rest.post(`${ENDPOINTS}/${endpoint.id}/deliveries/${delivery.id}/replay`)).body).toMatchObject({ code: 'ENDPOINT_DISABLED' });
    receiver.replyWith(() => ({ status: 200 }));
    const enabled = await endpoints.rest.patch(`${ENDPOINTS}/${endpoint.id}`, { enabled: true });
    expect(enabled.body).toMatchObject({ enabled: true, disabled_reason: null, failing_since: null });
    expect(receiver.deliveries()).toHaveLength(attempts);
    const contactId = await aContactOf(tenant, 'after-enabling');
    await receiver.eventMatching(createdFor(contactId));
  }, 40_000);

  it('sends a tenant only its own events', async () => {
    const [a, b] = [await aSubscriber(['message.received', 'contact.created']), await aSubscriber(['message.received', 'contact.created'])];
    const [botA, botB] = [await aBot(app, fake, a.tenant), await aBot(app, fake, b.tenant)];
    await deliver(app, fake, botA, a.tenant.apiKey, messageFrom(aPerson(), 'to A'));
    await deliver(app, fake, botB, b.tenant.apiKey, messageFrom(aPerson(), 'to B'));
    await a.receiver.eventMatching((event) => event.data.text === 'to A');
    await b.receiver.eventMatching((event) => event.data.text === 'to B');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const [side, bot, text] of [[a, botA, 'to A'], [b, botB, 'to B']] as const) {
      expect(side.receiver.events().map((event) => [event.type, event.data.bot_id])).toEqual([
        ['contact.created', bot.id],
        ['message.received', bot.id],
      ]);
      expect(side.receiver.events('message.received').map((event) => event.data.text)).toEqual([text]);
      const logged = await side.endpoints.deliveries(side.endpoint.id);
      expect(logged.map((delivery) => delivery.payload.data.bot_id)).toEqual([bot.id, bot.id]);
    }
    // Another tenant's endpoint and its deliveries answer as missing ones.
    const [ofA] = await a.endpoints.deliveries(a.endpoint.id);
    expect((await b.endpoints.rest.get(`${ENDPOINTS}/${a.endpoint.id}/deliveries`)).status).toBe(404);
    expect((await b.endpoints.rest.post(`${ENDPOINTS}/${b.endpoint.id}/deliveries/${ofA.id}/replay`)).status).toBe(404);
  });
});
