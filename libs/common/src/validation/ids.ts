import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Ids as callers send them, checked against what PostgreSQL's bigint holds, so an
 * out-of-range id is a 400 here instead of a failed query (a 500) later.
 */
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A Telegram chat id: an integer within signed 64 bits, as digits or a (safe) JSON number. */
export function isTelegramChatId(value: unknown): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value);
  if (typeof value !== 'string' || !/^-?\d{1,19}$/.test(value)) return false;
  const id = BigInt(value);
  return id >= INT64_MIN && id <= INT64_MAX;
}

/** A bigint row id (contacts, messages): a positive integer below 2^63, as digits. */
export function isRowId(value: unknown): boolean {
  return typeof value === 'string' && /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= INT64_MAX;
}

export function IsTelegramChatId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isTelegramChatId', validator: { validate: isTelegramChatId, defaultMessage: () => '$property must be a Telegram chat id' } }, options);
}

export function IsRowId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isRowId', validator: { validate: isRowId, defaultMessage: () => '$property must be a positive integer id' } }, options);
}

/** Accepts a JSON number for an id kept as a string; an unsafe number stays a number and fails validation. */
export function IdAsString(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value));
}
