/** Queues messages through the public GraphQL API, as a tenant backend would: sendMessages batches, a fixed number in flight. */
import { performance } from 'node:perf_hooks';
import { graphql } from '../contacts/api';

export interface Send {
  botId: string;
  chatId: number;
  text: string;
}

export interface EnqueueResult {
  queued: number;
  refused: number;
  /** The first few refusals, to show why. */
  errors: string[];
  /** Epoch ms of the first request: the throughput clock starts here. */
  startedAt: number;
  seconds: number;
}

const SEND_MESSAGES = 'mutation($messages: [SendMessageInput!]!) { sendMessages(messages: $messages) { id status } }';

/** Round-robin over bots and, per bot, over its chats: every chat gets at most one message while chats last. */
export function planSends(bots: Array<{ botAppId: string; chatIds: number[] }>, total: number, label: string): Send[] {
  return Array.from({ length: total }, (_, i) => {
    const bot = bots[i % bots.length];
    const nth = Math.floor(i / bots.length);
    return { botId: bot.botAppId, chatId: bot.chatIds[nth % bot.chatIds.length], text: `${label} message ${i + 1}: your order has shipped 📦` };
  });
}

function batchesOf<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Queues `sends` in batches of `batchSize`, `concurrency` batches in flight; a refused batch counts all its messages as refused. */
export async function enqueueAll(origin: string, apiKey: string, sends: Send[], concurrency: number, batchSize: number): Promise<EnqueueResult> {
  const result: EnqueueResult = { queued: 0, refused: 0, errors: [], startedAt: Date.now(), seconds: 0 };
  const started = performance.now();
  const batches = batchesOf(sends, batchSize);
  let next = 0;
  const lane = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      const messages = batch.map(({ botId, chatId, text }) => ({ botId, chatId: String(chatId), text }));
      try {
        const answer = await graphql<{ sendMessages: Array<{ status: string }> }>(origin, apiKey, SEND_MESSAGES, { messages });
        const queued = answer.data.sendMessages.filter((message) => message.status === 'QUEUED').length;
        if (queued !== batch.length) throw new Error(`answered ${queued} QUEUED of ${batch.length}`);
        result.queued += queued;
      } catch (error) {
        // A refused batch is counted, not fatal: the report shows how many and why.
        result.refused += batch.length;
        if (result.errors.length < 3) result.errors.push(error instanceof Error ? error.message.slice(0, 300) : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, lane));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
