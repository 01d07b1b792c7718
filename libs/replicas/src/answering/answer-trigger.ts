/** Why a replica answers a message: `/start` gets the greeting, anything else an answer. */
export type AnswerTrigger = 'greeting' | 'answer';

/** What the rules read of the bot. */
export interface AnsweringBot {
  telegramBotId: number;
  username: string;
}

/** What the rules read of a text message. */
export interface IncomingText {
  chat: { type: string };
  text: string;
  reply_to_message?: { from?: { id: number } };
}

const COMMAND = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?:\s|$)/;

/**
 * Whether (and how) a replica answers a text message, as a careful human operator would: every
 * message of a private chat; in a group only one that names it (its `mention` or @username), that
 * replies to it, or that is a command addressed to it. Channels never. A `/start` carrying a
 * payload belongs to connect links, not to the replica.
 */
export function answerTriggerOf(message: IncomingText, bot: AnsweringBot, mention: string): AnswerTrigger | null {
  const command = COMMAND.exec(message.text);
  const addressedTo = command?.[2]?.toLowerCase();
  if (addressedTo !== undefined && addressedTo !== bot.username.toLowerCase()) return null;
  const isStart = command?.[1].toLowerCase() === 'start';
  if (isStart && message.text.slice(command![0].length).trim() !== '') return null;
  if (message.chat.type === 'private') return isStart ? 'greeting' : 'answer';
  if (message.chat.type !== 'group' && message.chat.type !== 'supergroup') return null;
  if (addressedTo !== undefined) return isStart ? 'greeting' : 'answer';
  return namesBot(message.text, bot, mention) || message.reply_to_message?.from?.id === bot.telegramBotId ? 'answer' : null;
}

function namesBot(text: string, bot: AnsweringBot, mention: string): boolean {
  const lower = text.toLowerCase();
  const names = [mention.trim(), `@${bot.username}`].filter((name) => name.length > 0 && name !== '@');
  return names.some((name) => lower.includes(name.toLowerCase()));
}
