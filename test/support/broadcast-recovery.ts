import { BotApiFake } from '@switchboard/bot-api-fake';
import { RunningApp, startAppProcess } from './app-process';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './builders';
import { BroadcastApi, peopleWhoStarted, sendCount, sendsByChat } from './broadcasts';
import { Person } from './telegram-people';
import { tapTelegram, TelegramTap } from './telegram-tap';
import { startTelegramFake, startTestApp, testEnvironment } from './test-app';
import { createTestDatabase, TestDatabase } from './test-database';

/** Each recipient's sends beyond the first, and anyone sent to who was not a recipient. */
function tally(fake: BotApiFake, bot: BuiltBot, people: Person[]): { missed: number; duplicates: number; strangers: number } {
  const counts = sendsByChat(fake, bot);
  const chats = new Set(people.map((person) => String(person.id)));
  return {
    missed: people.filter((person) => !counts.has(String(person.id))).length,
    duplicates: [...counts.values()].reduce((sum, count) => sum + count - 1, 0),
    strangers: [...counts.keys()].filter((chat) => !chats.has(chat)).length,
  };
}

/**
 * Broadcasts across restarts, kills and a second instance: run from the recovery suite, one after
 * its own kills, as app processes competing for two cores would miss each other's time bounds.
 */
// eslint-disable-next-line jest/no-export -- a set of suites the recovery suite runs after its own, in the same worker
export function broadcastRecoverySuites(): void {
  describe('a scheduled broadcast across a restart', () => {
    let fake: BotApiFake;
    let database: TestDatabase;

    beforeAll(async () => {
      fake = await startTelegramFake();
      database = await createTestDatabase();
    });
    afterAll(async () => {
      await fake.stop();
      await database.drop();
    });

    it('starts and completes by itself on the app started after the one that scheduled it stopped', async () => {
      const first = await startTestApp({ database, telegram: fake });
      const tenant = await aTenant(first).build();
      const bot = await aBot(first, fake, tenant);
      const people = await peopleWhoStarted(first, fake, bot, tenant.apiKey, 3);
      const broadcast = await new BroadcastApi(first, tenant.apiKey).create({ botId: bot.id, name: 'Later', text: 'good morning', audience: { allContacts: true } });
      const at = new Date(Date.now() + 4_000);
      expect(await new BroadcastApi(first, tenant.apiKey).launch(broadcast.id, at)).toMatchObject({ state: 'SCHEDULED', scheduledAt: at.toISOString() });
      await first.close();
      expect(Date.now()).toBeLessThan(at.getTime());
      expect(sendCount(fake, bot)).toBe(0);

      const second = await startTestApp({ database, telegram: fake });
      try {
        const done = await new BroadcastApi(second, tenant.apiKey).until(broadcast.id, (b) => b.state === 'COMPLETED', 20_000);
        expect(done.stats).toMatchObject({ audience: 3, sent: 3, queued: 0 });
        expect(sendsByChat(fake, bot)).toEqual(new Map(people.map((person) => [String(person.id), 1])));
        expect(Math.min(...fake.callsTo('sendMessage', bot.token).map((call) => call.at))).toBeGreaterThanOrEqual(at.getTime() - 1_000);
      } finally {
        await second.close();
      }
    }, 60_000);
  });

  describe('a broadcast on app processes that die and share a database', () => {
    let fake: BotApiFake;
    let database: TestDatabase;
    let env: Record<string, string>;
    const taps: TelegramTap[] = [];
    const instances: RunningApp[] = [];
    let tenant: BuiltTenant;

    /** An instance of its own, sending through its own tap; on `port` to take a killed one's place. */
    const spawnInstance = async (port?: number): Promise<{ instance: RunningApp; tap: TelegramTap }> => {
      const tap = await tapTelegram(fake.apiRoot);
      taps.push(tap);
      const instance = await startAppProcess({ ...env, TELEGRAM_API_ROOT: tap.apiRoot }, port);
      instances.push(instance);
      return { instance, tap };
    };

    beforeAll(async () => {
      fake = await startTelegramFake();
      database = await createTestDatabase();
      env = testEnvironment({ DATABASE_URL: database.url });
    });
    afterAll(async () => {
      for (const instance of instances) instance.child.kill('SIGKILL');
      await Promise.all(instances.map((instance) => instance.exited));
      await Promise.all(taps.map((tap) => tap.close()));
      await fake.stop();
      await database.drop();
    });

    it('killed mid-way and restarted, finishes with no one lost and none sent twice but those in flight at the kill', async () => {
      const { instance: killed } = await spawnInstance();
      const app = killed.asTestApp;
      tenant = await aTenant(app).build();
      const bot = await aBot(app, fake, tenant);
      const api = new BroadcastApi(app, tenant.apiKey);
      await api.updateBot(bot.id, { sendRate: '50/s' });
      const people = await peopleWhoStarted(app, fake, bot, tenant.apiKey, 300);
      const broadcast = await api.create({ botId: bot.id, name: 'Survivor', text: 'still coming', audience: { allContacts: true } });
      await api.launch(broadcast.id);
      await eventually(async () => sendCount(fake, bot), (count) => count >= 100, 15_000);

      killed.child.kill('SIGKILL');
      await killed.exited;
      const sentAtKill = sendCount(fake, bot);
      const { instance: restarted } = await spawnInstance(killed.port);
      const done = await new BroadcastApi(restarted.asTestApp, tenant.apiKey).until(broadcast.id, (b) => b.state === 'COMPLETED', 40_000);
      const outcome = tally(fake, bot, people);
      process.stdout.write(
        `broadcast kill -9 at ${sentAtKill}/300 sent: ${outcome.duplicates} sent twice, ${done.stats.inFlightAtCrash} reported in flight at the crash\n`,
      );
      expect(sentAtKill).toBeLessThan(300);
      expect(done.stats).toMatchObject({ audience: 300, sent: 300, failed: 0, queued: 0, cancelled: 0 });
      expect(outcome).toEqual({ missed: 0, duplicates: expect.any(Number), strangers: 0 });
      expect(outcome.duplicates).toBeLessThanOrEqual(done.stats.inFlightAtCrash);
    }, 150_000);

    it('shared by two instances: both send, and every recipient gets exactly one message', async () => {
      const [a, b] = [instances.at(-1)!, (await spawnInstance()).instance];
      const [tapA, tapB] = taps.slice(-2);
      const bot = await aBot(a.asTestApp, fake, tenant);
      await new BroadcastApi(a.asTestApp, tenant.apiKey).updateBot(bot.id, { sendRate: '40/s' });
      const people = await peopleWhoStarted(a.asTestApp, fake, bot, tenant.apiKey, 200);
      const [sentByA, sentByB] = [tapA.sends(), tapB.sends()];
      const api = new BroadcastApi(b.asTestApp, tenant.apiKey);
      const broadcast = await api.create({ botId: bot.id, name: 'Shared', text: 'from either', audience: { allContacts: true } });
      await api.launch(broadcast.id);
      const done = await new BroadcastApi(a.asTestApp, tenant.apiKey).until(broadcast.id, (x) => x.state === 'COMPLETED', 30_000);
      const byInstance = { a: tapA.sends() - sentByA, b: tapB.sends() - sentByB };
      process.stdout.write(`two instances: ${byInstance.a} sends through one, ${byInstance.b} through the other\n`);
      expect(done.stats).toMatchObject({ audience: 200, sent: 200, failed: 0, queued: 0, inFlightAtCrash: 0 });
      expect(tally(fake, bot, people)).toEqual({ missed: 0, duplicates: 0, strangers: 0 });
      expect(byInstance.a + byInstance.b).toBe(200);
      expect(byInstance.a).toBeGreaterThan(0);
      expect(byInstance.b).toBeGreaterThan(0);
    }, 60_000);
  });
}
