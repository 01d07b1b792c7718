import OpenAI, { APIConnectionError, APIError } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { AnswerError } from './answer-error';
import { Answerer, AnswerRequest } from './answerer';

/** An OpenAI-compatible API: the platform's, or a replica's own. */
export interface ModelApi {
  baseUrl: string;
  /** None for an API that wants none (a model on the tenant's own machine). */
  apiKey?: string;
}

const SOURCE = 'the model API';

/** Answers with a chat completion, streamed, so the chat can show the answer as it grows. */
export class OpenAiAnswerer implements Answerer {
  private readonly client: OpenAI;

  constructor(api: ModelApi) {
    this.client = new OpenAI({
      baseURL: api.baseUrl,
      // Every credential is explicit: left out, the SDK would read OPENAI_API_KEY (and the
      // organisation and project) from the environment and send them to a replica's own API.
      apiKey: api.apiKey ?? 'unused',
      organization: null,
      project: null,
      defaultHeaders: api.apiKey ? undefined : { Authorization: null },
      // A chat is waiting: a failure gets the fallback at once rather than a retry that the
      // answer timeout would cut anyway. The request's signal bounds the time, not the SDK.
      maxRetries: 0,
    });
  }

  async answer(request: AnswerRequest): Promise<string> {
    const { signal, onText } = request;
    let text = '';
    try {
      const stream = await this.client.chat.completions.create(
        { model: request.replica.llm.model, messages: messagesOf(request), stream: true },
        { signal, headers: { 'x-request-id': request.requestId } },
      );
      for await (const chunk of stream) {
        const piece = chunk.choices[0]?.delta?.content;
        if (!piece) continue;
        text += piece;
        onText?.(text);
      }
    } catch (error) {
      throw failureOf(error, signal);
    }
    // The SDK ends a stream quietly when it is aborted, so a cut answer must be caught here.
    if (signal.aborted) throw AnswerError.aborted(SOURCE);
    if (!text.trim()) throw AnswerError.empty(SOURCE);
    return text;
  }
}

function messagesOf({ replica, turns }: AnswerRequest): ChatCompletionMessageParam[] {
  const system: ChatCompletionMessageParam[] = replica.llm.systemMessage ? [{ role: 'system', content: replica.llm.systemMessage }] : [];
  return [...system, ...turns.map((turn) => ({ role: turn.role, content: turn.content }))];
}

/** The SDK's error, told without its message: an API's message may quote part of the key. */
function failureOf(error: unknown, signal: AbortSignal): AnswerError {
  if (signal.aborted) return AnswerError.aborted(SOURCE);
  if (error instanceof APIConnectionError) return new AnswerError('unreachable', `Could not reach ${SOURCE}`, { cause: error.cause });
  if (error instanceof APIError && error.status !== undefined) {
    const code = typeof error.code === 'string' ? ` (${error.code})` : '';
    return new AnswerError('http-error', `${SOURCE} answered HTTP ${error.status}${code}`);
  }
  return new AnswerError('malformed', `${SOURCE} answered in an unexpected shape`);
}
