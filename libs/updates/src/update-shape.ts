import { z } from 'zod';

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

const user = z.looseObject({ id: integer, first_name: text, last_name: text, username: text, language_code: text }, OBJECT);
const chat = z.looseObject({ id: integer, type: text, title: text, username: text, first_name: text, last_name: text }, OBJECT);

const message = z.looseObject(
  {
    message_id: integer.optional(),
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

/** Update type names are short snake_case words; the stored column holds 40 characters. */
const UPDATE_TYPE_NAME = /^[a-z][a-z0-9_]{0,39}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isUpdateTypeName(name: string): boolean {
  return UPDATE_TYPE_NAME.test(name);
}

/** PostgreSQL's jsonb refuses \u0000 and unpaired surrogates. */
function flawOfString(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  return LONE_SURROGATE.test(value) ? 'is not valid Unicode' : null;
}

const pathText = (path: PropertyKey[]) => path.map(String).join('.');

function unstorableText(value: unknown, path: PropertyKey[]): string | null {
  if (typeof value === 'string') {
    const flaw = flawOfString(value);
    return flaw && `${pathText(path)} ${flaw}`;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const keyFlaw = flawOfString(key);
    if (keyFlaw) return `a key in ${path.length > 0 ? pathText(path) : 'the update'} ${keyFlaw}`;
    const flaw = unstorableText(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (flaw) return flaw;
  }
  return null;
}

/** Why the update cannot be processed, naming the field and never its value; null when it is well-formed. */
export function malformationOf(update: Record<string, unknown>, updateType: string): string | null {
  const flaw =
    unstorableText(update, []) ??
    (isUpdateTypeName(updateType) ? null : 'its update type is not a Telegram update type name') ??
    shapeFlaw(update[updateType], updateType);
  return flaw && `malformed update: ${flaw}`;
}

function shapeFlaw(body: unknown, updateType: string): string | null {
  const parsed = updateBody.safeParse(body);
  if (parsed.success) return null;
  const [issue] = parsed.error.issues;
  return `${pathText([updateType, ...issue.path])} ${issue.message}`;
}

function repaired(value: string): string {
  return value.replaceAll('\u0000', '\uFFFD').replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD');
}

/** A copy PostgreSQL can store: every NUL and unpaired surrogate, in values and keys, becomes U+FFFD. */
export function storableCopyOf(value: unknown): unknown {
  if (typeof value === 'string') return repaired(value);
  if (Array.isArray(value)) return value.map(storableCopyOf);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [repaired(key), storableCopyOf(child)]));
}
