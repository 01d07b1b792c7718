import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number, options: object) => Promise<Buffer>;
// N=2^15 keeps a login near 50 ms on the 2-core machines: slow for guessing, fine for people.
const SCRYPT = { N: 32_768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, SCRYPT);
  return `scrypt$${SCRYPT.N}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, { ...SCRYPT, N: Number(cost) });
  return timingSafeEqual(actual, expected);
}

/** API keys are long random strings, so a fast hash is enough to make a leaked table useless. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Whether `value` is the secret `expected`, compared without leaking through timing how much was
 * right. Only the length can differ quickly, and a generated secret's length is no secret; no
 * digest is taken, which on the webhook's hot path cost more than the rest of the check.
 */
export function matchesSecret(value: string, expected: string): boolean {
  const given = Buffer.from(value);
  const known = Buffer.from(expected);
  return given.length === known.length && timingSafeEqual(given, known);
}

/** Compares secrets without leaking, through timing, how much of a guess was right. */
export function safeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}
