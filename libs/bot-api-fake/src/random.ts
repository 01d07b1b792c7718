import { randomInt } from 'node:crypto';

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export function randomDigits(count: number): number {
  return randomInt(10 ** (count - 1), 10 ** count);
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
