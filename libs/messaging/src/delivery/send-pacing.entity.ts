import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Bot } from '@switchboard/bots';

/**
 * Shared pacing state, so every instance sending for a bot keeps to one rate: the next free send
 * slot of a bot (and until when Telegram told it to wait), of a chat, and today's count.
 */
@Entity({ name: 'bot_send_pacing' })
export class BotSendPacing {
  @PrimaryColumn({ type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id' })
  bot?: Bot;

  @Column({ type: 'timestamptz' })
  nextAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  pausedUntil!: Date | null;
}

@Entity({ name: 'chat_send_pacing' })
export class ChatSendPacing {
  @PrimaryColumn({ type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id' })
  bot?: Bot;

  @PrimaryColumn({ type: 'bigint' })
  chatId!: string;

  @Column({ type: 'timestamptz' })
  nextAt!: Date;
}

@Entity({ name: 'bot_daily_sends' })
export class BotDailySends {
  @PrimaryColumn({ type: 'uuid' })
  botId!: string;

  @ManyToOne(() => Bot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bot_id' })
  bot?: Bot;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'int' })
  count!: number;
}
