import { createHash } from 'node:crypto';
import { badRequest } from '../bot-api-error';
import { JsonObject } from '../json';
import { Params } from '../params';

/** Photo file_ids are long base64url strings; this keeps out paths, words and other schemes. */
const FILE_ID = /^[A-Za-z0-9_-]{20,}$/;
const SIZES = [
  { width: 90, height: 68 },
  { width: 320, height: 240 },
  { width: 800, height: 600 },
];

/**
 * Reads `photo` (an http(s) URL Telegram would download, or a file_id) and answers the PhotoSize array
 * Telegram stores for it, smallest first. Ids derive from the source, so sending the same photo again
 * gives the same file_unique_ids, and a returned file_id can be sent again; a file_id sent is kept as the
 * largest size's.
 */
export function photoSizes(params: Params): JsonObject[] {
  const photo = params.photo;
  if (photo === undefined || photo === null || photo === '') throw badRequest('there is no photo in the request');
  const source = typeof photo === 'string' ? photo.trim() : '';
  const fileId = FILE_ID.test(source);
  if (!fileId && !isHttpUrl(source)) throw badRequest('wrong file identifier/HTTP URL specified');
  return SIZES.map(({ width, height }, i) => ({
    file_id: fileId && i === SIZES.length - 1 ? source : `AgACAgIAAxkBAA${digest(`${source}#${width}`, 40)}`,
    file_unique_id: `AQAD${digest(`${source}#${width}#unique`, 12)}`,
    width,
    height,
    file_size: Math.round((width * height) / 8),
  }));
}

function isHttpUrl(source: string): boolean {
  if (!/^https?:\/\//i.test(source)) return false;
  try {
    return new URL(source).hostname !== '';
  } catch {
    return false;
  }
}

function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, length);
}
