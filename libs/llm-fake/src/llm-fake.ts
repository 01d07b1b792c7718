import http from 'node:http';
import { AddressInfo } from 'node:net';
import { sleep, untilAborted } from './abortable-wait';
import { completionBody, completionMeta, usageOf } from './completion-bodies';
import { readChatRequest } from './chat-request';
import { writeEventStream } from './event-stream';
import { headersOf, readJsonBody, writeError, writeJson } from './http-exchange';
import { errorForStatus, invalidApiKey, invalidUrl, missingApiKey, modelNotFound, OpenAiError } from './openai-error';
import { echoLastUserMessage, planOf } from './replies';
import { ChatCompletionRequest, LlmFakeOptions, LlmReply, RecordedRequest, Replier, StreamTiming } from './types';

type OpenRequest = { -readonly [K in keyof RecordedRequest]: RecordedRequest[K] };

const CHAT_COMPLETIONS = '/v1/chat/completions';

/**
 * An OpenAI-compatible chat completions server for tests: real HTTP on 127.0.0.1, OpenAI's answer and error
 * shapes, streamed or not. The test programs the answers (`replyWith`, `queueReplies`, `setTiming`) and
 * reads what the app sent (`requests`).
 */
export class LlmFake {
  private readonly server = http.createServer((req, res) => void this.onRequest(req, res));
  /** One per request in progress, so stop() can end delays and hangs as well as connections. */
  private readonly inProgress = new Set<AbortController>();
  private log: OpenRequest[] = [];
  private replier: Replier = echoLastUserMessage;
  private queued: LlmReply[] = [];
  private timing: StreamTiming;
  private port: number | undefined;
  private stopped = false;

  constructor(private readonly options: LlmFakeOptions = {}) {
    this.timing = defaultTiming(options);
  }

  /** Listens on 127.0.0.1 (port 0 lets the OS pick a free one) and returns baseUrl. */
  async start(port = 0): Promise<string> {
    if (this.stopped) throw new Error('LlmFake: a stopped fake cannot be restarted; create a new one');
    if (this.port !== undefined) throw new Error('LlmFake: already started');
    this.port = await new Promise<number>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve((this.server.address() as AddressInfo).port));
    });
    return this.baseUrl;
  }

  /** What an OpenAI client takes as its base URL: `http://127.0.0.1:<port>/v1`. */
  get baseUrl(): string {
    if (this.port === undefined) throw new Error('LlmFake: call start() before reading baseUrl');
    return `http://127.0.0.1:${this.port}/v1`;
  }

  /** Answers every later request with the replier's reply (unless one is queued). */
  replyWith(replier: Replier): void {
    this.replier = replier;
  }

  /** Replies used once each, in order, before the replier: e.g. a 429 and then a text, for a retry. */
  queueReplies(...replies: LlmReply[]): void {
    this.queued.push(...replies);
  }

  setTiming(timing: Partial<StreamTiming>): void {
    this.timing = { ...this.timing, ...timing };
  }

  requests(): ReadonlyArray<RecordedRequest> {
    return this.log;
  }

  /** The valid chat completion requests, in arrival order: the context each answer was asked with. */
  chatRequests(): ChatCompletionRequest[] {
    return this.log.flatMap((entry) => (entry.chat ? [entry.chat] : []));
  }

  clearRequests(): void {
    this.log = [];
  }

  /** Back to the echo reply and the constructor's timing, with no queued replies and an empty log. */
  reset(): void {
    this.replier = echoLastUserMessage;
    this.queued = [];
    this.timing = defaultTiming(this.options);
    this.log = [];
  }

  /** Ends requests still waiting or streaming (a hang included), then closes the server. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const controller of this.inProgress) controller.abort();
    if (this.port === undefined) return;
    this.port = undefined;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const gone = new AbortController();
    this.inProgress.add(gone);
    res.on('close', () => gone.abort());
    const entry = this.record(req);
    try {
      await this.answer(req, res, entry, gone.signal);
    } catch (error) {
      this.answerError(res, entry, error);
    } finally {
      this.inProgress.delete(gone);
      // A hang ends with the fake: its connection is cut without an answer.
      if (!res.writableEnded) res.destroy();
    }
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse, entry: OpenRequest, signal: AbortSignal) {
    entry.body = await readJsonBody(req);
    if (req.method !== 'POST' || entry.path !== CHAT_COMPLETIONS) throw invalidUrl(entry.method, entry.path);
    this.authorize(entry.headers.authorization);
    const chat = readChatRequest(entry.body);
    if (this.options.models && !this.options.models.includes(chat.model)) throw modelNotFound(chat.model);
    entry.chat = chat;

    const plan = planOf(this.queued.shift() ?? (await this.replier(chat)));
    if (plan.kind === 'hang') return untilAborted(signal);
    await sleep(plan.delayMs, signal);
    if (signal.aborted) return;
    if (plan.kind === 'error') throw errorForStatus(plan.error.status, plan.error.message, plan.error.retryAfterSeconds);

    const meta = completionMeta(chat.model);
    const text = plan.pieces.join('');
    entry.status = 200;
    if (!chat.stream) return writeJson(res, 200, completionBody(meta, text, usageOf(chat, text)));
    const usage = chat.includeUsage ? usageOf(chat, text) : undefined;
    await writeEventStream(res, meta, { pieces: plan.pieces, stallAfter: plan.stallAfter, usage }, this.timing, signal);
  }

  private authorize(header: string | undefined): void {
    const key = this.options.apiKey;
    if (key === undefined) return;
    const given = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1].trim();
    if (given === undefined) throw missingApiKey();
    if (given !== key) throw invalidApiKey(given);
  }

  private answerError(res: http.ServerResponse, entry: OpenRequest, error: unknown): void {
    let failure: OpenAiError;
    if (error instanceof OpenAiError) {
      failure = error;
    } else {
      // A replier that throws is a bug in the test or the fake: answer, but make it visible.
      process.emitWarning(`LlmFake: request failed: ${error instanceof Error ? error.stack : String(error)}`);
      failure = errorForStatus(500);
    }
    entry.status = failure.status;
    writeError(res, failure);
  }

  private record(req: http.IncomingMessage): OpenRequest {
    const entry: OpenRequest = {
      at: Date.now(),
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://127.0.0.1').pathname,
      headers: headersOf(req),
      body: undefined,
      chat: undefined,
      status: 0,
    };
    this.log.push(entry);
    return entry;
  }
}

function defaultTiming(options: LlmFakeOptions): StreamTiming {
  return { firstChunkDelayMs: 0, chunkDelayMs: 0, ...options.timing };
}
