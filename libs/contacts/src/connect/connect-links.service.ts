import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { BotsService } from '@switchboard/bots';
import { AppConfig, BotScope, TenantData, TenantScope, tenantWide } from '@switchboard/common';
import { Contact } from '../contact.entity';
import { ConversationMessage } from '../conversation-message.entity';
import { ContactsService } from '../contacts.service';
import { TelegramIdentity } from '../telegram-identity.entity';
import { checkConnectPayload, signConnectPayload } from './connect-payload';

export const DEFAULT_LINK_TTL_SECONDS = 7 * 24 * 3_600;

export interface ConnectLink {
  url: string;
  payload: string;
  expiresAt: Date;
  contactId: string;
  botId: string;
  botUsername: string;
}

export type Redemption = 'connected' | 'already-connected' | 'expired' | 'invalid';

/**
 * "Connect your Telegram": a t.me deep link whose /start payload names a contact. Pressing
 * Start moves that Telegram identity (and its conversation) onto the contact.
 */
@Injectable()
export class ConnectLinksService {
  private readonly key: Buffer;

  constructor(
    private readonly bots: BotsService,
    private readonly contacts: ContactsService,
    private readonly data: TenantData,
    config: AppConfig,
  ) {
    this.key = createHash('sha256').update('switchboard connect links').update(config.secrets.encryptionKey).digest();
  }

  async create(scope: TenantScope, contactId: string, botId?: string, ttlSeconds = DEFAULT_LINK_TTL_SECONDS): Promise<ConnectLink> {
    const contact = await this.contacts.get(scope, contactId);
    const bot = await this.bots.defaultBot(scope, botId);
    const expiresAt = new Date(Date.now() + ttlSeconds * 1_000);
    const payload = signConnectPayload(this.key, bot.id, contact.id, expiresAt);
    return { url: `https://t.me/${bot.username}?start=${payload}`, payload, expiresAt, contactId: contact.id, botId: bot.id, botUsername: bot.username };
  }

  /**
   * The payload is signed for the bot the update came through, so it names the contact within
   * the whole tenant: connecting is how a contact becomes reachable on this bot.
   */
  async redeem(scope: BotScope, identity: TelegramIdentity, payload: string): Promise<Redemption> {
    const check = checkConnectPayload(this.key, scope.botId, payload);
    if (!check.valid) return check.reason === 'expired' ? 'expired' : 'invalid';
    const tenant = tenantWide(scope.tenantId);
    const target = await this.contacts.find(tenant, check.contactId);
    if (!target) return 'invalid';
    if (identity.contactId === target.id) return 'already-connected';
    await this.data.transaction(tenant, async (session) => {
      const previous = identity.contactId;
      await session.repository(TelegramIdentity).update({ id: identity.id }, { contactId: target.id });
      await session.repository(ConversationMessage).update({ identityId: identity.id }, { contactId: target.id });
      // The contact made for this chat when it first wrote is empty now: it was the same person all along.
      await session.repository(Contact).deleteWhere(
        `id = :previous AND external_customer_id IS NULL AND phone IS NULL AND email IS NULL AND tags = '{}' AND attributes = '{}'
           AND NOT EXISTS (SELECT 1 FROM telegram_identities i WHERE i.contact_id = contacts.id)`,
        { previous },
      );
      await session.repository(Contact).update({ id: target.id }, { username: identity.username ?? target.username, lastActivityAt: new Date() });
    });
    return 'connected';
  }
}
