import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BotsService } from '@switchboard/bots';
import { AppConfig, TenantScope } from '@switchboard/common';
import { Contact } from '../contact.entity';
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
    @InjectDataSource() private readonly dataSource: DataSource,
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

  async redeem(scope: TenantScope, identity: TelegramIdentity, payload: string): Promise<Redemption> {
    const check = checkConnectPayload(this.key, identity.botId, payload);
    if (!check.valid) return check.reason === 'expired' ? 'expired' : 'invalid';
    const target = await this.contacts.find(scope, check.contactId);
    if (!target) return 'invalid';
    if (identity.contactId === target.id) return 'already-connected';
    await this.dataSource.transaction(async (manager) => {
      const previous = identity.contactId;
      await manager.update(TelegramIdentity, { id: identity.id }, { contactId: target.id });
      await manager.query('UPDATE conversation_messages SET contact_id = $1 WHERE identity_id = $2', [target.id, identity.id]);
      // The contact made for this chat when it first wrote is empty now: it was the same person all along.
      await manager.query(
        `DELETE FROM contacts c WHERE c.id = $1 AND c.external_customer_id IS NULL AND c.phone IS NULL AND c.email IS NULL AND c.tags = '{}' AND c.attributes = '{}'
           AND NOT EXISTS (SELECT 1 FROM telegram_identities i WHERE i.contact_id = c.id)`,
        [previous],
      );
      await manager.update(Contact, { id: target.id }, { username: identity.username ?? target.username, lastActivityAt: new Date() });
    });
    return 'connected';
  }
}
