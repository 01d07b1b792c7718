import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { Client } from 'pg';
import { AppConfig } from '@switchboard/common';
import { ConversationMessage } from '../conversation-message.entity';

const CHANNEL = 'switchboard_conversation_messages';
export const MESSAGE_RECEIVED = 'messageReceived';
/** NOTIFY payloads are capped at 8,000 bytes; the text rides along shortened, the rest is ids. */
const TEXT_IN_NOTIFICATION = 1_000;

/**
 * New conversation messages, for GraphQL subscriptions. A message stored by any instance (a
 * worker, say) reaches subscribers connected to every instance: it travels by PostgreSQL
 * NOTIFY and is republished to this instance's in-memory PubSub.
 */
@Injectable()
export class ConversationEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ConversationEvents.name);
  readonly pubSub = new PubSub();
  private listener: Client | undefined;

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    this.listener = new Client({ connectionString: this.config.databaseUrl, application_name: 'switchboard-listen' });
    this.listener.on('error', (error) => this.logger.warn({ err: error }, 'conversation listener lost its connection'));
    await this.listener.connect();
    this.listener.on('notification', (notification) => {
      if (notification.channel !== CHANNEL || !notification.payload) return;
      const message = JSON.parse(notification.payload) as ConversationMessage;
      void this.pubSub.publish(MESSAGE_RECEIVED, { ...message, createdAt: new Date(message.createdAt) });
    });
    await this.listener.query(`LISTEN ${CHANNEL}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
  }

  /** Announces a stored message to every instance (sent through the given connection's query). */
  async announce(query: (sql: string, params: unknown[]) => Promise<unknown>, message: ConversationMessage): Promise<void> {
    const slim = { ...message, text: message.text?.slice(0, TEXT_IN_NOTIFICATION) ?? null };
    await query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(slim)]);
  }
}
