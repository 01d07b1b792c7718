import { BLOCKED_BY_USER } from './bot-api-error';
import { ChatState } from './chat-state';
import { FakeBot } from './fake-bot';
import { isJsonObject, JsonObject } from './json';
import { randomQueryId } from './random';
import { QueuedUpdate } from './update-queue';
import { MESSAGE_UPDATE_TYPES, updateTypeOf } from './update-types';

/**
 * Turns an update a test wants delivered into the one Telegram would send, and lets the bot learn from it.
 * Fills what only the server knows (update_id, a missing message_id, the bot as my_chat_member's member,
 * the bot's own message under a callback query) and registers chats, users, callback queries, blocks and
 * migrations it reveals.
 */
export function admitUpdate(bot: FakeBot, raw: JsonObject): QueuedUpdate {
  const { update_id: givenId, ...rest } = structuredClone(raw);
  const id = bot.updates.assignId(givenId);
  const update: JsonObject = { update_id: id, ...rest };
  const type = updateTypeOf(update);
  const payload = type === undefined ? undefined : update[type];
  if (type !== undefined && isJsonObject(payload)) update[type] = learn(bot, type, payload);
  return { id, update, inFlight: false };
}

function learn(bot: FakeBot, type: string, payload: JsonObject): JsonObject {
  if (MESSAGE_UPDATE_TYPES.includes(type)) return learnMessage(bot, payload);
  if (type === 'callback_query') return learnCallbackQuery(bot, payload);
  if (type === 'my_chat_member') return learnMembership(bot, payload);
  if (isJsonObject(payload.chat)) bot.chats.learnChat(payload.chat);
  if (isJsonObject(payload.from)) bot.chats.learnUser(payload.from);
  return payload;
}

function learnMessage(bot: FakeBot, message: JsonObject): JsonObject {
  if (isJsonObject(message.from)) bot.chats.learnUser(message.from);
  const chat = isJsonObject(message.chat) ? bot.chats.learnChat(message.chat) : undefined;
  if (!chat) return message;
  const complete = typeof message.message_id === 'number' ? message : { message_id: chat.nextMessageId(), ...message };
  chat.store(complete, false);
  if (typeof complete.migrate_to_chat_id === 'number') bot.chats.migrate(chat.id, complete.migrate_to_chat_id);
  return complete;
}

function learnCallbackQuery(bot: FakeBot, query: JsonObject): JsonObject {
  const id = typeof query.id === 'string' ? query.id : randomQueryId();
  const complete: JsonObject = { id, ...query };
  bot.openCallbackQueries.add(id);
  if (isJsonObject(complete.from)) bot.chats.learnUser(complete.from);
  const message = complete.message;
  if (!isJsonObject(message) || !isJsonObject(message.chat)) return complete;
  const chat = bot.chats.learnChat(message.chat);
  const stored = typeof message.message_id === 'number' ? chat?.message(message.message_id) : undefined;
  return stored ? { ...complete, message: structuredClone(stored.message) } : complete;
}

function learnMembership(bot: FakeBot, update: JsonObject): JsonObject {
  if (isJsonObject(update.from)) bot.chats.learnUser(update.from);
  const chat = isJsonObject(update.chat) ? bot.chats.learnChat(update.chat) : undefined;
  const complete = {
    ...update,
    old_chat_member: withMember(update.old_chat_member, bot.sender),
    new_chat_member: withMember(update.new_chat_member, bot.sender),
  };
  const status = isJsonObject(complete.new_chat_member) ? complete.new_chat_member.status : undefined;
  if (chat && typeof status === 'string') applyMembership(chat, status);
  return complete;
}

function withMember(member: unknown, bot: JsonObject): unknown {
  return isJsonObject(member) && member.user === undefined ? { user: bot, ...member } : member;
}

/** The bot's own membership decides whether it can still write there, and with which 403. */
function applyMembership(chat: ChatState, status: string): void {
  if (status === 'kicked' || status === 'left') chat.blocked = removalDescription(chat, status);
  else chat.blocked = undefined;
}

function removalDescription(chat: ChatState, status: string): string {
  if (chat.type === 'private') return BLOCKED_BY_USER;
  if (status === 'kicked' && chat.type !== 'channel') return `Forbidden: bot was kicked from the ${chat.type} chat`;
  return `Forbidden: bot is not a member of the ${chat.type} chat`;
}
