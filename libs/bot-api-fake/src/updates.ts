import { chatObject, defaultChatType } from './chat-objects';
import { JsonObject } from './json';
import { randomQueryId, unixNow } from './random';
import { ChatType } from './types';

/**
 * Builders of the Update objects Telegram sends. Fields only the server knows may be left out and are
 * filled by BotApiFake.deliverUpdate: update_id, a message_id when `messageId` is not given, and the bot
 * as my_chat_member's member when `bot` is not given.
 */
export interface UpdateObject {
  update_id?: number;
  [kind: string]: unknown;
}

export interface UserSpec {
  id: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface BotSpec {
  id: number;
  username: string;
  firstName: string;
}

/** Sender of group messages when the test does not name one. */
const DEFAULT_GROUP_MEMBER: UserSpec = { id: 1_000_001, first_name: 'Member' };

export function userObject(spec: UserSpec): JsonObject {
  return {
    id: spec.id,
    is_bot: false,
    first_name: spec.first_name ?? 'Test',
    ...(spec.last_name ? { last_name: spec.last_name } : {}),
    ...(spec.username ? { username: spec.username } : {}),
    ...(spec.language_code ? { language_code: spec.language_code } : {}),
  };
}

export function textMessageUpdate(opts: {
  chatId: number;
  text: string;
  from?: UserSpec;
  chatType?: ChatType;
  chatTitle?: string;
  messageId?: number;
  date?: number;
  updateId?: number;
}): UpdateObject {
  const type = opts.chatType ?? defaultChatType(opts.chatId);
  const chat = chatFor(opts.chatId, type, opts.from, opts.chatTitle);
  const entities = commandEntities(opts.text);
  const message: JsonObject = {
    ...(opts.messageId !== undefined ? { message_id: opts.messageId } : {}),
    // Channel posts are signed by the channel; everything else has a user sender.
    ...(type === 'channel' ? { sender_chat: chat } : { from: userObject(senderOf(opts.chatId, type, opts.from)) }),
    chat,
    date: opts.date ?? unixNow(),
    text: opts.text,
    ...(entities.length > 0 ? { entities } : {}),
  };
  return withUpdateId(opts.updateId, { [type === 'channel' ? 'channel_post' : 'message']: message });
}

export function callbackQueryUpdate(opts: {
  chatId: number;
  data: string;
  messageId: number;
  from?: UserSpec;
  chatType?: ChatType;
  id?: string;
  updateId?: number;
}): UpdateObject {
  const type = opts.chatType ?? defaultChatType(opts.chatId);
  const from = senderOf(opts.chatId, type, opts.from);
  return withUpdateId(opts.updateId, {
    callback_query: {
      id: opts.id ?? randomQueryId(),
      from: userObject(from),
      // deliverUpdate swaps in the full message when the fake knows it (it does for the bot's own).
      message: { message_id: opts.messageId, chat: chatFor(opts.chatId, type, opts.from), date: unixNow() },
      chat_instance: chatInstance(opts.chatId),
      data: opts.data,
    },
  });
}

/** What Telegram sends when the user blocks ('kicked') or unblocks ('member') the bot, or a group removes/adds it. */
export function myChatMemberUpdate(opts: {
  chatId: number;
  status: 'kicked' | 'member' | 'left' | 'administrator';
  from?: UserSpec;
  chatType?: ChatType;
  bot?: BotSpec;
  date?: number;
  updateId?: number;
}): UpdateObject {
  const type = opts.chatType ?? defaultChatType(opts.chatId);
  const oldStatus = opts.status === 'kicked' || opts.status === 'left' ? 'member' : type === 'private' ? 'kicked' : 'left';
  const botUser = opts.bot
    ? { id: opts.bot.id, is_bot: true, first_name: opts.bot.firstName, username: opts.bot.username }
    : undefined;
  const member = (status: string): JsonObject => ({
    ...(botUser ? { user: botUser } : {}),
    status,
    ...(status === 'kicked' ? { until_date: 0 } : {}),
  });
  return withUpdateId(opts.updateId, {
    my_chat_member: {
      chat: chatFor(opts.chatId, type, opts.from),
      from: userObject(senderOf(opts.chatId, type, opts.from)),
      date: opts.date ?? unixNow(),
      old_chat_member: member(oldStatus),
      new_chat_member: member(opts.status),
    },
  });
}

function senderOf(chatId: number, type: ChatType, from: UserSpec | undefined): UserSpec {
  return from ?? (type === 'private' ? { id: chatId } : DEFAULT_GROUP_MEMBER);
}

function chatFor(chatId: number, type: ChatType, from: UserSpec | undefined, title?: string): JsonObject {
  if (type !== 'private') return chatObject({ id: chatId, type, title });
  const user = senderOf(chatId, type, from);
  return chatObject({
    id: chatId,
    type,
    first_name: user.first_name ?? 'Test',
    last_name: user.last_name,
    username: user.username,
  });
}

/** telegraf's command() only matches messages carrying a bot_command entity at offset 0, as Telegram sends. */
function commandEntities(text: string): JsonObject[] {
  const command = /^\/[A-Za-z0-9_]{1,64}(@[A-Za-z0-9_]{3,32})?/.exec(text);
  return command ? [{ offset: 0, length: command[0].length, type: 'bot_command' }] : [];
}

/** Stable per chat, as Telegram's chat_instance is. */
function chatInstance(chatId: number): string {
  return String(BigInt(chatId) * 2_654_435_761n);
}

function withUpdateId(updateId: number | undefined, body: JsonObject): UpdateObject {
  return updateId === undefined ? body : { update_id: updateId, ...body };
}
