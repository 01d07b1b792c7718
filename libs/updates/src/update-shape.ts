import { z } from 'zod';
import { storableText, unstorableTextFlaw } from '@switchboard/common';

/**
 * The shape of what the pipeline reads from an update, checked before anything is stored. An
 * update out of this shape cannot be processed (its chat id does not fit a bigint, its text
 * cannot be stored), so it is recorded as FAILED on its own instead of failing the batch it
 * arrived in, or being retried forever. Fields the pipeline does not read are left alone.
 */

const OBJECT = { error: 'must be an object' };
const INTEGER = { error: 'must be an integer' };
const STRING = { error: 'must be a string' };

/** Telegram ids fit 52 bits; ours must fit the bigint columns and JavaScript numbers alike. */
const integer = z.number(INTEGER).int(INTEGER);
const text = z.string(STRING).optional();
/**
 * Names as contacts and identities keep them: Telegram's own limits are lower (names 64
 * characters, usernames 32), so a longer one is not Telegram's and would only fail later.
 */
const upTo = (length: number) => z.string(STRING).max(length, { error: `must be at most ${length} characters` }).optional();
const name = upTo(256);
const username = upTo(64);

/** Telegram sends `is_bot` and `first_name` with every user; OpenScouter's webhook example has neither, so only a wrong value is a defect. */
const user = z.looseObject({ id: integer, is_bot: z.boolean({ error: 'must be a boolean' }).optional(), first_name: name, last_name: name, username, language_code: upTo(16) }, OBJECT);
/** Whether a chat is private decides who becomes a contact, so an unknown type is not guessed at. */
const CHAT_TYPES = ['private', 'group', 'supergroup', 'channel'] as const;
const chatType = z.enum(CHAT_TYPES, { error: `must be one of ${CHAT_TYPES.join(', ')}` }).optional();
const chat = z.looseObject({ id: integer, type: chatType, title: name, username, first_name: name, last_name: name }, OBJECT);

const message = z.looseObject(
  {
    message_id: integer.optional(),
    date: integer.optional(),
    chat: chat.optional(),
    from: user.optional(),
    sender_chat: chat.optional(),
    text,
    caption: text,
    migrate_to_chat_id: integer.optional(),
    migrate_from_chat_id: integer.optional(),
  },
  OBJECT,
);

/** One schema for the body of every update type (types Telegram adds later too): the fields the pipeline reads, wherever they appear. */
const updateBody = message.extend({
  user: user.optional(),
  data: text,
  message: message.optional(),
  new_chat_member: z.looseObject({ status: text, user: user.optional() }, OBJECT).optional(),
});

/** Telegram sends every chat with its type, and who becomes a contact depends on it: an update acted on without one is not guessed at. */
const typedChat = chat.extend({ type: chatType.unwrap() });
/**
 * What the pipeline needs of the update types it acts on, which Telegram always sends: without
 * it an update cannot be processed. No more than that (OpenScouter documents its webhook with a
 * message that has no `date`).
 */
const sentMessage = z.looseObject({ chat: typedChat }, OBJECT);
const memberChange = z.looseObject({ chat: typedChat, from: user, new_chat_member: z.looseObject({ status: z.string(STRING) }, OBJECT) }, OBJECT);
const REQUIRED: Record<string, z.ZodType> = {
  message: sentMessage,
  edited_message: sentMessage,
  channel_post: sentMessage,
  edited_channel_post: sentMessage,
  callback_query: z.looseObject({ id: z.string(STRING), from: user }, OBJECT),
  my_chat_member: memberChange,
  chat_member: memberChange,
};

/** Update type names are short snake_case words; the stored column holds 40 characters. */
const UPDATE_TYPE_NAME = /^[a-z][a-z0-9_]{0,39}$/;
export function isUpdateTypeName(name: string): boolean {
  return UPDATE_TYPE_NAME.test(name);
}

const pathText = (path: PropertyKey[]) => path.map(String).join('.');

function unstorableText(value: unknown, path: PropertyKey[]): string | null {
  if (typeof value === 'string') {
    const flaw = unstorableTextFlaw(value);
    return flaw && `${pathText(path)} ${flaw}`;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const keyFlaw = unstorableTextFlaw(key);
    if (keyFlaw) return `a key in ${path.length > 0 ? pathText(path) : 'the update'} ${keyFlaw}`;
    const flaw = unstorableText(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (flaw) return flaw;
  }
  return null;
}

/**
 * JSON.stringify writes a NUL as \u0000 and an unpaired surrogate as \ud800-\udfff, in keys and
 * values alike, and never writes either raw: JSON text without such an escape holds no text
 * PostgreSQL refuses, and the walk looking for it is skipped (the webhook's hot path).
 */
const UNSTORABLE_ESCAPE = /\\u(?:0000|d[89a-f])/i;

/**
 * Why the update cannot be processed, naming the field and never its value; null when it is
 * well-formed. `serialized` is the update as JSON.stringify wrote it.
 */
export function malformationOf(update: Record<string, unknown>, updateType: string, serialized: string): string | null {
  const flaw =
    (UNSTORABLE_ESCAPE.test(serialized) ? unstorableText(update, []) : null) ??
    (isUpdateTypeName(updateType) ? null : 'its update type is not a Telegram update type name') ??
    shapeFlaw(update[updateType], updateType);
  return flaw && `malformed update: ${flaw}`;
}

function shapeFlaw(body: unknown, updateType: string): string | null {
  for (const schema of [updateBody, REQUIRED[updateType]]) {
    const parsed = schema?.safeParse(body);
    if (parsed && !parsed.success) {
      const [issue] = parsed.error.issues;
      return `${pathText([updateType, ...issue.path])} ${issue.message}`;
    }
  }
  return null;
}

/** A copy PostgreSQL can store: every NUL and unpaired surrogate, in values and keys, becomes U+FFFD. */
export function storableCopyOf(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableCopyOf);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [storableText(key), storableCopyOf(child)]));
}
