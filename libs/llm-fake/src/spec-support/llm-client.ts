import { LlmFake } from '../llm-fake';

export interface PostOptions {
  apiKey?: string;
  signal?: AbortSignal;
  /** Sent as is instead of the JSON of `body`, for malformed bodies. */
  rawBody?: string;
}

/** A chat completion request as an OpenAI client sends it, over plain HTTP. */
export function postChat(fake: LlmFake, body: object, options: PostOptions = {}): Promise<Response> {
  return fetch(`${fake.baseUrl}/chat/completions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.apiKey !== undefined ? { authorization: `Bearer ${options.apiKey}` } : {}),
    },
    body: options.rawBody ?? JSON.stringify(body),
    signal: options.signal,
  });
}

export const userTurn = (content: string) => ({ model: 'gpt-test', messages: [{ role: 'user', content }] });

export interface StreamEvent {
  /** The `data:` payload: a parsed chunk, or the literal `[DONE]`. */
  data: Record<string, unknown> | '[DONE]';
  /** ms since the request was sent. */
  atMs: number;
}

/** Reads a `text/event-stream` body to its end, noting when each event arrived. */
export async function readEvents(response: Response, sentAt: number): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(bytes, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const payload = line.replace(/^data: /, '');
      const data = payload === '[DONE]' ? '[DONE]' : (JSON.parse(payload) as Record<string, unknown>);
      events.push({ data, atMs: Date.now() - sentAt });
    }
  }
  return events;
}

/** The `choices[0].delta.content` pieces of a stream, in order. */
export function contentPieces(events: StreamEvent[]): string[] {
  return events.flatMap(({ data }) => {
    if (data === '[DONE]') return [];
    const choice = (data.choices as Array<{ delta: { content?: string } }>)[0];
    return choice?.delta.content ? [choice.delta.content] : [];
  });
}
