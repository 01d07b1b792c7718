import { TelegramError } from 'telegraf';

/**
 * What a failed Bot API call means for the caller, from Telegram's error code, description and
 * parameters (SPEC §3). Delivery decides on these: wait, retry, give up, or re-address.
 */
export type TelegramFailure =
  | { kind: 'rate-limited'; retryAfterMs: number; description: string }
  | { kind: 'blocked'; description: string }
  | { kind: 'chat-not-found'; description: string }
  | { kind: 'chat-migrated'; newChatId: number; description: string }
  | { kind: 'unauthorized'; description: string }
  | { kind: 'transient'; description: string }
  | { kind: 'rejected'; code: number; description: string };

interface NetworkError {
  name?: string;
  code?: unknown;
  type?: unknown;
  message?: string;
}

function isNetworkError(error: NetworkError): boolean {
  // node-fetch reports refused/reset connections as FetchError with a string code; an expired
  // AbortSignal (our request timeout) as AbortError.
  return error.name === 'AbortError' || error.name === 'TimeoutError' || error.name === 'FetchError' || typeof error.code === 'string';
}

function fromTelegramError(error: TelegramError): TelegramFailure {
  const description = error.description;
  const parameters = error.parameters;
  if (error.code === 429) return { kind: 'rate-limited', retryAfterMs: (parameters?.retry_after ?? 1) * 1_000, description };
  if (parameters?.migrate_to_chat_id) return { kind: 'chat-migrated', newChatId: parameters.migrate_to_chat_id, description };
  if (error.code === 401) return { kind: 'unauthorized', description };
  if (error.code === 403) return { kind: 'blocked', description };
  if (error.code === 400 && /chat not found/i.test(description)) return { kind: 'chat-not-found', description };
  if (error.code >= 500) return { kind: 'transient', description };
  return { kind: 'rejected', code: error.code, description };
}

export function classifyTelegramFailure(error: unknown): TelegramFailure {
  if (error instanceof TelegramError) return fromTelegramError(error);
  const candidate = (error ?? {}) as NetworkError;
  if (isNetworkError(candidate)) return { kind: 'transient', description: candidate.message ?? String(candidate.code) };
  throw error;
}
