import { Injectable } from '@nestjs/common';
import { Coalescer, throughBot } from '@switchboard/common';
import { ConversationLog, IdentitiesService, TelegramIdentity } from '@switchboard/contacts';
import { OutboundMessage } from '../outbound-message.entity';

type SentTo = Pick<OutboundMessage, 'tenantId' | 'botId' | 'chatId'>;

const keyOf = ({ tenantId, botId, chatId }: SentTo) => `${tenantId}:${botId}:${chatId}`;

/**
 * Records what the delivery engine sent in each recipient's conversation. The chats' identities
 * are looked up for the sends finishing together, one query per bot: a query per send was most of
 * the engine's statements at a paid broadcast's 1,000 sends a second.
 */
@Injectable()
export class OutboundLog {
  private readonly lookups = new Coalescer<SentTo, TelegramIdentity | null>((sends) => this.identitiesOf(sends));

  constructor(
    private readonly identities: IdentitiesService,
    private readonly conversations: ConversationLog,
  ) {}

  async record(message: OutboundMessage, telegramMessageId: string | null): Promise<void> {
    const identity = await this.lookups.submit(message);
    if (identity) await this.conversations.recordOutbound(identity, message.text, telegramMessageId);
  }

  private async identitiesOf(sends: SentTo[]): Promise<Array<TelegramIdentity | null>> {
    const chatsByBot = new Map<string, { tenantId: string; botId: string; chatIds: string[] }>();
    for (const send of sends) {
      const bot = chatsByBot.get(`${send.tenantId}:${send.botId}`) ?? { tenantId: send.tenantId, botId: send.botId, chatIds: [] };
      bot.chatIds.push(send.chatId);
      chatsByBot.set(`${send.tenantId}:${send.botId}`, bot);
    }
    const found = new Map<string, TelegramIdentity>();
    // The bots' queries run at once: one after the other, each bot's sends waited for the others'.
    const perBot = [...chatsByBot.values()];
    const identities = await Promise.all(perBot.map(({ tenantId, botId, chatIds }) => this.identities.ofChats(throughBot(tenantId, botId), chatIds)));
    perBot.forEach(({ tenantId, botId }, index) => {
      for (const identity of identities[index]) found.set(keyOf({ tenantId, botId, chatId: identity.chatId }), identity);
    });
    return sends.map((send) => found.get(keyOf(send)) ?? null);
  }
}
