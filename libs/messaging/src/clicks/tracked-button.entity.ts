import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Bot } from '@switchboard/bots';
import { TenantOwned } from '@switchboard/common';
import { TenantOwnedRecord } from '@switchboard/tenants';
import { OutboundMessage } from '../outbound-message.entity';

/**
 * A button of a sent message, behind a short token: callback_data `sb:<token>` (so any data,
 * even over Telegram's 64 bytes, fits) or a URL through `/r/<token>`. Either marks the message CLICKED.
 */
@TenantOwned({ bot: { column: 'bot_id', property: 'botId' }, credentials: ['token'] })
@Entity({ name: 'tracked_buttons' })
export class TrackedButton extends TenantOwnedRecord {
  /** The bot that sent it: a press is looked up within the bot the update came through. */
  @Column({ type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id' })
  bot?: Bot;

  @Column({ type: 'bigint' })
  messageId!: string;

  @ManyToOne(() => OutboundMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: OutboundMessage;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 24 })
  token!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'callback' | 'url';

  /** The callback data or URL the tenant gave. */
  @Column({ type: 'text' })
  target!: string;
}
