import { ChatState } from '../chat-state';
import { FakeBot } from '../fake-bot';
import { JsonObject } from '../json';
import { unixNow } from '../random';

/**
 * A message the bot sends, stored so it can be edited and shown under callback queries. `content` is what
 * follows `date` in Telegram's field order: `{ text }`, or `{ photo, caption }`. A message sent into a topic
 * carries its `message_thread_id` and `is_topic_message`.
 */
export function sendBotMessage(
  bot: FakeBot,
  chat: ChatState,
  content: JsonObject,
  markup: JsonObject | undefined,
  threadId?: number,
): JsonObject {
  const message: JsonObject = {
    message_id: chat.nextMessageId(),
    ...(threadId !== undefined ? { message_thread_id: threadId } : {}),
    // A channel post is signed by the channel, not by the bot.
    ...(chat.type === 'channel' ? { sender_chat: chat.chat } : { from: bot.sender }),
    chat: chat.chat,
    date: unixNow(),
    ...(threadId !== undefined ? { is_topic_message: true } : {}),
    ...content,
    ...(markup ? { reply_markup: markup } : {}),
  };
  chat.store(message, true);
  return message;
}

/** The edited message in Telegram's field order: edit_date after date, reply_markup last. */
export function withReplyMarkup(message: JsonObject, markup: JsonObject | undefined): JsonObject {
  const edited: JsonObject = {};
  for (const [key, value] of Object.entries(message)) {
    if (key === 'reply_markup' || key === 'edit_date') continue;
    edited[key] = value;
    if (key === 'date') edited.edit_date = unixNow();
  }
  if (markup) edited.reply_markup = markup;
  return edited;
}
