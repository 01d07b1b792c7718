import { textMessageUpdate } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { refuseRows } from './support/database-refusal';
import { startTelegramWorld, TelegramWorld } from './support/telegram-world';

interface EventItem {
  bot_app_id: string;
  update_id: number;
  chat_id: number | null;
  status: string;
  attempts: number;
  error: string | null;
  payload: { message?: { text?: string } };
}

const VALID_PER_BOT = 15;

describe('a malformed update among others sent at the same moment', () => {
  let world: TelegramWorld;
  let other: BuiltTenant;
  let otherBot: BuiltBot;

  beforeAll(async () => {
    world = await startTelegramWorld();
    other = await aTenant(world.app).build();
    otherBot = await aBot(world.app, world.fake, other);
  });
  afterAll(() => world.close());

  const post = (bot: BuiltBot, update: object) =>
    world.app
      .http()
      .post(`/telegram/v1/webhooks/${bot.id}/`)
      .set('x-telegram-bot-api-secret-token', world.fake.webhookOf(bot.token)!.secretToken!)
      .send(update);
  const events = async (tenant: BuiltTenant): Promise<EventItem[]> =>
    (await world.app.http().get('/telegram/v1/webhook-events/?limit=100').set('authorization', `Bearer ${tenant.apiKey}`)).body.items;
  const eventOf = async (tenant: BuiltTenant, updateId: number) => (await events(tenant)).find((event) => event.update_id === updateId);
  const processed = (tenant: BuiltTenant, updateIds: number[]) =>
    eventually(
      () => events(tenant),
      (items) => updateIds.every((id) => items.find((event) => event.update_id === id)?.status === 'PROCESSED'),
      20_000,
    );

  it('fails alone: every other tenant’s and its own bot’s updates are stored and processed, and its chat goes on', async () => {
    const validOf = (bot: BuiltBot, base: number) =>
      Array.from({ length: VALID_PER_BOT }, (_, i) => ({ bot, update: textMessageUpdate({ chatId: base + i, text: `hello ${i}`, updateId: base + i }) }));
    const valid = [...validOf(world.bot, 10_000), ...validOf(otherBot, 20_000)];
    const chatTooBig = {
      update_id: 30_000,
      message: { message_id: 1, date: 1_700_000_000, chat: { id: 2 ** 70, type: 'private' }, from: { id: 31_000, is_bot: false, first_name: 'Big' }, text: 'hi' },
    };
    const withNul = textMessageUpdate({ chatId: 32_000, text: 'before \u0000 after', updateId: 30_001 });

    // Sent together, so they share the intake's group commit.
    const responses = await Promise.all([
      ...valid.map(({ bot, update }) => post(bot, update)),
      post(world.bot, chatTooBig),
      post(otherBot, withNul),
    ]);
    expect(responses.map((response) => [response.status, response.body])).toEqual(responses.map(() => [200, { ok: true }]));

    await processed(world.tenant, validOf(world.bot, 10_000).map(({ update }) => update.update_id as number));
    await processed(other, validOf(otherBot, 20_000).map(({ update }) => update.update_id as number));

    // A later update of the same chats (and of the sender whose chat id was out of range) is processed.
    const later = await Promise.all([
      post(otherBot, textMessageUpdate({ chatId: 32_000, text: 'fine now', updateId: 30_002 })),
      post(world.bot, textMessageUpdate({ chatId: 31_000, text: 'fine now', updateId: 30_003 })),
    ]);
    expect(later.map((response) => response.status)).toEqual([200, 200]);
    await processed(other, [30_002]);
    await processed(world.tenant, [30_003]);

    expect(await eventOf(world.tenant, 30_000)).toMatchObject({
      status: 'FAILED',
      attempts: 0,
      chat_id: null,
      error: 'malformed update: message.chat.id must be an integer',
    });
    expect(await eventOf(other, 30_001)).toMatchObject({
      status: 'FAILED',
      attempts: 0,
      chat_id: null,
      error: 'malformed update: message.text contains a NUL character',
      payload: { message: { text: 'before \uFFFD after' } },
    });
  }, 60_000);

  it('acknowledges a malformed update sent again, storing it once', async () => {
    const update = textMessageUpdate({ chatId: 33_000, text: 'x\u0000', updateId: 40_000 });
    for (let i = 0; i < 2; i++) {
      const response = await post(world.bot, update);
      expect([response.status, response.body]).toEqual([200, { ok: true }]);
    }
    expect((await events(world.tenant)).filter((event) => event.update_id === 40_000)).toEqual([
      expect.objectContaining({ status: 'FAILED', error: 'malformed update: message.text contains a NUL character' }),
    ]);
  });

  it('stores a name longer than any Telegram sends as malformed, at once', async () => {
    const update = textMessageUpdate({ chatId: 51_000, text: 'hi', updateId: 51_000, from: { id: 51_000, username: `u${'x'.repeat(80)}` } });
    expect((await post(world.bot, update)).status).toBe(200);
    expect(await eventOf(world.tenant, 51_000)).toMatchObject({
      status: 'FAILED',
      attempts: 0,
      error: 'malformed update: message.chat.username must be at most 64 characters',
    });
  });

  it('records a neutral reason when processing fails, never the database’s own text', async () => {
    // The database refuses this person's identity, as it would a value it cannot store.
    await refuseRows(world.app.config.databaseUrl!, 'telegram_identities', 'refuse_person_50000', 'chat_id <> 50000');
    const update = textMessageUpdate({ chatId: 50_000, text: 'hi', updateId: 50_000, from: { id: 50_000 } });
    expect((await post(world.bot, update)).status).toBe(200);
    const failed = await eventually(
      () => eventOf(world.tenant, 50_000),
      (event) => (event?.attempts ?? 0) >= 1,
    );
    expect(failed).toMatchObject({ status: 'FAILED', error: 'internal error while processing this update' });
  });

  it('still refuses a body with no update_id, storing nothing', async () => {
    const before = (await events(world.tenant)).length;
    const response = await post(world.bot, { message: { chat: { id: 2 ** 70 } } });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('NOT_AN_UPDATE');
    expect(await events(world.tenant)).toHaveLength(before);
  });
});
