/** A broadcast as an admin drives it, over GraphQL; its state is watched in SQL, so watching does not load the app measured. */
import { Client } from 'pg';
import { graphql } from '../contacts/api';
import { BROADCAST_TEXT } from './config';
import type { BroadcastStats } from '@switchboard/broadcasts';

export type { BroadcastStats };

export interface Launched {
  /** Epoch ms when the launch request went out, and when its answer came back. */
  requestedAt: number;
  answeredAt: number;
}

export async function createBroadcast(origin: string, apiKey: string, botId: string, name: string): Promise<string> {
  const created = await graphql<{ createBroadcast: { id: string } }>(
    origin,
    apiKey,
    'mutation($input: CreateBroadcastInput!) { createBroadcast(input: $input) { id } }',
    { input: { botId, name, text: BROADCAST_TEXT, audience: { allContacts: true } } },
  );
  return created.data.createBroadcast.id;
}

export async function launchBroadcast(origin: string, apiKey: string, id: string): Promise<Launched> {
  const requestedAt = Date.now();
  const launched = await graphql<{ launchBroadcast: { state: string } }>(origin, apiKey, 'mutation($id: ID!) { launchBroadcast(id: $id) { state } }', { id });
  if (launched.data.launchBroadcast.state !== 'RUNNING') throw new Error(`launchBroadcast answered ${launched.data.launchBroadcast.state}, not RUNNING`);
  return { requestedAt, answeredAt: Date.now() };
}

export async function cancelBroadcast(origin: string, apiKey: string, id: string): Promise<void> {
  await graphql(origin, apiKey, 'mutation($id: ID!) { cancelBroadcast(id: $id) { state } }', { id });
}

export async function broadcastStats(origin: string, apiKey: string, id: string): Promise<{ state: string; stats: BroadcastStats }> {
  const answer = await graphql<{ broadcast: { state: string; stats: BroadcastStats } }>(
    origin,
    apiKey,
    'query($id: ID!) { broadcast(id: $id) { state stats { audience skipped queued sent failed clicked cancelled inFlightAtCrash } } }',
    { id },
  );
  return answer.data.broadcast;
}

/** Reads a broadcast's state straight from its row. */
export class BroadcastWatch {
  private constructor(private readonly client: Client) {}

  static async open(databaseUrl: string): Promise<BroadcastWatch> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return new BroadcastWatch(client);
  }

  async state(id: string): Promise<string> {
    const { rows } = await this.client.query<{ state: string }>('SELECT state FROM broadcasts WHERE id = $1', [id]);
    return rows[0]?.state ?? 'MISSING';
  }

  /** Polls until the broadcast reaches `state` or `until` says stop; answers whether it got there. */
  async waitFor(id: string, state: string, until: () => boolean, progress: () => void): Promise<boolean> {
    let nextProgress = Date.now() + 5_000;
    for (;;) {
      if ((await this.state(id)) === state) return true;
      if (until()) return false;
      if (Date.now() >= nextProgress) {
        progress();
        nextProgress += 5_000;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
