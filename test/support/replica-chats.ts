import { BotApiFake, RecordedCall } from '@switchboard/bot-api-fake';
import { aBot, BuiltBot, BuiltTenant, eventually } from './builders';
import { aReplica, sensayClient } from './replicas';
import { messageFrom, Person } from './telegram-people';
import { TestApp } from './test-app';

export interface AnsweringReplica {
  replicaId: string;
  bot: BuiltBot;
}

/** A replica integrated with a bot of the tenant (registered first, so removing the integration leaves the bot). */
export async function anAnsweringReplica(app: TestApp, fake: BotApiFake, tenant: BuiltTenant, overrides: Record<string, unknown> = {}): Promise<AnsweringReplica> {
  const bot = await aBot(app, fake, tenant, 'Concierge bot');
  const replicaId = await aReplica(app, tenant.apiKey, overrides);
  const response = await sensayClient(app, tenant.apiKey).post(`/v1/replicas/${replicaId}/integrations/telegram`, { telegram_token: bot.token, mention: `@${bot.username}` });
  if (response.status !== 200) throw new Error(`integration failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { replicaId, bot };
}

let nextGroupId = -1_001_700_000_000;

export function aSupergroup(title = 'Guests'): { id: number; type: 'supergroup'; title: string } {
  return { id: nextGroupId--, type: 'supergroup', title };
}

/** A message in a forum topic of a supergroup, as Telegram sends it. */
export function topicMessageFrom(person: Person, text: string, chat: ReturnType<typeof aSupergroup>, threadId: number) {
  const update = messageFrom(person, text, chat);
  return { message: { ...update.message, message_thread_id: threadId, is_topic_message: true } };
}

/** A message replying to one of the bot's. */
export function replyToBot(person: Person, text: string, chat: ReturnType<typeof aSupergroup>, bot: BuiltBot) {
  const update = messageFrom(person, text, chat);
  const botMessage = { message_id: 1, from: { id: bot.telegramBotId, is_bot: true, first_name: 'Concierge', username: bot.username }, chat, date: update.message.date, text: 'Earlier answer' };
  return { message: { ...update.message, reply_to_message: botMessage } };
}

/** The bot's calls of a method into one chat, in order. */
export function callsInto(fake: BotApiFake, bot: BuiltBot, method: string, chatId: number): RecordedCall[] {
  return fake.callsTo(method, bot.token).filter((call) => String(call.params.chat_id) === String(chatId));
}

/** Waits until the bot has sent `count` messages into the chat, and answers them. */
export function sentInto(fake: BotApiFake, bot: BuiltBot, chatId: number, count = 1, timeoutMs = 15_000): Promise<RecordedCall[]> {
  return eventually(
    async () => callsInto(fake, bot, 'sendMessage', chatId).filter((call) => call.status === 200),
    (calls) => calls.length >= count,
    timeoutMs,
  );
}
