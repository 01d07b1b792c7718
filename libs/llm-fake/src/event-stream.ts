import { ServerResponse } from 'node:http';
import { sleep, untilAborted } from './abortable-wait';
import { chunkBody, CompletionMeta, Usage, usageChunkBody } from './completion-bodies';
import { StreamTiming } from './types';

export interface StreamPlan {
  pieces: string[];
  /** Content chunks written before the stream goes silent for good; undefined streams to the end. */
  stallAfter: number | undefined;
  /** Sent as a last chunk before `[DONE]` when the client asked for it. */
  usage: Usage | undefined;
}

/** Writes a completion as server-sent events, `data: <chunk>` per piece, then `data: [DONE]`. */
export async function writeEventStream(
  res: ServerResponse,
  meta: CompletionMeta,
  plan: StreamPlan,
  timing: StreamTiming,
  signal: AbortSignal,
): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  // Headers go out now, so a client sees the stream open before the first token, as with OpenAI.
  res.flushHeaders();
  await sleep(timing.firstChunkDelayMs, signal);
  if (!write(res, signal, chunkBody(meta, { role: 'assistant', content: '', refusal: null }))) return;
  for (const [index, piece] of plan.pieces.entries()) {
    if (index === plan.stallAfter) return untilAborted(signal);
    if (index > 0) await sleep(timing.chunkDelayMs, signal);
    if (!write(res, signal, chunkBody(meta, { content: piece }))) return;
  }
  if (plan.stallAfter !== undefined && plan.stallAfter >= plan.pieces.length) return untilAborted(signal);
  await sleep(timing.chunkDelayMs, signal);
  if (!write(res, signal, chunkBody(meta, {}, 'stop'))) return;
  if (plan.usage && !write(res, signal, usageChunkBody(meta, plan.usage))) return;
  if (!signal.aborted) res.end('data: [DONE]\n\n');
}

/** False once the client is gone: a destroyed response must not be written to. */
function write(res: ServerResponse, signal: AbortSignal, chunk: object): boolean {
  if (signal.aborted || res.destroyed) return false;
  res.write(`data: ${JSON.stringify(chunk)}\n\n`);
  return true;
}
