/** Public shapes of the fake: what a test passes in, what it reads back. */

export type ChatRole = 'system' | 'developer' | 'user' | 'assistant' | 'tool';

export interface ChatMessage {
  role: ChatRole;
  /** Text as the client sent it; text parts of a multi-part content are joined. */
  content: string;
}

/** A valid `POST /v1/chat/completions` body, as the fake read it. */
export interface ChatCompletionRequest {
  model: string;
  messages: ChatMessage[];
  stream: boolean;
  /** The client asked for a final usage chunk (`stream_options.include_usage`). */
  includeUsage: boolean;
  temperature?: number;
  maxTokens?: number;
}

/** An OpenAI error answer; the description and type follow the status unless given. */
export interface LlmErrorSpec {
  status: number;
  message?: string;
  /** Sent as the `retry-after` header, which OpenAI's clients honour before retrying. */
  retryAfterSeconds?: number;
}

/**
 * What the fake answers one request with:
 * - a text (streamed word by word), or `{ text }` with an array to choose the streamed pieces;
 * - `{ error }`: an error status in OpenAI's shape (429, 500, ...);
 * - `{ hang: true }`: no answer at all, until the client gives up or the fake stops.
 * `delayMs` holds the answer back before anything (even headers) is sent. `stallAfter` streams that many
 * pieces and then goes silent, like a model that stops mid-answer.
 */
export type LlmReply =
  | string
  | { text: string | string[]; delayMs?: number; stallAfter?: number }
  | { error: LlmErrorSpec; delayMs?: number }
  | { hang: true };

export type Replier = (request: ChatCompletionRequest) => LlmReply | Promise<LlmReply>;

export interface StreamTiming {
  /** After the response headers, before the first chunk: the model's time to first token. */
  firstChunkDelayMs: number;
  /** Between two chunks. */
  chunkDelayMs: number;
}

export interface LlmFakeOptions {
  /** When set, every request must carry `Authorization: Bearer <apiKey>`, else 401. */
  apiKey?: string;
  /** When set, a request for another model gets 404 `model_not_found`. */
  models?: string[];
  timing?: Partial<StreamTiming>;
}

export interface RecordedRequest {
  /** When the request arrived, ms since epoch. */
  readonly at: number;
  readonly method: string;
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The decoded JSON body; undefined when it was not JSON. */
  readonly body: unknown;
  /** The body as read, for a valid chat completion request; undefined for a refused one. */
  readonly chat: ChatCompletionRequest | undefined;
  /** HTTP status answered; 0 while unanswered (a delay, or a hang). */
  readonly status: number;
}
