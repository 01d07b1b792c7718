import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig, ScopedSession, TenantData, TenantScope, isRowId, throughBot } from '@switchboard/common';
import { IdentitiesService, TelegramIdentity } from '@switchboard/contacts';
import { trackMarkup } from '../clicks/track-markup';
import { TrackedButton } from '../clicks/tracked-button.entity';
import { MessagingError, MessagingErrorCode } from '../messaging.errors';
import { DeliveryStatus, OutboundMessage } from '../outbound-message.entity';
import { preferredIdentity } from './recipients';
import { sendJobOf, sendQueueOf } from './send-queue';

export interface Recipient {
  botId: string;
  contactId?: string;
  chatId?: string;
}

/** Where a message goes: a chat of a bot, and the contact it belongs to. */
export type RecipientChat = Pick<TelegramIdentity, 'botId' | 'contactId' | 'chatId'>;

export interface QueuedSend {
  recipient: RecipientChat;
  command: SendCommand;
}

export interface SendCommand {
  /** The text, or a photo's caption. */
  text: string;
  /** A photo (http(s) URL or Telegram file_id) sent with `text` as its caption. */
  photo?: string | null;
  /** Sent with allow_paid_broadcast, paced at Telegram's paid ceiling: only for broadcasts of a bot with paid broadcasts on. */
  paidBroadcast?: boolean;
  parseMode?: string | null;
  replyMarkup?: Record<string, unknown> | null;
  source: 'api' | 'interactive' | 'job' | 'broadcast' | 'replica';
  sender?: string | null;
  /** Route URL buttons through Switchboard's redirect, so opening them marks the message CLICKED. */
  trackUrls?: boolean;
  broadcastId?: string;
  /** A forum topic of the chat: the message goes to that topic. */
  messageThreadId?: string | null;
}

const NOT_STARTED = 'The recipient has not started a chat with this bot';

/** Recipients by bot, each with its place in the request. */
function groupByBot(to: Recipient[]): Map<string, Array<{ recipient: Recipient; index: number }>> {
  const groups = new Map<string, Array<{ recipient: Recipient; index: number }>>();
  to.forEach((recipient, index) => {
    const group = groups.get(recipient.botId) ?? [];
    group.push({ recipient, index });
    groups.set(recipient.botId, group);
  });
  return groups;
}

function outboundRowOf(recipient: RecipientChat, command: SendCommand, telegramMarkup: Record<string, unknown> | null): Partial<OutboundMessage> {
  return {
    botId: recipient.botId,
    contactId: recipient.contactId,
    chatId: recipient.chatId,
    text: command.text,
    photo: command.photo ?? null,
    paidBroadcast: command.paidBroadcast ?? false,
    parseMode: command.parseMode ?? null,
    replyMarkup: command.replyMarkup ?? null,
    telegramMarkup,
    status: DeliveryStatus.QUEUED,
    source: command.source,
    sender: command.sender ?? null,
    broadcastId: command.broadcastId ?? null,
    messageThreadId: command.messageThreadId ?? null,
  };
}

/**
 * The entrance of the one delivery engine: a message is stored QUEUED, with its tracked buttons
 * and its send job, in one transaction; the DeliveryWorker sends it.
 */
@Injectable()
export class DeliveryService {
  constructor(
    private readonly data: TenantData,
    private readonly identities: IdentitiesService,
    private readonly config: AppConfig,
  ) {}

  /** The Telegram identity a send goes to: a contact's on the bot, or a chat the bot knows. */
  async recipient(scope: TenantScope, to: Recipient): Promise<TelegramIdentity> {
    if (!to.contactId && !to.chatId) throw new MessagingError(MessagingErrorCode.RECIPIENT_REQUIRED, 'Give contactId or chatId');
    const notFound = () => new MessagingError(MessagingErrorCode.RECIPIENT_NOT_FOUND, NOT_STARTED);
    // A bot-scoped caller reaches no chat of another bot.
    if (scope.botId && scope.botId !== to.botId) throw notFound();
    const bot = throughBot(scope.tenantId, to.botId);
    const identity = to.chatId ? await this.identities.find(bot, to.chatId) : await this.identities.ofContact(bot, to.contactId!);
    if (!identity || (to.contactId && identity.contactId !== to.contactId)) throw notFound();
    return identity;
  }

  /**
   * The identities several sends go to, read with one query per bot and kind of recipient; the
   * first that names no reachable chat fails them all, naming its index as `messages[i]`.
   */
  async recipients(scope: TenantScope, to: Recipient[]): Promise<TelegramIdentity[]> {
    const found = new Map<number, TelegramIdentity>();
    for (const [botId, items] of groupByBot(to)) {
      const bot = throughBot(scope.tenantId, botId);
      const byChat = items.filter(({ recipient }) => recipient.chatId);
      const byContact = items.filter(({ recipient }) => !recipient.chatId && recipient.contactId);
      const chats = await this.identities.ofChats(bot, byChat.map(({ recipient }) => recipient.chatId!));
      const chatIdentity = new Map(chats.map((identity) => [identity.chatId, identity]));
      for (const { recipient, index } of byChat) {
        const identity = chatIdentity.get(recipient.chatId!);
        if (identity && (!recipient.contactId || identity.contactId === recipient.contactId)) found.set(index, identity);
      }
      const contactIds = byContact.map(({ recipient }) => recipient.contactId!).filter((id) => isRowId(id));
      const ofContacts = await this.identities.ofContacts(bot, contactIds);
      for (const { recipient, index } of byContact) {
        const identity = preferredIdentity(ofContacts.filter((candidate) => candidate.contactId === recipient.contactId));
        if (identity) found.set(index, identity);
      }
    }
    return to.map((recipient, index) => {
      if (!recipient.contactId && !recipient.chatId) throw new MessagingError(MessagingErrorCode.RECIPIENT_REQUIRED, `messages[${index}]: Give contactId or chatId`);
      // A bot-scoped caller reaches no chat of another bot.
      const identity = scope.botId && scope.botId !== recipient.botId ? undefined : found.get(index);
      if (!identity) throw new MessagingError(MessagingErrorCode.RECIPIENT_NOT_FOUND, `messages[${index}]: ${NOT_STARTED}`);
      return identity;
    });
  }

  async enqueue(scope: TenantScope, identity: TelegramIdentity, command: SendCommand): Promise<OutboundMessage> {
    return (await this.enqueueMany(scope, [{ recipient: identity, command }]))[0];
  }

  /** Queues several messages in one transaction: all of them, or none. */
  enqueueMany(scope: TenantScope, sends: QueuedSend[]): Promise<OutboundMessage[]> {
    return this.data.transaction(scope, (session) => this.enqueueWithin(session, sends));
  }

  /**
   * Stores messages QUEUED with their tracked buttons and send jobs, in the caller's transaction:
   * a message exists if and only if it is on its way.
   */
  async enqueueWithin(session: ScopedSession, sends: QueuedSend[]): Promise<OutboundMessage[]> {
    if (sends.length === 0) return [];
    const tracked = sends.map(({ command }) => trackMarkup(command.replyMarkup ?? null, this.config.publicUrl, command.trackUrls ?? true));
    const messages = session.repository(OutboundMessage);
    const saved = await messages.insertMany(sends.map(({ recipient, command }, index) => messages.create(outboundRowOf(recipient, command, tracked[index].markup))));
    const buttons = session.repository(TrackedButton);
    await buttons.insertMany(
      saved.flatMap((message, index) => tracked[index].targets.map((target) => buttons.create({ ...target, botId: message.botId, messageId: message.id }))),
    );
    for (const queue of new Set(saved.map(sendQueueOf))) {
      await session.enqueue(queue, saved.filter((message) => sendQueueOf(message) === queue).map((message) => sendJobOf(message)));
    }
    return saved;
  }

  find(scope: TenantScope, id: string): Promise<OutboundMessage | null> {
    if (!isRowId(id)) return Promise.resolve(null);
    return this.data.for(scope).repository(OutboundMessage).findOne({ id });
  }

  /** Waits (up to `timeoutMs`) for a message to leave QUEUED, for APIs that answer with Telegram's outcome. */
  async outcome(scope: TenantScope, id: string, timeoutMs: number): Promise<OutboundMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = await this.find(scope, id);
      if (!message) throw new MessagingError(MessagingErrorCode.MESSAGE_NOT_FOUND, `Message ${id} not found`);
      if (message.status !== DeliveryStatus.QUEUED) return message;
      if (Date.now() > deadline) {
        throw new MessagingError(MessagingErrorCode.NOT_SENT_YET, `Message ${id} is queued and not sent yet (the bot is at its send rate); follow it with message(id)`);
      }
      await sleep(50);
    }
  }
}
