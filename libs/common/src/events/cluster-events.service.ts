import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';

const CHANNEL = 'switchboard_events';

interface Envelope {
  topic: string;
  payload: unknown;
}

/**
 * Events for GraphQL subscriptions, seen by every instance: published through PostgreSQL
 * NOTIFY (inside the publisher's transaction, so only committed facts travel) and republished
 * to this instance's in-memory PubSub. Payloads must stay under NOTIFY's 8,000 bytes.
 */
@Injectable()
export class ClusterEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ClusterEvents.name);
  readonly pubSub = new PubSub();
  private listener: Client | undefined;

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    this.listener = new Client({ connectionString: this.config.databaseUrl, application_name: 'switchboard-listen' });
    this.listener.on('error', (error) => this.logger.warn({ err: error }, 'event listener lost its connection'));
    await this.listener.connect();
    this.listener.on('notification', (notification) => {
      if (notification.channel !== CHANNEL || !notification.payload) return;
      const { topic, payload } = JSON.parse(notification.payload) as Envelope;
      void this.pubSub.publish(topic, payload);
    });
    await this.listener.query(`LISTEN ${CHANNEL}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
  }

  /** Publishes through `query` (a transaction's, to publish on commit) or the caller's connection. */
  async publish(query: (sql: string, params: unknown[]) => Promise<unknown>, topic: string, payload: unknown): Promise<void> {
    await query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ topic, payload } satisfies Envelope)]);
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.pubSub.asyncIterableIterator<T>(topic);
  }
}
