import { randomBytes } from 'node:crypto';
import { ChatCompletionRequest } from './types';

/** What the answers of one completion share: its id, model and creation time. */
export interface CompletionMeta {
  id: string;
  model: string;
  created: number;
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export function completionMeta(model: string): CompletionMeta {
  return { id: `chatcmpl-${randomBytes(12).toString('hex')}`, model, created: Math.floor(Date.now() / 1000) };
}

/** About four characters a token, as OpenAI's rule of thumb: enough for usage figures to move with the text. */
export function usageOf(request: ChatCompletionRequest, answer: string): Usage {
  const tokens = (text: string) => Math.ceil(text.length / 4);
  const prompt = request.messages.reduce((sum, message) => sum + tokens(message.content) + 4, 0);
  const completion = tokens(answer);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

export function completionBody(meta: CompletionMeta, answer: string, usage: Usage): object {
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: answer, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage,
  };
}

/** One `chat.completion.chunk`; OpenAI's first delta names the role, its last is empty and says why it stopped. */
export function chunkBody(meta: CompletionMeta, delta: object, finishReason: 'stop' | null = null): object {
  return {
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
}

/** The extra last chunk asked for with `stream_options.include_usage`: no choices, only usage. */
export function usageChunkBody(meta: CompletionMeta, usage: Usage): object {
  return { id: meta.id, object: 'chat.completion.chunk', created: meta.created, model: meta.model, choices: [], usage };
}
