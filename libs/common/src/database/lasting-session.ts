import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/** Reconnection attempts after the session is lost back off from this to the maximum. */
const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 5_000;

export interface LastingSessionOptions {
  /** Unset: the PG* environment variables, as for the pool. */
  databaseUrl: string | undefined;
  /** How the session shows in pg_stat_activity, and what the log calls it. */
  applicationName: string;
  /** Runs on every new session before it is handed out (LISTEN, a lock): the first one's failure fails `open()`. */
  setUp(client: Client): Promise<void>;
  /** Runs once a new session is the current one. */
  ready?(): void;
}

/**
 * A PostgreSQL session of an instance's own (not from a pool) that outlives outages: when it is
 * lost it is replaced as soon as PostgreSQL answers again, and set up again. For what lives on a
 * session: LISTEN, session advisory locks.
 */
export class LastingSession {
  private readonly logger: Logger;
  private client: Client | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: LastingSessionOptions) {
    this.logger = new Logger(`LastingSession ${options.applicationName}`);
  }

  /** The session now; undefined while it is being replaced. */
  get current(): Client | undefined {
    return this.client;
  }

  /** Connects and sets up the first session; throws if either fails. */
  open(): Promise<void> {
    return this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl, application_name: this.options.applicationName, keepAlive: true });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'session lost');
      this.replace(client);
    });
    client.on('end', () => this.replace(client));
    try {
      await client.connect();
      await this.options.setUp(client);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
    this.options.ready?.();
  }

  private replace(lost: Client): void {
    if (this.closed || this.client !== lost) return;
    this.client = undefined;
    void lost.end().catch(() => undefined);
    this.reconnect(0);
  }

  private reconnect(attempt: number): void {
    if (this.closed) return;
    const delayMs = Math.min(RECONNECT_FIRST_MS * 2 ** attempt, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.connect().then(
        () => this.logger.log('session reconnected'),
        (error: unknown) => {
          this.logger.warn({ err: error, attempt: attempt + 1 }, 'could not reconnect the session; retrying');
          this.reconnect(attempt + 1);
        },
      );
    }, delayMs);
  }
}
