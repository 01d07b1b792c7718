import http from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeBot, WebhookState } from './fake-bot';
import { isJsonObject, JsonObject } from './json';
import { Params } from './params';
import { unixNow } from './random';
import { decodeBody } from './request-body';
import { DeliveryResult } from './types';
import { QueuedUpdate } from './update-queue';
import { MESSAGE_UPDATE_TYPES, updateTypeOf } from './update-types';
import { postUpdate, WebhookAnswer } from './webhook-post';

export interface DeliveryConfig {
  attempts: number;
  baseDelayMs: number;
  timeoutMs: number;
}

/** Runs a Bot API call the webhook answered with, as the token's bot (recorded like any call). */
export type ReplyCall = (token: string, method: string, params: Params) => Promise<unknown>;

/** Telegram ignores these when a webhook answers with them. */
const IGNORED_REPLY_METHODS = new Set(['setwebhook', 'deletewebhook', 'close', 'logout']);

export class WebhookDeliverer {
  private readonly stopped = new AbortController();
  private readonly agents = {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
  };
  private readonly running = new Set<Promise<DeliveryResult>>();

  constructor(
    private readonly config: DeliveryConfig,
    private readonly replyCall: ReplyCall,
  ) {}

  deliver(bot: FakeBot, webhook: WebhookState, entry: QueuedUpdate): Promise<DeliveryResult> {
    entry.inFlight = true;
    const delivery = bot.lanes.run(
      laneOf(entry.update),
      () => webhook.maxConnections,
      () => this.attemptAll(bot, webhook, entry),
    );
    this.running.add(delivery);
    void delivery.finally(() => this.running.delete(delivery));
    return delivery;
  }

  /** A new webhook inherits the backlog: every pending update nobody is sending yet. */
  drain(bot: FakeBot): void {
    const webhook = bot.webhook;
    if (!webhook) return;
    for (const entry of bot.updates.idle()) void this.deliver(bot, webhook, entry);
  }

  async stop(): Promise<void> {
    this.stopped.abort();
    await Promise.allSettled([...this.running]);
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async attemptAll(bot: FakeBot, webhook: WebhookState, entry: QueuedUpdate): Promise<DeliveryResult> {
    const signal = AbortSignal.any([webhook.generation.signal, this.stopped.signal]);
    const statuses: number[] = [];
    const result = (delivered: boolean): DeliveryResult => ({
      delivered,
      attempts: statuses.length,
      statuses,
      updateId: entry.id,
    });
    for (let attempt = 0; attempt < this.config.attempts && !signal.aborted; attempt++) {
      const answer = await this.attempt(webhook, entry, attempt, signal);
      if (!answer) break;
      statuses.push(answer.kind === 'response' ? answer.status : 0);
      if (answer.kind === 'response' && answer.status >= 200 && answer.status < 300) {
        bot.updates.remove(entry.id);
        await this.runReply(bot, answer);
        return result(true);
      }
      bot.lastWebhookError = { date: unixNow(), message: errorMessage(answer) };
    }
    // A cancelled delivery's update already belongs to whoever replaced the webhook.
    if (!signal.aborted) entry.inFlight = false;
    return result(false);
  }

  /** One POST, after the backoff for its attempt number; undefined once cancelled. */
  private async attempt(
    webhook: WebhookState,
    entry: QueuedUpdate,
    attempt: number,
    signal: AbortSignal,
  ): Promise<WebhookAnswer | undefined> {
    try {
      if (attempt > 0) await sleep(this.config.baseDelayMs * 2 ** (attempt - 1), undefined, { signal });
      return await postUpdate(webhook.target, JSON.stringify(entry.update), {
        secretToken: webhook.secretToken,
        timeoutMs: this.config.timeoutMs,
        signal,
        agents: this.agents,
      });
    } catch {
      return undefined;
    }
  }

  /** A webhook may answer with a method call instead of making a request (telegraf's webhookReply). */
  private async runReply(bot: FakeBot, answer: Extract<WebhookAnswer, { kind: 'response' }>): Promise<void> {
    let params: Params;
    try {
      params = decodeBody(answer.contentType, answer.body);
    } catch {
      return;
    }
    const { method, ...rest } = params;
    if (typeof method !== 'string' || method === '') return;
    const lower = method.toLowerCase();
    if (IGNORED_REPLY_METHODS.has(lower) || lower.startsWith('get')) return;
    await this.replyCall(bot.info.token, method, rest);
  }
}

function errorMessage(answer: WebhookAnswer): string {
  return answer.kind === 'response' ? `Wrong response from the webhook: ${answer.status} ${answer.reason}` : answer.message;
}

/** Telegram keeps one chat's messages (and one user's queries) in order; other updates are independent. */
function laneOf(update: JsonObject): string | undefined {
  const type = updateTypeOf(update);
  const payload = type === undefined ? undefined : update[type];
  if (type === undefined || !isJsonObject(payload)) return undefined;
  const chat = payload.chat;
  if (MESSAGE_UPDATE_TYPES.includes(type) && isJsonObject(chat)) return `chat:${String(chat.id)}`;
  const from = payload.from;
  if (isJsonObject(from)) return `${type}:${String(from.id)}`;
  if (isJsonObject(chat)) return `${type}:${String(chat.id)}`;
  return undefined;
}
