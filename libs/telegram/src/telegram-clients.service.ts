import { Injectable } from '@nestjs/common';
import { Telegram } from 'telegraf';
import type { Opts, Telegram as BotApiMethods } from 'telegraf/types';
import { AppConfig } from '@switchboard/common';
import { SendMessageDraftPayload, SendPayload, SentMessage } from './send-payloads';

type Method = keyof BotApiMethods;

/** How many tenant bots' clients stay cached; a client is cheap, so this only bounds memory. */
const MAX_CACHED_CLIENTS = 10_000;

/**
 * Bot API clients for tenant bots, one per token, all pointed at TELEGRAM_API_ROOT. Every call
 * carries TELEGRAM_REQUEST_TIMEOUT, which Telegraf itself does not enforce.
 */
@Injectable()
export class TelegramClients {
  private readonly clients = new Map<string, Telegram>();

  constructor(private readonly config: AppConfig) {}

  client(token: string): Telegram {
    let client = this.clients.get(token);
    if (!client) {
      // webhookReply would answer the first call inside the webhook response and report success unsent.
      client = new Telegram(token, { apiRoot: this.config.telegram.apiRoot, webhookReply: false });
      if (this.clients.size >= MAX_CACHED_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
      this.clients.set(token, client);
    }
    return client;
  }

  /** Calls one Bot API method with the configured timeout (or sooner, on `abort`); failures are Telegraf's, see classifyTelegramFailure. */
  call<M extends Method>(token: string, method: M, payload: Opts<M>, abort?: AbortSignal): Promise<ReturnType<BotApiMethods[M]>> {
    const timeout = AbortSignal.timeout(this.config.telegram.requestTimeoutMs);
    const signal = abort ? AbortSignal.any([timeout, abort]) : timeout;
    // Telegraf types its signal with the abort-controller polyfill's AbortSignal; Node's own is what it uses at run time.
    return this.client(token).callApi(method, payload, { signal: signal as never });
  }

  /** Sends a message or a photo with fields newer than Telegraf's typings (see SendPayload). */
  send(token: string, send: SendPayload, abort?: AbortSignal): Promise<SentMessage> {
    // Telegraf passes the payload through as it is; only its types are older than these fields.
    return this.call(token, send.method, send.payload as never, abort) as Promise<SentMessage>;
  }

  /** Shows (or replaces) a draft in a private chat: Bot API 9.5, newer than Telegraf's typings. */
  sendDraft(token: string, draft: SendMessageDraftPayload, abort?: AbortSignal): Promise<true> {
    return this.call(token, 'sendMessageDraft' as Method, draft as never, abort) as Promise<true>;
  }

}
