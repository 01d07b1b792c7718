import { BotApiFake } from '@switchboard/bot-api-fake';
import { LlmFake } from '@switchboard/llm-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { BroadcastApi } from './support/broadcasts';
import { eventEndpointsOf } from './support/event-endpoints';
import { EventReceiverFake } from './support/event-receiver-fake';
import { gql } from './support/graphql-client';
import { sendMessage, settled } from './support/messaging';
import { MetricsPage, scrape } from './support/prometheus';
import { anAnsweringReplica, sentInto } from './support/replica-chats';
import { aPerson, deliver, messageFrom, Person } from './support/telegram-people';
import { startTestApp, TestApp } from './support/test-app';

const METRICS_TOKEN = 'metrics-scrape-token-0123456789';
const LLM_KEY = 'sk-test-platform-key';
const FALLBACK = "Sorry, I can't answer right now. Please try again in a little while.";
const HOUR_MS = 3_600_000;

/** What an operator's Prometheus reads at /metrics after a little of everything: updates in, sends, 429s, a broadcast, replica answers, events out. */
describe('/metrics', () => {
  let fake: BotApiFake;
  let llm: LlmFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let broadcasts: BroadcastApi;

  beforeAll(async () => {
    // Telegram retries a refused update; twice here, so the refusals can be counted exactly.
    fake = new BotApiFake({ setWebhookCooldownMs: 0, webhookRetry: { attempts: 2, baseDelayMs: 20 } });
    await fake.start();
    llm = new LlmFake({ apiKey: LLM_KEY });
    await llm.start();
    app = await startTestApp({
      telegram: fake,
      // No webhook watch: the test sets a wrong secret at Telegram on purpose. A short retry window retries events within a second.
      env: { METRICS_TOKEN, REPLICA_LLM_BASE_URL: llm.baseUrl, REPLICA_LLM_API_KEY: LLM_KEY, WEBHOOK_WATCH_INTERVAL: '0', EVENTS_RETRY_WINDOW: '24' },
    });
    tenant = await aTenant(app).build();
    broadcasts = new BroadcastApi(app, tenant.apiKey);
  });
  afterAll(async () => {
    await app.close();
    await llm.stop();
    await fake.stop();
  });

  const read = () => scrape(app, METRICS_TOKEN);
  const people = async (bot: BuiltBot, count: number): Promise<Person[]> => {
    const written = Array.from({ length: count }, () => aPerson());
    await deliver(app, fake, bot, tenant.apiKey, ...written.map((person) => messageFrom(person, 'hi')));
    return written;
  };
  const send = async (bot: BuiltBot, person: Person) =>
    (await settled(app, tenant.apiKey, (await sendMessage(app, tenant.apiKey, { botId: bot.id, chatId: String(person.id), text: 'Hello' })).id)).status;
  /** Sets the bot's webhook at Telegram (the fake) as anyone holding its token could. */
  const setWebhookAtTelegram = async (bot: BuiltBot, secretToken: string) => {
    const { url, maxConnections, allowedUpdates } = fake.webhookOf(bot.token)!;
    const response = await fetch(`${fake.apiRoot}/bot${bot.token}/setWebhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url, secret_token: secretToken, max_connections: maxConnections, allowed_updates: allowedUpdates }),
    });
    expect(response.status).toBe(200);
  };

  it('asks for METRICS_TOKEN as a bearer token, refusing none, a wrong one and a tenant key with 401', async () => {
    const refusals = [
      await app.http().get('/metrics'),
      await app.http().get('/metrics').set('authorization', 'Bearer not-the-metrics-token-000'),
      await app.http().get('/metrics').set('authorization', `Bearer ${tenant.apiKey}`),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="metrics"');
      expect(response.body).toEqual({ detail: expect.stringContaining('metrics token'), code: 'WRONG_METRICS_TOKEN', request_id: response.headers['x-request-id'] });
      expect(response.text).not.toContain('switchboard_');
    }
    const page = await app.http().get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`);
    expect(page.status).toBe(200);
    // Prometheus' text format, not the console's index.html.
    expect(page.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const metrics = new MetricsPage(page.text);
    expect(metrics.typeOf('switchboard_updates_received_total')).toBe('counter');
    expect(metrics.typeOf('switchboard_webhook_intake_seconds')).toBe('histogram');
    expect(metrics.typeOf('switchboard_event_deliveries_total')).toBe('counter');
    // Node's process metrics are there too; the CPU counter counts only since the last scrape, so
    // it can read 0, while resident memory never does.
    expect(metrics.typeOf('process_cpu_user_seconds_total')).toBe('counter');
    expect(metrics.value('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('is left out of the OpenAPI document', async () => {
    const document = await app.http().get('/docs-json');
    expect(Object.keys(document.body.paths)).not.toContain('/metrics');
  });

  it('counts updates received, duplicated and refused, and times their intake and processing', async () => {
    const bot = await aBot(app, fake, tenant);
    const before = await read();
    const person = aPerson();
    const first = await fake.deliverUpdate(bot.token, messageFrom(person, 'hi'));
    expect(first.statuses).toEqual([200]);
    const again = await fake.deliverUpdate(bot.token, { update_id: first.updateId, ...messageFrom(person, 'hi') });
    expect(again.statuses).toEqual([200]);
    const { secretToken } = fake.webhookOf(bot.token)!;
    await setWebhookAtTelegram(bot, 'a-secret-switchboard-never-made');
    const refused = await fake.deliverUpdate(bot.token, messageFrom(person, 'anyone there?'));
    expect(refused).toMatchObject({ delivered: false, statuses: [401, 401] });
    // The right secret again: Telegram delivers what it kept.
    await setWebhookAtTelegram(bot, secretToken!);
    const after = await eventually(read, (page) => page.value('switchboard_updates_received_total', { bot_id: bot.id }) === 2);
    expect(after.value('switchboard_updates_duplicated_total', { bot_id: bot.id })).toBe(1);
    const rejected = (page: MetricsPage) => page.value('switchboard_webhook_rejected_total', { reason: 'WRONG_WEBHOOK_SECRET' });
    expect(rejected(after) - rejected(before)).toBe(2);
    const intake = (page: MetricsPage, part: 'count' | 'sum') => page.value(`switchboard_webhook_intake_seconds_${part}`);
    expect(intake(after, 'count') - intake(before, 'count')).toBe(3);
    expect(intake(after, 'sum')).toBeGreaterThan(intake(before, 'sum'));
    const processed = await eventually(read, (page) => page.value('switchboard_update_processing_lag_seconds_count') - before.value('switchboard_update_processing_lag_seconds_count') >= 2);
    expect(processed.value('switchboard_update_processing_lag_seconds_sum')).toBeGreaterThan(before.value('switchboard_update_processing_lag_seconds_sum'));
  });

  it('counts sends by status and bot, and 429s with their retry_after', async () => {
    const bot = await aBot(app, fake, tenant);
    const [reached, limited, blocker] = await people(bot, 3);
    fake.blockChat(bot.token, blocker.id);
    fake.inject({ token: bot.token, method: 'sendMessage', chatId: limited.id, fault: { kind: 'rate-limit', retryAfter: 1 } });
    const before = await read();
    expect([await send(bot, reached), await send(bot, limited), await send(bot, blocker)]).toEqual(['SENT', 'SENT', 'FAILED']);
    const after = await read();
    expect(after.value('switchboard_sends_total', { bot_id: bot.id, status: 'sent' })).toBe(2);
    expect(after.value('switchboard_sends_total', { bot_id: bot.id, status: 'failed' })).toBe(1);
    expect(after.value('switchboard_telegram_rate_limited_total', { bot_id: bot.id })).toBe(1);
    const retryAfter = (page: MetricsPage, part: 'count' | 'sum') => page.value(`switchboard_telegram_retry_after_seconds_${part}`);
    expect(retryAfter(after, 'count') - retryAfter(before, 'count')).toBe(1);
    expect(retryAfter(after, 'sum') - retryAfter(before, 'sum')).toBe(1);
  });

  it('counts a broadcast’s deliveries and shows it running while it runs; queue depth comes from the job queue', async () => {
    const bot = await aBot(app, fake, tenant);
    const audience = await people(bot, 2);
    const contactIds = await broadcasts.contactIdsOf(bot, audience);
    // A 429 holds the broadcast's first send back two seconds: long enough to see it running.
    fake.inject({ token: bot.token, method: 'sendMessage', chatId: audience[0].id, fault: { kind: 'rate-limit', retryAfter: 2 } });
    const before = await read();
    const broadcast = await broadcasts.create({ botId: bot.id, name: 'News', text: 'Hello everyone', audience: { contactIds } });
    await broadcasts.launch(broadcast.id);
    await eventually(read, (page) => page.value('switchboard_broadcasts_running') === 1);
    expect((await broadcasts.until(broadcast.id, (current) => current.state === 'COMPLETED')).stats).toMatchObject({ sent: 2, failed: 0 });
    const after = await eventually(read, (page) => page.value('switchboard_broadcasts_running') === 0);
    const sent = (page: MetricsPage) => page.value('switchboard_broadcast_deliveries_total', { outcome: 'sent' });
    expect(sent(after) - sent(before)).toBe(2);
    expect(after.value('switchboard_sends_total', { bot_id: bot.id, status: 'sent' })).toBe(2);
    expect(after.value('switchboard_telegram_rate_limited_total', { bot_id: bot.id })).toBe(1);

    // A broadcast launched for later waits as a deferred job of broadcast-wake.
    const wakes = (page: MetricsPage) => page.value('switchboard_queue_jobs', { queue: 'broadcast-wake', state: 'deferred' });
    const later = await broadcasts.create({ botId: bot.id, name: 'Later', text: 'Tomorrow', audience: { contactIds } });
    await broadcasts.launch(later.id, new Date(Date.now() + HOUR_MS));
    const queued = await eventually(read, (page) => wakes(page) === wakes(after) + 1);
    expect(queued.series('switchboard_queue_jobs').map((sample) => sample.labels.queue)).toEqual(expect.arrayContaining(['telegram-update', 'broadcast-run', 'replica-answer']));
    expect(queued.value('switchboard_broadcasts_running')).toBe(0);
    await broadcasts.change('cancel', later.id);
  });

  it('times replica answers and counts the fallbacks', async () => {
    const replica = await anAnsweringReplica(app, fake, tenant);
    const [answered, failed] = [aPerson(), aPerson()];
    const before = await read();
    llm.replyWith(() => 'Breakfast is from seven.');
    await fake.deliverUpdate(replica.bot.token, messageFrom(answered, 'When is breakfast?'));
    expect((await sentInto(fake, replica.bot, answered.id))[0].params.text).toBe('Breakfast is from seven.');
    llm.replyWith(() => ({ error: { status: 500 } }));
    await fake.deliverUpdate(replica.bot.token, messageFrom(failed, 'Is there a pool?'));
    expect((await sentInto(fake, replica.bot, failed.id))[0].params.text).toBe(FALLBACK);
    const after = await eventually(read, (page) => page.value('switchboard_sends_total', { bot_id: replica.bot.id, status: 'sent' }) === 2);
    const answers = (page: MetricsPage, outcome: string) => page.value('switchboard_replica_answer_seconds_count', { outcome });
    expect(answers(after, 'answered') - answers(before, 'answered')).toBe(1);
    expect(answers(after, 'fallback') - answers(before, 'fallback')).toBe(1);
    const fallbacks = (page: MetricsPage) => page.value('switchboard_replica_fallbacks_total', { reason: 'http-error' });
    expect(fallbacks(after) - fallbacks(before)).toBe(1);
  });

  it('counts attempts to deliver events by outcome: one failed, then its retry delivered', async () => {
    const owner = await aTenant(app).build();
    const receiver = new EventReceiverFake();
    await receiver.start();
    try {
      await eventEndpointsOf(app, owner.apiKey).create(receiver, ['contact.created']);
      let failures = 1;
      receiver.replyWith(() => (failures-- > 0 ? { status: 500, body: 'not now' } : { status: 200 }));
      const attempts = (page: MetricsPage, outcome: string) => page.value('switchboard_event_deliveries_total', { outcome });
      const before = await read();
      await gql(app, 'mutation { upsertContact(input: { externalCustomerId: "counted" }) { id } }', {}, owner.apiKey);
      const after = await eventually(read, (page) => attempts(page, 'delivered') > attempts(before, 'delivered'), 15_000);
      expect(receiver.deliveries().map((delivery) => delivery.answered)).toEqual([500, 200]);
      expect(attempts(after, 'failed') - attempts(before, 'failed')).toBe(1);
      expect(attempts(after, 'delivered') - attempts(before, 'delivered')).toBe(1);
      expect(attempts(after, 'refused')).toBe(0);
    } finally {
      await receiver.stop();
    }
  });
});
