import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { TelegramError } from 'telegraf';
import type { Opts, Telegram as BotApiMethods } from 'telegraf/types';
import { Pool } from 'undici';
import { AppConfig } from '@switchboard/common';
import { SendMessageDraftPayload, SendPayload, SentMessage } from './send-payloads';

type Method = keyof BotApiMethods;

interface BotApiAnswer {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** An answer that is not the Bot API's JSON (a proxy's error page): a network fault, retried like one. */
class UnreadableAnswer extends Error {
  readonly code = 'EBADANSWER';
}

/** Like Telegraf: a field left null or undefined is not sent at all. */
function withoutEmptyFields(_key: string, value: unknown): unknown {
  return value ?? undefined;
}

/**
 * Bot API calls for tenant bots, each with its token, all to TELEGRAM_API_ROOT over one pool of
 * kept-alive connections (undici). Failures are Telegraf's own TelegramError (a Bot API error, or
 * a 5xx) or a network error with a string code; see classifyTelegramFailure. Every call carries
 * TELEGRAM_REQUEST_TIMEOUT. Telegraf's client (node-fetch) cost the delivery engine about a fifth
 * of its CPU at thousands of sends a second, in URL parsing, header objects and body streams.
 */
@Injectable()
export class TelegramClients implements OnModuleDestroy {
  private readonly pool: Pool;
  private readonly basePath: string;

  constructor(private readonly config: AppConfig) {
    const root = new URL(config.telegram.apiRoot);
    this.pool = new Pool(root.origin);
    this.basePath = root.pathname.replace(/\/+$/, '');
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }

  /** Calls one Bot API method with the configured timeout (or sooner, on `abort`). */
  async call<M extends Method>(token: string, method: M, payload: Opts<M>, abort?: AbortSignal): Promise<ReturnType<BotApiMethods[M]>> {
    const timeout = AbortSignal.timeout(this.config.telegram.requestTimeoutMs);
    const signal = abort ? AbortSignal.any([timeout, abort]) : timeout;
    const { statusCode, body } = await this.pool.request({
      method: 'POST',
      path: `${this.basePath}/bot${token}/${method}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload, withoutEmptyFields),
      signal,
    });
    if (statusCode >= 500) {
      await body.dump();
      throw new TelegramError({ error_code: statusCode, description: STATUS_CODES[statusCode] ?? 'Server Error' }, { method, payload });
    }
    const answer = (await body.json().catch(() => null)) as BotApiAnswer | null;
    if (typeof answer?.ok !== 'boolean') throw new UnreadableAnswer(`${method}: HTTP ${statusCode} with an answer that is not the Bot API's`);
    if (!answer.ok) throw new TelegramError(answer as ConstructorParameters<typeof TelegramError>[0], { method, payload });
    return answer.result as ReturnType<BotApiMethods[M]>;
  }

  /** Sends a message or a photo with fields newer than Telegraf's typings (see SendPayload). */
  send(token: string, send: SendPayload, abort?: AbortSignal): Promise<SentMessage> {
    return this.call(token, send.method, send.payload as never, abort) as Promise<SentMessage>;
  }

  /** Shows (or replaces) a draft in a private chat: Bot API 9.5, newer than Telegraf's typings. */
  sendDraft(token: string, draft: SendMessageDraftPayload, abort?: AbortSignal): Promise<true> {
    return this.call(token, 'sendMessageDraft' as Method, draft as never, abort) as Promise<true>;
  }
}
