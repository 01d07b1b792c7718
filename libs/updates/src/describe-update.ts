import { TELEGRAM_UPDATE_TYPES } from '@switchboard/bots';

export interface UpdateDescription {
  updateId: number;
  updateType: string;
  /** The chat the update belongs to, when it has one: updates of one chat are processed in order. */
  chatId: number | null;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function chatIdOf(body: Json): number | null {
  const chat = isObject(body.chat) ? body.chat : isObject(body.message) && isObject(body.message.chat) ? body.message.chat : null;
  if (chat && typeof chat.id === 'number') return chat.id;
  // Updates with a user but no chat (inline queries, polls answers) are ordered per user.
  const from = isObject(body.from) ? body.from : isObject(body.user) ? body.user : null;
  return from && typeof from.id === 'number' ? from.id : null;
}

/** Reads what the pipeline needs from an update; null when it is not a Telegram update. */
export function describeUpdate(update: unknown): UpdateDescription | null {
  if (!isObject(update)) return null;
  const updateId = update.update_id;
  if (typeof updateId !== 'number' || !Number.isSafeInteger(updateId) || updateId < 0) return null;
  const updateType = TELEGRAM_UPDATE_TYPES.find((type) => isObject(update[type])) ?? Object.keys(update).find((key) => key !== 'update_id');
  if (!updateType) return null;
  const body = update[updateType];
  return { updateId, updateType, chatId: isObject(body) ? chatIdOf(body) : null };
}
