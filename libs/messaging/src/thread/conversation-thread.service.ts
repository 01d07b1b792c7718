import { Injectable } from '@nestjs/common';
import { Page, PageArgs, TenantData, TenantScope, readNewestFirst } from '@switchboard/common';
import { ConversationMessage, ConversationsService, TelegramIdentity } from '@switchboard/contacts';
import { OutboundMessage } from '../outbound-message.entity';
import { decodeThreadCursor, encodeThreadCursor, mergeNewestFirst, readFromFor } from './thread-position';

export type ThreadMessage = ConversationMessage | OutboundMessage;

/**
 * A conversation as an inbox shows it: what the person wrote, and every message sent to the
 * chat with its delivery status (queued, failed and held ones too, which the conversation log
 * records only once sent), newest first.
 */
@Injectable()
export class ConversationThread {
  constructor(
    private readonly data: TenantData,
    private readonly conversations: ConversationsService,
  ) {}

  async page(scope: TenantScope, identity: TelegramIdentity, args: PageArgs): Promise<Page<ThreadMessage>> {
    const position = args.after ? decodeThreadCursor(args.after) : null;
    const [received, sent] = await Promise.all([
      this.conversations.inboundOf(scope, identity.id, readFromFor('received', position), args.first + 1),
      readNewestFirst(this.sentTo(scope, identity), readFromFor('sent', position), args.first + 1),
    ]);
    const merged = mergeNewestFirst(received, sent);
    const shown = merged.slice(0, args.first);
    const last = shown.at(-1);
    return {
      nodes: shown.map((item) => item.row),
      pageInfo: { hasNextPage: merged.length > args.first, endCursor: last ? encodeThreadCursor({ at: last.at, source: last.source, id: last.row.id }) : null },
    };
  }

  private sentTo(scope: TenantScope, identity: TelegramIdentity) {
    return this.data
      .for(scope)
      .repository(OutboundMessage)
      .select('message')
      .andWhere('message.bot_id = :botId AND message.chat_id = :chatId', { botId: identity.botId, chatId: identity.chatId });
  }
}
