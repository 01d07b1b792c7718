import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';
import { LastingSession } from '../database/lasting-session';

const CHANNEL = 'switchboard_events';
/** NOTIFY payloads are capped at 8,000 bytes. */
const MAX_PAYLOAD_BYTES = 7_500;
/** Events published within this window travel in one NOTIFY. */
const COALESCE_MS = 10;
/** Events published while the listening session is lost wait for it, up to this many (the newest kept). */
const MAX_WAITING_EVENTS = 10_000;

interface Envelope {
  topic: string;
  payload: unknown;
}

/**
 * Events for GraphQL subscriptions, seen by every instance: sent through PostgreSQL NOTIFY and
 * republished to this instance's in-memory PubSub. Publish after the fact is committed. Events
 * are batched: PostgreSQL serializes the commits of notifying transactions, so one NOTIFY per
 * event would cap how many messages a second the whole platform can store.
 */
@Injectable()
export class ClusterEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ClusterEvents.name);
  readonly pubSub = new PubSub();
  /** The session that LISTENs (and NOTIFYs); it is replaced whenever it is lost, so subscriptions outlive an outage. */
  private readonly listener: LastingSession;
  private pending: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(config: AppConfig) {
    this.listener = new LastingSession({
      databaseUrl: config.databaseUrl,
      applicationName: 'switchboard-listen',
      setUp: (client) => this.listenOn(client),
      // What was published while the session was lost (an outage) goes out now.
      ready: () => {
        if (this.pending.length > 0) void this.flush();
      },
    });
  }

  async onModuleInit(): Promise<void> {
    await this.listener.open();
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.timer);
    await this.flush();
    await this.listener.close();
  }

  publish(topic: string, payload: unknown): void {
    const event = JSON.stringify({ topic, payload } satisfies Envelope);
    if (Buffer.byteLength(event) > MAX_PAYLOAD_BYTES) {
      this.logger.warn({ topic }, 'event too large for NOTIFY; not published');
      return;
    }
    this.keepWaiting([event]);
    this.timer ??= setTimeout(() => void this.flush(), COALESCE_MS);
  }

  /** Adds events to those waiting to be sent (a batch that failed goes first, keeping the order), keeping the newest MAX_WAITING_EVENTS. */
  private keepWaiting(events: string[], place: 'first' | 'last' = 'last'): void {
    if (place === 'first') this.pending = [...events, ...this.pending];
    else this.pending.push(...events);
    if (this.pending.length > MAX_WAITING_EVENTS) this.pending.splice(0, this.pending.length - MAX_WAITING_EVENTS);
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.pubSub.asyncIterableIterator<T>(topic);
  }

  private async listenOn(client: Client): Promise<void> {
    client.on('notification', (notification) => {
      if (notification.channel !== CHANNEL || !notification.payload) return;
      for (const { topic, payload } of JSON.parse(notification.payload) as Envelope[]) void this.pubSub.publish(topic, payload);
    });
    await client.query(`LISTEN ${CHANNEL}`);
  }

  private flush(): Promise<void> {
    this.timer = undefined;
    // Without a session the events wait for the next one, which sends them once ready.
    if (!this.listener.current) return this.flushing;
    const events = this.pending;
    this.pending = [];
    this.flushing = this.flushing.then(async () => {
      for (const batch of batchesOf(events)) {
        await this.listener.current?.query('SELECT pg_notify($1, $2)', [CHANNEL, `[${batch.join(',')}]`]).catch((error: unknown) => {
          // A session lost before it says so: the batch waits for the next one.
          this.logger.warn({ err: error }, 'could not publish events; they wait for the listening session to be back');
          this.keepWaiting(batch, 'first');
        });
      }
    });
    return this.flushing;
  }
}

function batchesOf(events: string[]): string[][] {
  const batches: string[][] = [];
  let size = 0;
  for (const event of events) {
    const bytes = Buffer.byteLength(event) + 1;
    if (batches.length === 0 || size + bytes > MAX_PAYLOAD_BYTES) {
      batches.push([]);
      size = 0;
    }
    batches.at(-1)!.push(event);
    size += bytes;
  }
  return batches;
}
