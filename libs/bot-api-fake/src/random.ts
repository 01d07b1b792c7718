import { randomInt } from 'node:crypto';

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** Up to 12 digits: crypto.randomInt's range ends at 2^48. */
export function randomDigits(count: number): number {
  return randomInt(10 ** (count - 1), 10 ** count);
}

/** Telegram's callback query ids are long decimal strings. */
export function randomQueryId(): string {
  return `${randomDigits(9)}${randomDigits(9)}`;
}

/** Same shape as BotFather's tokens: `<bot id>:<35 chars>`. */
export function randomTokenSecret(): string {
  let secret = '';
  for (let i = 0; i < 35; i++) secret += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return secret;
}

export function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}
