import { join } from 'node:path';
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { WebhookTarget } from './load';
import { Child, spawnNode, waitForChild } from './processes';

/** A baseline server in its own process, and where the load reaches it. */
export interface Baseline {
  child: Child;
  target: WebhookTarget;
}

async function listening(child: Child, path: string, secretToken: string): Promise<Baseline> {
  const port = await waitForChild(child, 'LISTENING', async () => /LISTENING (\d+)/.exec(child.output())?.[1]);
  return { child, target: { origin: `http://127.0.0.1:${port}`, path, secretToken } };
}

/** Bare Telegraf: the ceiling of the HTTP layer, storing nothing. */
export function startBareTelegraf(fake: BotApiFake): Promise<Baseline> {
  const bot = fake.addBot();
  const secretToken = `bare-${Date.now().toString(36)}-secret`;
  const child = spawnNode('bare Telegraf', ['-r', 'ts-node/register/transpile-only', join(__dirname, 'bare-telegraf.ts')], {
    BARE_TOKEN: bot.token,
    BARE_BOT_ID: String(bot.id),
    BARE_BOT_USERNAME: bot.username,
    BARE_SECRET: secretToken,
    BARE_API_ROOT: fake.apiRoot,
  });
  return listening(child, '/hook', secretToken);
}

/** The durable peer: node:http + pg, one transaction per update, on a database of its own. */
export function startDurablePeer(databaseUrl: string, poolSize: number): Promise<Baseline> {
  const secretToken = `peer-${Date.now().toString(36)}-secret`;
  const child = spawnNode('durable peer', ['-r', 'ts-node/register/transpile-only', join(__dirname, 'durable-peer.ts')], {
    PEER_DATABASE_URL: databaseUrl,
    PEER_SECRET: secretToken,
    PEER_POOL_SIZE: String(poolSize),
  });
  return listening(child, '/webhooks/7000000001/', secretToken);
}
