import { createHmac, timingSafeEqual } from 'node:crypto';

const VERSION = 1;
const MAC_BYTES = 16;
/** version (1) + contact id (8) + expiry, unix seconds (4) + MAC (16) = 29 bytes → 39 base64url characters. */
const PAYLOAD_BYTES = 1 + 8 + 4 + MAC_BYTES;

export type PayloadCheck = { valid: true; contactId: string } | { valid: false; reason: 'malformed' | 'forged' | 'expired' };

function mac(key: Buffer, botId: string, body: Buffer): Buffer {
  // The bot is part of what is signed: a link made for one bot does nothing on another.
  return createHmac('sha256', key).update(botId).update(body).digest().subarray(0, MAC_BYTES);
}

/**
 * A `/start` payload that names a contact: signed, expiring, at most 64 characters of
 * Telegram's `A-Z a-z 0-9 _ -` (base64url), and meaningless to anyone without the key.
 */
export function signConnectPayload(key: Buffer, botId: string, contactId: string, expiresAt: Date): string {
  const body = Buffer.alloc(1 + 8 + 4);
  body.writeUInt8(VERSION, 0);
  body.writeBigUInt64BE(BigInt(contactId), 1);
  body.writeUInt32BE(Math.floor(expiresAt.getTime() / 1_000), 9);
  return Buffer.concat([body, mac(key, botId, body)]).toString('base64url');
}

export function checkConnectPayload(key: Buffer, botId: string, payload: string, now = new Date()): PayloadCheck {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(payload)) return { valid: false, reason: 'malformed' };
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length !== PAYLOAD_BYTES || bytes.readUInt8(0) !== VERSION) return { valid: false, reason: 'malformed' };
  const body = bytes.subarray(0, PAYLOAD_BYTES - MAC_BYTES);
  if (!timingSafeEqual(bytes.subarray(body.length), mac(key, botId, body))) return { valid: false, reason: 'forged' };
  if (body.readUInt32BE(9) * 1_000 < now.getTime()) return { valid: false, reason: 'expired' };
  return { valid: true, contactId: body.readBigUInt64BE(1).toString() };
}
