import { FakeBot } from '../fake-bot';
import { Params } from '../params';
import { RateLimiter } from '../rate-limiter';
import { WebhookDeliverer } from '../webhook-deliverer';

export interface MethodContext {
  bot: FakeBot;
  params: Params;
  /** Aborted when the client goes away, so a long poll stops waiting for nobody. */
  signal: AbortSignal;
  limiter: RateLimiter;
  deliverer: WebhookDeliverer;
  setWebhookCooldownMs: number;
}

export interface Success {
  result: unknown;
  /** setWebhook and deleteWebhook say what they did next to the result. */
  description?: string;
}

/** A method answers with a Success or throws a BotApiError. */
export type MethodHandler = (ctx: MethodContext) => Success | Promise<Success>;

export const ok = (result: unknown, description?: string): Success => ({ result, description });
