import { Injectable } from '@nestjs/common';
import { throughBot } from '@switchboard/common';
import { ConversationLog, IdentitiesService } from '@switchboard/contacts';
import { OutboundMessage } from '../outbound-message.entity';

/**
 * Records what the delivery engine sent in each recipient's conversation. The chats' identities
 * of sends finishing together are looked up together (IdentitiesService.find): a query per send
 * was most of the engine's statements at a paid broadcast's 1,000 sends a second.
 */
@Injectable()
export class OutboundLog {
  constructor(
    private readonly identities: IdentitiesService,
    private readonly conversations: ConversationLog,
  ) {}

  async record(message: OutboundMessage, telegramMessageId: string | null): Promise<void> {
    const identity = await this.identities.find(throughBot(message.tenantId, message.botId), message.chatId);
    if (identity) await this.conversations.recordOutbound(identity, message.text, telegramMessageId);
  }
}
