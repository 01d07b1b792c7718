import { TELEGRAM_UPDATE_TYPES } from '@switchboard/bots';
import { isUpdateTypeName, malformationOf } from './update-shape';

export interface UpdateDescription {
  updateId: number;
  updateType: string;
  /** The chat the update belongs to, when it has one: updates of one chat are processed in order. */
  chatId: number | null;
  /** Why the update cannot be processed (stored as FAILED, never queued); null when it is well-formed. */
  malformed: string | null;
}

/** Stored for an update whose type name could not be stored as it came. */
const UNKNOWN_UPDATE_TYPE = 'unknown';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function chatIdOf(body: Json): number | null {
  const chat = isObject(body.chat) ? body.chat : isObject(body.message) && isObject(body.message.chat) ? body.message.chat : null;
  if (chat && typeof chat.id === 'number') return chat.id;
  // Updates with a user but no chat (inline queries, polls answers) are ordered per user.
  const from = isObject(body.from) ? body.from : isObject(body.user) ? body.user : null;
  return from && typeof from.id === 'number' ? from.id : null;
}

/**
 * Reads what the pipeline needs from an update; null when it is not a Telegram update at all.
 * `serialized` is the update as JSON.stringify writes it, when the caller has it already.
 */
export function describeUpdate(update: unknown, serialized?: string): UpdateDescription | null {
  if (!isObject(update)) return null;
  const updateId = update.update_id;
  if (typeof updateId !== 'number' || !Number.isSafeInteger(updateId) || updateId < 0) return null;
  const typeKey = TELEGRAM_UPDATE_TYPES.find((type) => isObject(update[type])) ?? Object.keys(update).find((key) => key !== 'update_id');
  if (!typeKey) return null;
  const updateType = isUpdateTypeName(typeKey) ? typeKey : UNKNOWN_UPDATE_TYPE;
  const malformed = malformationOf(update, typeKey, serialized ?? JSON.stringify(update));
  if (malformed) return { updateId, updateType, chatId: null, malformed };
  return { updateId, updateType, chatId: chatIdOf(update[typeKey] as Json), malformed: null };
}
