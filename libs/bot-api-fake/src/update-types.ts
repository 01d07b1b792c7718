import { TELEGRAM_UPDATE_TYPES } from '@switchboard/telegram/update-types';
import { JsonObject } from './json';

/** Update kinds in the Bot API's order; an Update carries exactly one of these keys. */
export const UPDATE_TYPES: readonly string[] = TELEGRAM_UPDATE_TYPES;

/** Telegram only sends these to bots that asked for them by name. */
const OPT_IN_TYPES = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

export const MESSAGE_UPDATE_TYPES: readonly string[] = [
  'message',
  'edited_message',
  'channel_post',
  'edited_channel_post',
  'business_message',
  'edited_business_message',
];

export function updateTypeOf(update: JsonObject): string | undefined {
  return Object.keys(update).find((key) => UPDATE_TYPES.includes(key));
}

/**
 * Reads an `allowed_updates` value the way the Bot API does: unknown names are ignored and an empty
 * result means "the default set", returned as undefined.
 */
export function normalizeAllowedUpdates(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const known = UPDATE_TYPES.filter((type) => value.includes(type));
  return known.length > 0 ? known : undefined;
}

export function isAllowedUpdate(type: string | undefined, allowed: readonly string[] | undefined): boolean {
  if (type === undefined) return true;
  return allowed ? allowed.includes(type) : !OPT_IN_TYPES.has(type);
}
