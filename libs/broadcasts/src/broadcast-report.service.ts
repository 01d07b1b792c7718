import { Injectable } from '@nestjs/common';
import { BotDirectory } from '@switchboard/bots';
import { AppConfig, Page, PageArgs, TenantData, TenantScope, paginate } from '@switchboard/common';
import { ContactsService, IdentitiesService } from '@switchboard/contacts';
import { BroadcastMessageCounts, BroadcastMessages, DeliveryStatus, OutboundMessage, RECENT_SENDS_SECONDS, rateOf } from '@switchboard/messaging';
import { AudienceCriteria } from './audience-criteria';
import { BroadcastProgress, BroadcastRecipient, BroadcastStats } from './broadcast-report.types';
import { botScopeOf, creatorScopeOf } from './broadcast-scope';
import { BroadcastDelivery, RecipientState } from './broadcast-delivery.entity';
import { BroadcastState, isPaused } from './broadcast-state';
import { Broadcast } from './broadcast.entity';
import { BroadcastEstimate, estimateOf } from './estimate';
import { recentPace } from './recent-pace';
import { RecipientStatus } from './recipient-status';

const MESSAGE_STATUSES: Record<RecipientStatus, DeliveryStatus | null> = {
  [RecipientStatus.PENDING]: null,
  [RecipientStatus.SKIPPED]: null,
  [RecipientStatus.QUEUED]: DeliveryStatus.QUEUED,
  [RecipientStatus.HELD]: DeliveryStatus.HELD,
  [RecipientStatus.SENT]: DeliveryStatus.SENT,
  [RecipientStatus.FAILED]: DeliveryStatus.FAILED,
  [RecipientStatus.CLICKED]: DeliveryStatus.CLICKED,
  [RecipientStatus.CANCELLED]: DeliveryStatus.CANCELLED,
};

/** What a broadcast would cost and how it is doing: counts, pace, and each recipient. */
@Injectable()
export class BroadcastReport {
  constructor(
    private readonly data: TenantData,
    private readonly messages: BroadcastMessages,
    private readonly contacts: ContactsService,
    private readonly identities: IdentitiesService,
    private readonly directory: BotDirectory,
    private readonly config: AppConfig,
    private readonly criteria: AudienceCriteria,
  ) {}

  async stats(scope: TenantScope, broadcast: Broadcast): Promise<BroadcastStats> {
    return statsOf(broadcast, await this.countsOf(scope, broadcast));
  }

  async progress(scope: TenantScope, broadcast: Broadcast): Promise<BroadcastProgress> {
    const counts = await this.countsOf(scope, broadcast);
    const stats = statsOf(broadcast, counts);
    const settled = stats.audience - stats.queued;
    const percent = stats.audience > 0 ? Math.floor((settled / stats.audience) * 1_000) / 10 : broadcast.state === BroadcastState.COMPLETED ? 100 : 0;
    const sentPerSecond = recentPace(counts.messages.sentRecently, broadcast.startedAt, RECENT_SENDS_SECONDS);
    const pace = sentPerSecond || (await this.ratePerSecond(broadcast));
    const running = broadcast.state === BroadcastState.RUNNING && stats.queued > 0 && pace > 0;
    return { percent, sentPerSecond, eta: running ? new Date(Date.now() + (stats.queued / pace) * 1_000) : null };
  }

  /** Recipients by state and messages by status: what stats and progress are read from, counted once. */
  private async countsOf(scope: TenantScope, broadcast: Broadcast): Promise<BroadcastCounts> {
    const [recipients, messages] = await Promise.all([this.recipientCounts(scope, broadcast.id), this.messages.counts(scope, broadcast.id)]);
    return { recipients, messages };
  }

  private async ratePerSecond(broadcast: Broadcast): Promise<number> {
    const bot = await this.directory.byId(broadcast.botId);
    const rate = rateOf({ paidBroadcast: broadcast.paid }, bot?.sendRate ?? null, this.config.telegram.rateLimit);
    return (rate.count * 1_000) / rate.perMs;
  }

  /** Who it would reach now (an identity on the bot, not blocked), how long that takes at the bot's rate, and for a paid broadcast what it may cost. */
  async estimate(scope: TenantScope, broadcast: Broadcast): Promise<BroadcastEstimate> {
    const bot = await this.directory.byId(broadcast.botId);
    const paid = broadcast.state === BroadcastState.DRAFT || broadcast.state === BroadcastState.SCHEDULED ? Boolean(bot?.paidBroadcasts) : broadcast.paid;
    const rate = rateOf({ paidBroadcast: paid }, bot?.sendRate ?? null, this.config.telegram.rateLimit);
    return estimateOf(await this.reachable(broadcast), rate, paid);
  }

  private async reachable(broadcast: Broadcast): Promise<number> {
    const creator = creatorScopeOf(broadcast);
    if (broadcast.audience.contactIds) {
      const contacts = await this.contacts.findMany(creator, broadcast.audience.contactIds);
      const identities = await this.identities.ofContacts(botScopeOf(broadcast), contacts.map((contact) => contact.id));
      return new Set(identities.filter((identity) => identity.started && !identity.blocked).map((identity) => identity.contactId)).size;
    }
    const criteria = broadcast.criteria ?? (await this.criteria.of(broadcast));
    return this.contacts.count(creator, { ...criteria, botId: broadcast.botId, reachable: true });
  }

  async recipients(scope: TenantScope, broadcast: Broadcast, status: RecipientStatus | undefined, page: PageArgs): Promise<Page<BroadcastRecipient>> {
    const query = this.data.for(scope).repository(BroadcastDelivery).select('delivery').andWhere('delivery.broadcast_id = :broadcastId', { broadcastId: broadcast.id });
    // A paused broadcast's recipients not yet handed to the engine wait with its held messages.
    const waiting = isPaused(broadcast.state) ? RecipientStatus.HELD : RecipientStatus.PENDING;
    if (status) {
      const rowState = rowStateOf(status, waiting);
      const messageStatus = MESSAGE_STATUSES[status];
      const sent = `EXISTS (SELECT 1 FROM outbound_messages message WHERE message.broadcast_id = delivery.broadcast_id AND message.contact_id = delivery.contact_id AND message.status = :messageStatus)`;
      const either = [rowState && 'delivery.state = :rowState', messageStatus && sent].filter(Boolean);
      query.andWhere(either.length > 0 ? `(${either.join(' OR ')})` : 'false', { rowState, messageStatus });
    }
    const rows = await paginate(query, page);
    const messages = new Map((await this.messages.ofContacts(scope, broadcast.id, rows.nodes.map((row) => row.contactId))).map((message) => [message.contactId, message]));
    return { pageInfo: rows.pageInfo, nodes: rows.nodes.map((row) => recipientOf(row, messages.get(row.contactId), waiting)) };
  }

  private async recipientCounts(scope: TenantScope, broadcastId: string): Promise<Map<RecipientState, number>> {
    const rows: Array<{ state: RecipientState; count: number }> = await this.data
      .for(scope)
      .repository(BroadcastDelivery)
      .select('delivery')
      .select('delivery.state', 'state')
      .addSelect('count(*)::int', 'count')
      .where('delivery.broadcast_id = :broadcastId', { broadcastId })
      .groupBy('delivery.state')
      .getRawMany();
    return new Map(rows.map((row) => [row.state, row.count]));
  }
}

/** The delivery row state that reads as `status` before any message exists. */
function rowStateOf(status: RecipientStatus, waiting: RecipientStatus): RecipientState | null {
  if (status === RecipientStatus.SKIPPED) return RecipientState.SKIPPED;
  if (status === RecipientStatus.CANCELLED) return RecipientState.CANCELLED;
  return status === waiting ? RecipientState.PENDING : null;
}

interface BroadcastCounts {
  recipients: Map<RecipientState, number>;
  messages: BroadcastMessageCounts;
}

function statsOf(broadcast: Broadcast, { recipients, messages }: BroadcastCounts): BroadcastStats {
  const count = (status: DeliveryStatus) => messages.byStatus[status] ?? 0;
  const skipped = (recipients.get(RecipientState.SKIPPED) ?? 0) + broadcast.notFound + broadcast.duplicates;
  const sent = count(DeliveryStatus.SENT) + count(DeliveryStatus.CLICKED);
  const failed = count(DeliveryStatus.FAILED);
  const cancelled = (recipients.get(RecipientState.CANCELLED) ?? 0) + count(DeliveryStatus.CANCELLED);
  const walked = [...recipients.values()].reduce((sum, n) => sum + n, 0) + broadcast.notFound + broadcast.duplicates;
  const audience = Math.max(broadcast.audienceSize ?? 0, walked);
  return {
    audience,
    skipped,
    queued: broadcast.state === BroadcastState.CANCELLED ? 0 : Math.max(0, audience - skipped - sent - failed - cancelled),
    sent,
    failed,
    clicked: count(DeliveryStatus.CLICKED),
    cancelled,
    inFlightAtCrash: messages.inFlightAtCrash,
  };
}

function recipientOf(row: BroadcastDelivery, message: OutboundMessage | undefined, waiting: RecipientStatus): BroadcastRecipient {
  const unfed = row.state === RecipientState.PENDING ? waiting : (row.state as string as RecipientStatus);
  const status = message ? (message.status as string as RecipientStatus) : unfed;
  return {
    contactId: row.contactId,
    chatId: message?.chatId ?? row.chatId,
    status,
    skipReason: row.skipReason,
    messageId: message?.id ?? null,
    errorCode: message?.errorCode ?? null,
    error: message?.errorDescription ?? null,
    sentAt: message?.sentAt ?? null,
  };
}
