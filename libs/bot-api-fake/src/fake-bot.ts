import { ChatRegistry } from './chat-registry';
import { DeliveryLanes } from './delivery-lanes';
import { JsonObject } from './json';
import { LongPollSlot } from './long-poll';
import { FakeBotInfo } from './types';
import { UpdateQueue } from './update-queue';

export interface WebhookState {
  /** As the bot set it; getWebhookInfo reports this. */
  url: string;
  /** Where updates are POSTed (a scheme-less URL means https, as on Telegram). */
  target: URL;
  secretToken: string | undefined;
  maxConnections: number;
  ipAddress: string;
  dropPendingUpdates: boolean;
  /** Aborted when this webhook is replaced or deleted, which stops its deliveries. */
  generation: AbortController;
}

export interface WebhookError {
  date: number;
  message: string;
}

/** Everything the fake server knows about one bot. */
export class FakeBot {
  readonly chats = new ChatRegistry();
  readonly updates = new UpdateQueue();
  readonly longPoll = new LongPollSlot();
  readonly lanes = new DeliveryLanes();
  /** Callback queries delivered and not answered yet; each may be answered once. */
  readonly openCallbackQueries = new Set<string>();
  webhook: WebhookState | undefined;
  allowedUpdates: string[] | undefined;
  lastWebhookError: WebhookError | undefined;
  nextSetWebhookAt = 0;

  constructor(readonly info: FakeBotInfo) {}

  /** The bot as `from` of its messages (getMe adds the capability flags). */
  get sender(): JsonObject {
    return { id: this.info.id, is_bot: true, first_name: this.info.firstName, username: this.info.username };
  }

  /** Stops the current webhook's deliveries and hands its in-flight updates back to the queue. */
  closeWebhook(): boolean {
    const webhook = this.webhook;
    if (!webhook) return false;
    webhook.generation.abort();
    for (const entry of this.updates.all()) entry.inFlight = false;
    this.webhook = undefined;
    this.lastWebhookError = undefined;
    return true;
  }
}
