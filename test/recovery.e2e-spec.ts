import { createClient } from 'graphql-ws';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { EmbeddedDatabase, JobQueue, startEmbeddedDatabase } from '@switchboard/common';
import { RunningApp, startAppProcess } from './support/app-process';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { sendMessage } from './support/messaging';
import { aPerson, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramFake, testEnvironment } from './support/test-app';
import { startTelegramWorld } from './support/telegram-world';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { broadcastRecoverySuites } from './support/broadcast-recovery';

const RESUME_AFTER_RESTART_MS = 15_000;
const SIGTERM_EXIT_MS = 10_000;
const HANDED_ON_WITHIN_MS = 7_000;

/** Reads the database the instances share, the way an operator would check what happened. */
async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const eventStatus = async (url: string, botId: string, updateId: number) =>
  (await query<{ status: string }>(url, 'SELECT status FROM webhook_events WHERE bot_id = $1 AND update_id = $2', [botId, updateId]))[0]?.status;
const messageStatus = async (url: string, id: string) =>
  (await query<{ status: string }>(url, 'SELECT status FROM outbound_messages WHERE id = $1', [id]))[0]?.status;
const callsTo = (fake: BotApiFake, chatId: number) => fake.callsTo('sendMessage').filter((call) => String(call.params.chat_id) === String(chatId));

const loads: WebhookLoad[] = [];
afterAll(() => Promise.all(loads.map((load) => load.stop())));

/** Posts updates to an instance's webhook as Telegram would, remembering which were acknowledged. */
class WebhookLoad {
  readonly acknowledged: number[] = [];
  readonly statuses = new Map<number | 'no answer', number>();
  private nextUpdateId = 50_000_000;
  private running = true;
  private readonly loops: Promise<void>[] = [];

  constructor(
    private readonly url: () => string,
    private readonly bot: BuiltBot,
    private readonly secret: string,
    private readonly chats: Person[],
  ) {}

  start(concurrency: number, answerWithinMs: number): void {
    loads.push(this);
    for (let loop = 0; loop < concurrency; loop++) this.loops.push(this.loop(loop, answerWithinMs));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  count(status: number | 'no answer'): number {
    return this.statuses.get(status) ?? 0;
  }

  private async loop(index: number, answerWithinMs: number): Promise<void> {
    while (this.running) {
      const updateId = this.nextUpdateId++;
      const person = this.chats[index % this.chats.length];
      const update = { update_id: updateId, ...messageFrom(person, `load ${updateId}`) };
      const status = await fetch(`${this.url()}/telegram/v1/webhooks/${this.bot.id}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': this.secret },
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(answerWithinMs),
      }).then(
        (response) => response.status,
        () => 'no answer' as const,
      );
      this.statuses.set(status, this.count(status) + 1);
      if (status === 200) this.acknowledged.push(updateId);
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Every acknowledged update processed exactly once: one event, PROCESSED, and one inbound conversation message. */
async function processedOnce(url: string, bot: BuiltBot, updateIds: number[]): Promise<{ processed: number; messages: number }> {
  const [row] = await query<{ processed: string; messages: string }>(
    url,
    `SELECT count(*) FILTER (WHERE event.status = 'PROCESSED') AS processed,
            (SELECT count(*) FROM conversation_messages message
             WHERE message.bot_id = $1 AND message.direction = 'INBOUND'
               AND message.text = ANY(SELECT 'load ' || id FROM unnest($2::bigint[]) AS id)) AS messages
     FROM webhook_events event WHERE event.bot_id = $1 AND event.update_id = ANY($2::bigint[])`,
    [bot.id, updateIds],
  );
  return { processed: Number(row.processed), messages: Number(row.messages) };
}

/** Collects the texts of the bot's new messages, as a GraphQL subscriber of this instance sees them. */
function subscribeToMessages(app: RunningApp, tenant: BuiltTenant, bot: BuiltBot): { texts: string[]; close(): Promise<void> } {
  const client = createClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${tenant.apiKey}` } });
  const texts: string[] = [];
  client.subscribe<{ messageReceived: { text: string } }>(
    { query: `subscription { messageReceived(botId: "${bot.id}") { text } }` },
    { next: (value) => texts.push(value.data!.messageReceived.text), error: () => undefined, complete: () => undefined },
  );
  return { texts, close: () => client.dispose() as Promise<void> };
}

/** The jobs an instance's log says it handed back at its start, by queue. */
function handBacksIn(log: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of log.split('\n').filter((text) => text.includes('left active by a stopped instance'))) {
    const entry = JSON.parse(line) as { queue: string; jobs: number };
    counts[entry.queue] = (counts[entry.queue] ?? 0) + entry.jobs;
  }
  return counts;
}

describe('recovery from crashes and shutdowns', () => {
  let fake: BotApiFake;
  let database: TestDatabase;
  let env: Record<string, string>;
  let instance: RunningApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  const others: RunningApp[] = [];

  beforeAll(async () => {
    fake = await startTelegramFake();
    database = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: database.url, TELEGRAM_API_ROOT: fake.apiRoot });
    instance = await startAppProcess(env);
    tenant = await aTenant(instance.asTestApp).build();
    bot = await aBot(instance.asTestApp, fake, tenant);
  }, 60_000);
  afterAll(async () => {
    for (const app of [instance, ...others]) app.child.kill('SIGKILL');
    await Promise.all([instance, ...others].map((app) => app.exited));
    await fake.stop();
    await database.drop();
  });

  it('resumes an update and a send in flight at a kill -9 within 15 s of a restart', async () => {
    const starter = aPerson();
    const recipient = aPerson();
    await deliver(instance.asTestApp, fake, bot, tenant.apiKey, messageFrom(recipient, 'hi'));
    const hangs = [starter, recipient].map((person) => fake.inject({ method: 'sendMessage', chatId: person.id, times: Infinity, fault: { kind: 'hang' } }));
    // `/start <payload>` is answered with a reply: the processing of this update waits on Telegram.
    const start = await fake.deliverUpdate(bot.token, messageFrom(starter, '/start no_such_link'));
    const queued = await sendMessage(instance.asTestApp, tenant.apiKey, { botId: bot.id, chatId: String(recipient.id), text: 'in flight' });
    await eventually(async () => [callsTo(fake, starter.id).length, callsTo(fake, recipient.id).length], (counts) => counts.every((count) => count > 0));

    instance.child.kill('SIGKILL');
    await instance.exited;
    for (const hang of hangs) hang.remove();
    const restartedAt = Date.now();
    // Its warnings tell what it handed back at start.
    instance = await startAppProcess({ ...env, LOG_LEVEL: 'warn' }, instance.port);
    await eventually(
      async () => [await eventStatus(database.url, bot.id, start.updateId), await messageStatus(database.url, queued.id)],
      (statuses) => statuses[0] === 'PROCESSED' && statuses[1] === 'SENT',
      RESUME_AFTER_RESTART_MS + 5_000,
    );
    const resumedMs = Date.now() - restartedAt;
    process.stdout.write(`kill -9: update and send resumed ${(resumedMs / 1000).toFixed(1)} s after the restart (target 15 s)\n`);
    expect(resumedMs).toBeLessThanOrEqual(RESUME_AFTER_RESTART_MS);
    // Alone at its start, the restarted instance handed both jobs back at once, not after their missed heartbeat.
    const handedBack = handBacksIn(instance.stdout());
    expect(handedBack).toEqual(expect.objectContaining({ 'telegram-update': 1, 'telegram-message-send': 1 }));
  }, 60_000);

  it('on SIGTERM stops taking requests, hands its work on, and exits within 10 s', async () => {
    const recipient = aPerson();
    await deliver(instance.asTestApp, fake, bot, tenant.apiKey, messageFrom(recipient, 'hi'));
    fake.inject({ method: 'sendMessage', chatId: recipient.id, times: 1, fault: { kind: 'hang' } });
    const queued = await sendMessage(instance.asTestApp, tenant.apiKey, { botId: bot.id, chatId: String(recipient.id), text: 'handed on' });
    await eventually(async () => callsTo(fake, recipient.id).length, (count) => count > 0);
    const survivor = await startAppProcess(env);
    others.push(survivor);
    const load = new WebhookLoad(() => instance.url, bot, fake.webhookOf(bot.token)!.secretToken!, [aPerson(), aPerson(), aPerson()]);
    load.start(8, 5_000);
    await eventually(async () => load.acknowledged.length, (count) => count >= 20);

    const signalledAt = Date.now();
    instance.child.kill('SIGTERM');
    await eventually(async () => fetch(`${instance.url}/health`).then(() => 'accepted', () => 'refused'), (answer) => answer === 'refused', 2_000);
    const code = await instance.exited;
    const exitedMs = Date.now() - signalledAt;
    await load.stop();
    process.stdout.write(`SIGTERM: exited with ${code} after ${(exitedMs / 1000).toFixed(1)} s (target 10 s), ${load.acknowledged.length} updates acknowledged\n`);
    expect(exitedMs).toBeLessThanOrEqual(SIGTERM_EXIT_MS);
    expect(code).toBe(0);
    expect(load.count(500)).toBe(0);
    // The survivor takes the handed-back send at once: a missed heartbeat would tell no sooner than
    // 10 s after the last beat, which the draining instance kept sending until it exited.
    await eventually(() => messageStatus(database.url, queued.id), (status) => status === 'SENT', Math.max(0, HANDED_ON_WITHIN_MS - (Date.now() - signalledAt)));
    const expected = { processed: load.acknowledged.length, messages: load.acknowledged.length };
    await eventually(() => processedOnce(database.url, bot, load.acknowledged), (seen) => seen.processed === expected.processed, 15_000);
    expect(await processedOnce(database.url, bot, load.acknowledged)).toEqual(expected);
    instance = survivor;
  }, 60_000);
});

describe('a PostgreSQL outage under webhook load', () => {
  let fake: BotApiFake;
  let postgres: EmbeddedDatabase;
  let app: RunningApp;
  let received: ReturnType<typeof subscribeToMessages> | undefined;

  beforeAll(async () => {
    fake = await startTelegramFake();
    postgres = await startEmbeddedDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'sb-outage-')), database: 'outage' });
    app = await startAppProcess(testEnvironment({ DATABASE_URL: postgres.url, TELEGRAM_API_ROOT: fake.apiRoot }));
  }, 60_000);
  afterAll(async () => {
    await received?.close();
    app.child.kill('SIGKILL');
    await app.exited;
    await fake.stop();
    await postgres.stop();
  });

  it('answers 503 while it lasts, and afterwards processes every acknowledged update exactly once, with no restart', async () => {
    const tenant = await aTenant(app.asTestApp).build();
    const bot = await aBot(app.asTestApp, fake, tenant);
    const subscriber = subscribeToMessages(app, tenant, bot);
    received = subscriber;
    const load = new WebhookLoad(() => app.url, bot, fake.webhookOf(bot.token)!.secretToken!, [aPerson(), aPerson(), aPerson(), aPerson()]);
    load.start(6, 6_000);
    await eventually(async () => load.acknowledged.length, (count) => count >= 30);

    await postgres.stop();
    await eventually(async () => load.count(503), (count) => count >= 20, 10_000);
    const health = await fetch(`${app.url}/health`, { signal: AbortSignal.timeout(6_000) });
    const report = (await health.json()) as { error?: Record<string, { status: string }> };
    expect(health.status).toBe(503);
    expect(report.error?.database?.status).toBe('down');

    await postgres.start();
    const acknowledgedBefore = load.acknowledged.length;
    await eventually(async () => load.acknowledged.length, (count) => count >= acknowledgedBefore + 20, 15_000);
    await load.stop();
    const afterOutage = load.acknowledged.slice(acknowledgedBefore).map((id) => `load ${id}`);
    process.stdout.write(`outage: ${load.acknowledged.length} updates acknowledged, answers ${JSON.stringify([...load.statuses])}\n`);
    expect([...load.statuses.keys()].sort()).toEqual([200, 503]);

    const expected = { processed: load.acknowledged.length, messages: load.acknowledged.length };
    await eventually(() => processedOnce(postgres.url, bot, load.acknowledged), (seen) => seen.processed === expected.processed, 30_000);
    expect(await processedOnce(postgres.url, bot, load.acknowledged)).toEqual(expected);
    // Subscriptions still hear of new messages: the instance listens on PostgreSQL again. Its
    // session is reconnected with a backoff of up to 5 s; what was published meanwhile waits for it.
    await eventually(async () => subscriber.texts.some((text) => afterOutage.includes(text)), Boolean, 15_000);
  }, 80_000);
});

describe('an update processed again', () => {
  it('adds its conversation message, unread count and activity once', async () => {
    const world = await startTelegramWorld();
    try {
      const dataSource = world.app.app.get(DataSource);
      const conversation = () =>
        dataSource.query(
          `SELECT message.text, identity.unread_count FROM conversation_messages message
           JOIN telegram_identities identity ON identity.id = message.identity_id
           WHERE message.bot_id = $1 AND message.direction = 'INBOUND'`,
          [world.bot.id],
        );
      await deliver(world.app, world.fake, world.bot, world.tenant.apiKey, messageFrom(aPerson(), 'only once'));
      const [event] = await dataSource.query('SELECT id::text AS id, processed_at FROM webhook_events WHERE bot_id = $1', [world.bot.id]);
      // As after a crash between the update's effects and its being marked PROCESSED: it runs again.
      const runner = dataSource.createQueryRunner();
      try {
        await runner.query(`UPDATE webhook_events SET status = 'QUEUED' WHERE id = $1`, [event.id]);
        await world.app.app.get(JobQueue).insertWithin(runner, 'telegram-update', [{ data: { eventId: event.id }, singletonKey: `again:${event.id}` }]);
      } finally {
        await runner.release();
      }
      await eventually(
        async () => (await dataSource.query('SELECT status, processed_at FROM webhook_events WHERE id = $1', [event.id]))[0],
        (row: { status: string; processed_at: Date }) => row.status === 'PROCESSED' && row.processed_at.getTime() !== event.processed_at.getTime(),
      );
      expect(await conversation()).toEqual([{ text: 'only once', unread_count: 1 }]);
    } finally {
      await world.close();
    }
  });
});

broadcastRecoverySuites();
