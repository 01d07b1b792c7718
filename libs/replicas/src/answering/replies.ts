import { ConversationMessage, MessageDirection } from '@switchboard/contacts';
import { Replica } from '../replica.entity';
import { ChatTurn } from './answerer';

/** What a chat gets when its answer could not be had (the answerer failed or took too long). */
export const FALLBACK_TEXT = "Sorry, I can't answer right now. Please try again in a little while.";
/** What a replica with no answerer adds to its greeting: it is never silent. */
export const NOT_READY_TEXT = "I can't answer questions yet, but I will soon.";

export interface Reply {
  text: string;
  replyMarkup: Record<string, unknown> | null;
}

/** The greeting, with the suggested questions as a reply keyboard a tap away. */
export function greetingOf(replica: Replica): Reply {
  const text = replica.greeting.trim() || `Hi! I'm ${replica.name}. How can I help?`;
  const questions = replica.suggestedQuestions;
  const replyMarkup = questions.length > 0 ? { keyboard: questions.map((question) => [{ text: question }]), resize_keyboard: true, one_time_keyboard: true } : null;
  return { text, replyMarkup };
}

/**
 * The conversation as the answerer reads it, ending with the message answered: what people wrote,
 * and what the bot answered. The bot's answers to earlier messages may have been sent after this
 * one came (a chat is answered in order), so they go before it; messages that came after it wait
 * for their own answers. Button presses and media without text are left out.
 */
export function turnsOf(messages: ConversationMessage[], answeredEventId: string, count: number): ChatTurn[] {
  const answered = messages.find((message) => message.eventId === answeredEventId);
  const before = answered
    ? messages.filter((message) => message !== answered && (message.direction === MessageDirection.OUTBOUND || BigInt(message.id) < BigInt(answered.id)))
    : messages;
  return [...before, ...(answered ? [answered] : [])]
    .slice(-count)
    .flatMap((message) => (message.text ? [{ role: message.direction === MessageDirection.INBOUND ? ('user' as const) : ('assistant' as const), content: message.text }] : []));
}
