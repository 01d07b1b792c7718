import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig, TenantData, TenantScope, isRowId, throughBot } from '@switchboard/common';
import { IdentitiesService, TelegramIdentity } from '@switchboard/contacts';
import { trackMarkup } from '../clicks/track-markup';
import { TrackedButton } from '../clicks/tracked-button.entity';
import { MessagingError, MessagingErrorCode } from '../messaging.errors';
import { DeliveryStatus, OutboundMessage } from '../outbound-message.entity';
import { SEND_QUEUE, sendKeyOf, SendJob } from './send-queue';

export interface Recipient {
  botId: string;
  contactId?: string;
  chatId?: string;
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
    const notFound = () => new MessagingError(MessagingErrorCode.RECIPIENT_NOT_FOUND, 'The recipient has not started a chat with this bot');
    // A bot-scoped caller reaches no chat of another bot.
    if (scope.botId && scope.botId !== to.botId) throw notFound();
    const bot = throughBot(scope.tenantId, to.botId);
    const identity = to.chatId ? await this.identities.find(bot, to.chatId) : await this.identities.ofContact(bot, to.contactId!);
    if (!identity || (to.contactId && identity.contactId !== to.contactId)) throw notFound();
    return identity;
  }

  async enqueue(scope: TenantScope, identity: TelegramIdentity, command: SendCommand): Promise<OutboundMessage> {
    const tracked = trackMarkup(command.replyMarkup ?? null, this.config.publicUrl, command.trackUrls ?? true);
    return this.data.transaction(scope, async (session) => {
      const messages = session.repository(OutboundMessage);
      const message = await messages.save(
        messages.create({
          botId: identity.botId,
          contactId: identity.contactId,
          chatId: identity.chatId,
          text: command.text,
          photo: command.photo ?? null,
          paidBroadcast: command.paidBroadcast ?? false,
          parseMode: command.parseMode ?? null,
          replyMarkup: command.replyMarkup ?? null,
          telegramMarkup: tracked.markup,
          status: DeliveryStatus.QUEUED,
          source: command.source,
          sender: command.sender ?? null,
        }),
      );
      const buttons = session.repository(TrackedButton);
      await buttons.saveMany(tracked.targets.map((target) => buttons.create({ ...target, botId: identity.botId, messageId: message.id })));
      await session.enqueue(SEND_QUEUE, [{ data: { messageId: message.id } satisfies SendJob, singletonKey: sendKeyOf(identity.botId, identity.chatId) }]);
      return message;
    });
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
