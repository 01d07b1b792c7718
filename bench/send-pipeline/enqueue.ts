/** Queues messages through the public GraphQL API, as a tenant backend would, with a fixed number in flight. */
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

const SEND_MESSAGE = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id status } }';

/** Round-robin over bots and, per bot, over its chats: every chat gets at most one message while chats last. */
export function planSends(bots: Array<{ botAppId: string; chatIds: number[] }>, total: number, label: string): Send[] {
  return Array.from({ length: total }, (_, i) => {
    const bot = bots[i % bots.length];
    const nth = Math.floor(i / bots.length);
    return { botId: bot.botAppId, chatId: bot.chatIds[nth % bot.chatIds.length], text: `${label} message ${i + 1}: your order has shipped 📦` };
  });
}

export async function enqueueAll(origin: string, apiKey: string, sends: Send[], concurrency: number): Promise<EnqueueResult> {
  const result: EnqueueResult = { queued: 0, refused: 0, errors: [], startedAt: Date.now(), seconds: 0 };
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < sends.length) {
      const { botId, chatId, text } = sends[next++];
      try {
        const answer = await graphql<{ sendMessage: { status: string } }>(origin, apiKey, SEND_MESSAGE, { input: { botId, chatId: String(chatId), text } });
        if (answer.data.sendMessage.status !== 'QUEUED') throw new Error(`answered status ${answer.data.sendMessage.status}`);
        result.queued += 1;
      } catch (error) {
        // A refused send is counted, not fatal: the report shows how many and why.
        result.refused += 1;
        if (result.errors.length < 3) result.errors.push(error instanceof Error ? error.message.slice(0, 300) : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, sends.length) }, lane));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
