import { DataSource } from 'typeorm';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { BroadcastApi, peopleWhoStarted, sendCount, sendsByChat } from './support/broadcasts';
import { Person } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

/** Long enough for a send the pause missed to show: the bot sends two a second. */
const QUIET_MS = 3_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Broadcasts that stop part-way: paused and resumed, cancelled, or at the bot's daily limit until the next UTC day. */
describe('broadcasts paused, cancelled and held for the day', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let api: BroadcastApi;

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).build();
    api = new BroadcastApi(app, tenant.apiKey);
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  const botWithPeople = async (count: number, settings: Record<string, unknown>): Promise<{ bot: BuiltBot; people: Person[] }> => {
    const bot = await aBot(app, fake, tenant);
    await api.updateBot(bot.id, settings);
    return { bot, people: await peopleWhoStarted(app, fake, bot, tenant.apiKey, count) };
  };
  const everyoneOnce = (bot: BuiltBot, people: Person[]) => expect(sendsByChat(fake, bot)).toEqual(new Map(people.map((person) => [String(person.id), 1])));
  /** Sends stop: none for QUIET_MS after the last one; answers how many went. */
  const quietAfterwards = async (bot: BuiltBot): Promise<number> => {
    await sleep(1_000);
    const before = sendCount(fake, bot);
    await sleep(QUIET_MS);
    expect(sendCount(fake, bot)).toBe(before);
    return before;
  };

  it('sends nothing while paused, and after resuming sends to everyone exactly once', async () => {
    const { bot, people } = await botWithPeople(10, { sendRate: '2/s' });
    const broadcast = await api.create({ botId: bot.id, name: 'Paused', text: 'slow news', audience: { allContacts: true } });
    await api.launch(broadcast.id);
    await eventually(async () => sendCount(fake, bot), (count) => count >= 2, 10_000);
    expect((await api.change('pause', broadcast.id)).state).toBe('PAUSED');

    const sentBeforePause = await quietAfterwards(bot);
    expect(sentBeforePause).toBeLessThan(10);
    const paused = (await api.find(broadcast.id))!;
    expect(paused).toMatchObject({ state: 'PAUSED', stats: { sent: sentBeforePause, queued: 10 - sentBeforePause } });
    expect(await api.deliveries(broadcast.id, 'HELD')).toHaveLength(10 - sentBeforePause);
    expect(await api.deliveries(broadcast.id, 'PENDING')).toEqual([]);
    expect(await api.deliveries(broadcast.id, 'SENT')).toHaveLength(sentBeforePause);

    expect((await api.change('resume', broadcast.id)).state).toBe('RUNNING');
    const done = await api.until(broadcast.id, (b) => b.state === 'COMPLETED', 20_000);
    expect(done.stats).toMatchObject({ audience: 10, sent: 10, queued: 0, cancelled: 0 });
    everyoneOnce(bot, people);
  }, 45_000);

  it('cancelled mid-way, sends no more and counts the rest cancelled', async () => {
    const { bot } = await botWithPeople(10, { sendRate: '2/s' });
    const broadcast = await api.create({ botId: bot.id, name: 'Cancelled', text: 'never mind', audience: { allContacts: true } });
    await api.launch(broadcast.id);
    await eventually(async () => sendCount(fake, bot), (count) => count >= 2, 10_000);
    expect((await api.change('cancel', broadcast.id)).state).toBe('CANCELLED');

    const sent = await quietAfterwards(bot);
    expect(sent).toBeLessThan(10);
    const cancelled = (await api.find(broadcast.id))!;
    expect(cancelled).toMatchObject({ state: 'CANCELLED', stats: { audience: 10, sent, cancelled: 10 - sent, queued: 0 } });
    expect(await api.deliveries(broadcast.id, 'CANCELLED')).toHaveLength(10 - sent);
    expect(new Set(fake.callsTo('sendMessage', bot.token).map((call) => call.params.chat_id)).size).toBe(sent);
  }, 30_000);

  it('pauses at the daily limit, holds the rest, and goes on by itself the next UTC day', async () => {
    const { bot, people } = await botWithPeople(5, { dailyLimit: 3 });
    const broadcast = await api.create({ botId: bot.id, name: 'Daily', text: 'a few a day', audience: { allContacts: true } });
    await api.launch(broadcast.id);
    const paused = await api.until(broadcast.id, (b) => b.state === 'PAUSED_DAILY_LIMIT', 10_000);
    expect(await quietAfterwards(bot)).toBe(3);
    expect((await api.find(broadcast.id))!.stats).toMatchObject({ sent: 3, queued: 2 });
    expect(paused.finishedAt).toBeNull();
    expect(await api.deliveries(broadcast.id, 'HELD')).toHaveLength(2);

    // The next UTC day, honestly: today's count becomes yesterday's, and the wake-up planned for midnight is due.
    const database = app.app.get(DataSource);
    await database.query('UPDATE bot_daily_sends SET day = day - 1 WHERE bot_id = $1', [bot.id]);
    const [, woken] = await database.query(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'broadcast-wake' AND state = 'created' AND data->>'broadcastId' = $1`,
      [broadcast.id],
    );
    expect(woken).toBe(1);
    const done = await api.until(broadcast.id, (b) => b.state === 'COMPLETED', 15_000);
    expect(done.stats).toMatchObject({ audience: 5, sent: 5, queued: 0 });
    everyoneOnce(bot, people);
  }, 45_000);
});
