import { BotApiError } from './bot-api-error';
import { JsonObject } from './json';

/**
 * Readers for call parameters. Telegram accepts every parameter as a string (query string, form) or as its
 * JSON type, so each reader takes both.
 */
export type Params = JsonObject;

export function stringParam(params: Params, key: string): string | undefined {
  const value = params[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function integerParam(params: Params, key: string): number | undefined {
  const value = params[key];
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Math.trunc(Number(value));
  return undefined;
}

/** Seconds may be fractional here (Telegram truncates) so tests can long-poll for a fraction of a second. */
export function secondsParam(params: Params, key: string): number | undefined {
  const value = params[key];
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function booleanParam(params: Params, key: string): boolean {
  const value = params[key];
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return typeof value === 'string' && (value.toLowerCase() === 'true' || value === '1');
}

/**
 * A Boolean parameter read strictly, for flags whose misspelling would change what a send costs: JSON
 * true/false, or true/false/1/0 as text; absent or empty is false; anything else is `invalid`.
 */
export function strictBooleanParam(params: Params, key: string): boolean | 'invalid' {
  const value = params[key];
  if (value === undefined || value === null || value === '') return false;
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : '';
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return 'invalid';
}

/** A JSON-serialized parameter: already decoded, or a JSON string; `invalid` is Telegram's parse error for it. */
export function jsonParam(params: Params, key: string, invalid: () => BotApiError): unknown {
  const value = params[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw invalid();
  }
}
