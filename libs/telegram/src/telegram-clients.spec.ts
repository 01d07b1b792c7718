import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BotApiFake, FakeBotInfo } from '@switchboard/bot-api-fake';
import { loadConfig } from '@switchboard/common';
import { TelegramClients } from './telegram-clients.service';
import { classifyTelegramFailure, TelegramFailure } from './telegram-failure';

/** Every client made here, to close its connection pool when the suite ends. */
const made: TelegramClients[] = [];

function clientsFor(apiRoot: string): TelegramClients {
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-telegram-'));
  const clients = new TelegramClients(
    loadConfig({ TELEGRAM_API_ROOT: apiRoot, TELEGRAM_REQUEST_TIMEOUT: '1', ADMIN_TOKEN: 'x'.repeat(16), DATA_DIR: dataDir }),
  );
  made.push(clients);
  return clients;
}

async function failureOf(call: Promise<unknown>): Promise<TelegramFailure> {
  try {
    await call;
  } catch (error) {
    return classifyTelegramFailure(error);
  }
  throw new Error('the call succeeded');
}

describe('TelegramClients against the Bot API fake', () => {
  let fake: BotApiFake;
  let bot: FakeBotInfo;
  let clients: TelegramClients;
  const privateChat = 1_000_001;

  beforeAll(async () => {
    fake = new BotApiFake();
    await fake.start();
    clients = clientsFor(fake.apiRoot);
  });
  beforeEach(() => {
    bot = fake.addBot();
    fake.addChat(bot.token, { id: privateChat });
  });
  afterAll(async () => {
    await Promise.all(made.map((clients) => clients.onModuleDestroy()));
    await fake.stop();
  });

  it('calls the configured API root with the bot’s token', async () => {
    await expect(clients.call(bot.token, 'getMe', {})).resolves.toMatchObject({ id: bot.id, username: bot.username, is_bot: true });
    const sent = await clients.call(bot.token, 'sendMessage', { chat_id: privateChat, text: 'hi' });
    expect(sent).toMatchObject({ chat: { id: privateChat }, text: 'hi' });
    expect(fake.callsTo('sendMessage', bot.token)).toHaveLength(1);
  });

  it('reads 429 as a pause of retry_after seconds', async () => {
    fake.inject({ token: bot.token, method: 'sendMessage', fault: { kind: 'rate-limit', retryAfter: 7 } });
    await expect(failureOf(clients.call(bot.token, 'sendMessage', { chat_id: privateChat, text: 'x' }))).resolves.toEqual({
      kind: 'rate-limited',
      retryAfterMs: 7_000,
      description: 'Too Many Requests: retry after 7',
    });
  });

  it('reads 403 as blocked and 400 "chat not found" as such', async () => {
    fake.blockChat(bot.token, privateChat);
    await expect(failureOf(clients.call(bot.token, 'sendMessage', { chat_id: privateChat, text: 'x' }))).resolves.toEqual({
      kind: 'blocked',
      description: 'Forbidden: bot was blocked by the user',
    });
    await expect(failureOf(clients.call(bot.token, 'sendMessage', { chat_id: 999, text: 'x' }))).resolves.toEqual({
      kind: 'chat-not-found',
      description: 'Bad Request: chat not found',
    });
  });

  it('reads a group upgrade as a move to the new chat id', async () => {
    fake.addChat(bot.token, { id: -4_001, type: 'group', title: 'Team' });
    fake.migrateChat(bot.token, -4_001, -1_004_001);
    await expect(failureOf(clients.call(bot.token, 'sendMessage', { chat_id: -4_001, text: 'x' }))).resolves.toMatchObject({
      kind: 'chat-migrated',
      newChatId: -1_004_001,
    });
  });

  it('reads 5xx, a hang past the timeout and a refused connection as transient', async () => {
    fake.inject({ token: bot.token, method: 'sendMessage', fault: { kind: 'server-error', status: 502 } });
    await expect(failureOf(clients.call(bot.token, 'sendMessage', { chat_id: privateChat, text: 'x' }))).resolves.toMatchObject({ kind: 'transient' });

    fake.inject({ token: bot.token, method: 'sendMessage', fault: { kind: 'hang' } });
    const started = Date.now();
    await expect(failureOf(clients.call(bot.token, 'sendMessage', { chat_id: privateChat, text: 'x' }))).resolves.toMatchObject({ kind: 'transient' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);

    const nowhere = clientsFor('http://127.0.0.1:1');
    await expect(failureOf(nowhere.call(bot.token, 'getMe', {}))).resolves.toMatchObject({ kind: 'transient' });
  });

  it('reads an unknown token as unauthorized and other 4xx as rejected', async () => {
    await expect(failureOf(clients.call('1:unknown', 'getMe', {}))).resolves.toEqual({ kind: 'unauthorized', description: 'Unauthorized' });
    await expect(failureOf(clients.call(bot.token, 'sendMessage', { chat_id: privateChat, text: '' }))).resolves.toEqual({
      kind: 'rejected',
      code: 400,
      description: 'Bad Request: message text is empty',
    });
  });

  it('does not mistake a programming error for a Telegram failure', () => {
    const bug = new TypeError('cannot read x');
    expect(() => classifyTelegramFailure(bug)).toThrow(bug);
  });
});
