import { Injectable } from '@nestjs/common';
import { BotsService } from '@switchboard/bots';
import { TenantScope, throughBot } from '@switchboard/common';
import { ContactsService, IdentitiesService } from '@switchboard/contacts';
import { DeliveryService } from '../delivery/delivery.service';
import { MessagingError, MessagingErrorCode } from '../messaging.errors';
import { DeliveryStatus } from '../outbound-message.entity';
import { jobNotification } from './job-notification';
import { JobsService } from './jobs.service';

const OUTCOME_WAIT_MS = 15_000;

export interface JobNotification {
  testerId: string;
  telegramChatId: number;
  messageId: number;
  sentAt: Date;
}

/** OpenScouter's job-notify: one person (by the tenant's id for them) hears about one job, with a button to its link. */
@Injectable()
export class NotifyTester {
  constructor(
    private readonly jobs: JobsService,
    private readonly bots: BotsService,
    private readonly contacts: ContactsService,
    private readonly identities: IdentitiesService,
    private readonly delivery: DeliveryService,
  ) {}

  async execute(scope: TenantScope, testerId: string, jobId: string, message?: string): Promise<JobNotification> {
    const job = await this.jobs.get(scope, jobId);
    const bot = await this.bots.defaultBot(scope);
    const contact = await this.contacts.findByIdentifiers(scope, { externalCustomerId: testerId });
    const identity = contact && (await this.identities.ofContact(throughBot(scope.tenantId, bot.id), contact.id));
    if (!identity || !identity.started || identity.blocked) {
      throw new MessagingError(MessagingErrorCode.TESTER_NOT_CONNECTED, `Tester ${testerId} has not connected a Telegram account`);
    }
    const queued = await this.delivery.enqueue(scope, identity, { ...jobNotification(job, message), source: 'job' });
    const sent = await this.delivery.outcome(scope, queued.id, OUTCOME_WAIT_MS);
    if (sent.status === DeliveryStatus.FAILED) {
      throw new MessagingError(MessagingErrorCode.TELEGRAM_REJECTED, `Telegram rejected the notification: ${sent.errorDescription}`);
    }
    return { testerId, telegramChatId: Number(sent.chatId), messageId: Number(sent.telegramMessageIds.at(-1)), sentAt: sent.sentAt! };
  }
}
