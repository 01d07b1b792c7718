import { DataSource } from 'typeorm';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { sendMessage, settled } from './support/messaging';
import { aPerson, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramWorld, TelegramWorld } from './support/telegram-world';

interface BotToday {
  id: string;
  sendsToday: { queued: number; sent: number; failed: number; clicked: number };
  dailyLimitUsed: number;
}
interface Failure {
  id: string;
  botId: string;
  status: string;
  errorCode: number | null;
  errorDescription: string | null;
}
type FailurePage = { recentFailures: { nodes: Failure[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const BOTS_TODAY = '{ bots(first: 10) { nodes { id sendsToday { queued sent failed clicked } dailyLimitUsed } } }';
const FAILURES = `query($botId: ID, $first: Int!, $after: String) {
  recentFailures(botId: $botId, first: $first, after: $after) { nodes { id botId status errorCode errorDescription } pageInfo { hasNextPage endCursor } }
}`;

/** Bot.sendsToday, Bot.dailyLimitUsed and recentFailures: today's (UTC) outbound messages of every kind, on the real engine and the Bot API fake. */
describe("today's sends", () => {
  let world: TelegramWorld;
  let quiet: BuiltBot;
  let other: BuiltTenant;
  let person: Person;
  const failed: string[] = [];

  const botsToday = async (apiKey = world.tenant.apiKey): Promise<BotToday[]> => {
    const result = await gql<{ bots: { nodes: BotToday[] } }>(world.app, BOTS_TODAY, {}, apiKey);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.bots.nodes;
  };
  const failures = (variables: Record<string, unknown>, apiKey = world.tenant.apiKey) => gql<FailurePage>(world.app, FAILURES, { first: 10, ...variables }, apiKey);
  /** Sends through the engine and waits for the outcome, which must be the one expected. */
  const send = async (input: object, expected = 'SENT') => {
    const queued = await sendMessage(world.app, world.tenant.apiKey, { botId: world.bot.id, chatId: String(person.id), text: 'Hello', ...input });
    const message = await settled(world.app, world.tenant.apiKey, queued.id);
    if (message.status !== expected) throw new Error(`expected ${expected}, got ${JSON.stringify(message)}`);
    return message;
  };
  const sendFailing = async (description: string) => {
    world.fake.inject({ method: 'sendMessage', token: world.bot.token, chatId: person.id, fault: { kind: 'bad-request', description } });
    failed.push((await send({}, 'FAILED')).id);
  };

  beforeAll(async () => {
    world = await startTelegramWorld();
    quiet = await aBot(world.app, world.fake, world.tenant, 'Quiet bot');
    other = await aTenant(world.app).build();
    await aBot(world.app, world.fake, other, 'Other tenant bot');
    person = aPerson();
    await deliver(world.app, world.fake, world.bot, world.tenant.apiKey, messageFrom(person, 'hi'));

    await send({ text: 'Plain' });
    const withButton = await send({ replyMarkup: { inline_keyboard: [[{ text: 'Yes', callback_data: 'yes' }]] } });
    const [call] = world.fake.callsTo('sendMessage', world.bot.token).filter((c) => (c.params.reply_markup as object | undefined) !== undefined);
    const data = (call.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0][0].callback_data;
    await deliver(world.app, world.fake, world.bot, world.tenant.apiKey, {
      callback_query: { id: 'cb-1', from: person, chat_instance: 'c', data, message: { message_id: Number(withButton.telegramMessageIds[0]), chat: { id: person.id, type: 'private' }, date: 1, text: 'Hello' } },
    });
    const interactive = await gql<{ sendInteractiveMessage: { id: string } }>(
      world.app,
      'mutation($input: SendInteractiveMessageInput!) { sendInteractiveMessage(input: $input) { id } }',
      { input: { botId: world.bot.id, chatId: String(person.id), message: { type: 'highlight_reply', text: 'Order number?', reply_markup: { force_reply: true } } } },
      world.tenant.apiKey,
    );
    await settled(world.app, world.tenant.apiKey, interactive.data!.sendInteractiveMessage.id);
    await sendFailing('chat not found');
    await sendFailing('message text is empty');
  }, 60_000);
  afterAll(() => world?.close());

  it('counts every kind of message of each bot by status, and the daily limit as the engine counted it', async () => {
    const bots = await botsToday();
    expect(bots.find((bot) => bot.id === world.bot.id)).toEqual({ id: world.bot.id, sendsToday: { queued: 0, sent: 3, failed: 2, clicked: 1 }, dailyLimitUsed: 5 });
    expect(bots.find((bot) => bot.id === quiet.id)).toEqual({ id: quiet.id, sendsToday: { queued: 0, sent: 0, failed: 0, clicked: 0 }, dailyLimitUsed: 0 });
    const [counted] = await world.app.app.get(DataSource).query(`SELECT count FROM bot_daily_sends WHERE bot_id = $1`, [world.bot.id]);
    expect(counted.count).toBe(5);
  });

  it("lists today's failures newest first with Telegram's reason, page by page", async () => {
    const first = await failures({ first: 1 });
    expect(first.data!.recentFailures.nodes).toEqual([
      { id: failed[1], botId: world.bot.id, status: 'FAILED', errorCode: 400, errorDescription: 'Bad Request: message text is empty' },
    ]);
    expect(first.data!.recentFailures.pageInfo.hasNextPage).toBe(true);
    const second = await failures({ first: 1, after: first.data!.recentFailures.pageInfo.endCursor });
    expect(second.data!.recentFailures.nodes.map((node) => [node.id, node.errorDescription])).toEqual([[failed[0], 'Bad Request: chat not found']]);
    expect(second.data!.recentFailures.pageInfo.hasNextPage).toBe(false);
    expect((await failures({ botId: world.bot.id })).data!.recentFailures.nodes.map((node) => node.id)).toEqual([failed[1], failed[0]]);
    expect((await failures({ botId: quiet.id })).data!.recentFailures.nodes).toEqual([]);
  });

  it('shows another tenant none of it', async () => {
    const theirs = await botsToday(other.apiKey);
    expect(theirs.map((bot) => bot.id)).not.toContain(world.bot.id);
    expect(theirs[0]).toMatchObject({ sendsToday: { queued: 0, sent: 0, failed: 0, clicked: 0 }, dailyLimitUsed: 0 });
    expect((await failures({}, other.apiKey)).data!.recentFailures.nodes).toEqual([]);
    expect((await failures({ botId: world.bot.id }, other.apiKey)).data!.recentFailures.nodes).toEqual([]);
    const bot = await gql(world.app, 'query($id: ID!) { bot(id: $id) { sendsToday { sent } dailyLimitUsed } }', { id: world.bot.id }, other.apiKey);
    expect(bot.data).toEqual({ bot: null });
  });

  it('refuses a bot id that is not one, and a page size out of range, as bad input', async () => {
    for (const variables of [{ botId: 'not-an-id' }, { first: 0 }, { first: 101 }, { after: 'not-a-cursor' }]) {
      const refused = await failures(variables);
      expect(refused.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('leaves out messages made before 00:00 UTC', async () => {
    const database = world.app.app.get(DataSource);
    await database.query(`UPDATE outbound_messages SET created_at = date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - interval '1 second' WHERE id = $1`, [failed[0]]);
    const bots = await botsToday();
    expect(bots.find((bot) => bot.id === world.bot.id)!.sendsToday).toEqual({ queued: 0, sent: 3, failed: 1, clicked: 1 });
    expect((await failures({})).data!.recentFailures.nodes.map((node) => node.id)).toEqual([failed[1]]);
  });
});
