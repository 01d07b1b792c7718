import fc from 'fast-check';

/** A request that never hangs a suite: it is abandoned (and counts as a failure) after this long. */
export const REQUEST_TIMEOUT_MS = 5_000;

const SHOWN_CHARACTERS = 600;
/** Control characters, invisible marks and lone surrogates, shown as \uXXXX escapes. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNPRINTABLE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A unit of up to 12 characters repeated 10 times or more: long strings and deep nesting. */
const REPEATED = /([^]{1,12}?)\1{9,}/g;

/** Bodies are shown with repetitions counted and unprintables escaped, so a report stays readable. */
export function abbreviate(text: string): string {
  const shown = text
    .replace(REPEATED, (run: string, unit: string) => `⟨${unit}⟩×${run.length / unit.length}`)
    .replace(UNPRINTABLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length <= SHOWN_CHARACTERS ? shown : `${shown.slice(0, SHOWN_CHARACTERS)}… (${text.length} chars)`;
}

/** One generated request, printed by fast-check as `POST /path?query [content-type] body`. */
export class FuzzRequest {
  constructor(
    readonly method: string,
    /** Already percent-encoded. */
    readonly path: string,
    readonly body?: string,
    readonly contentType = 'application/json',
    readonly headers: Record<string, string> = {},
  ) {}

  [fc.toStringMethod](): string {
    const type = this.body === undefined ? '' : ` [${this.contentType}]`;
    return `${this.method} ${abbreviate(this.path)}${type}${this.body === undefined ? '' : ` ${abbreviate(this.body)}`}`;
  }

  toString(): string {
    return this[fc.toStringMethod]();
  }
}

export interface Answer {
  status: number;
  requestId: string | null;
  body: unknown;
  text: string;
}

/** Sends the request over real HTTP; a timeout rejects, failing the property. */
export async function send(baseUrl: string, request: FuzzRequest): Promise<Answer> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.body !== undefined) headers['content-type'] = request.contentType;
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers,
    body: request.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, requestId: response.headers.get('x-request-id'), body, text };
}

/** What a failed check prints beside the counterexample. */
export function describeAnswer(answer: Answer): string {
  return `HTTP ${answer.status} ${abbreviate(answer.text)}`;
}
