import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Telegram's limit on a photo's caption. */
export const MAX_CAPTION_LENGTH = 1_024;

const FILE_ID = /^[A-Za-z0-9_-]{20,255}$/;

/** A photo Telegram can send: an http(s) URL it fetches itself, or the file_id of one it already has. */
export function isTelegramPhoto(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (FILE_ID.test(value)) return true;
  if (value.length > 2_048 || !/^https?:\/\//i.test(value)) return false;
  return URL.canParse(value);
}

export function IsTelegramPhoto(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isTelegramPhoto', validator: { validate: isTelegramPhoto, defaultMessage: () => '$property must be an http(s) URL or a Telegram file_id' } },
    options,
  );
}
