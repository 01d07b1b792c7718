import { IncomingMessage } from 'node:http';
import { badRequest } from './bot-api-error';
import { isJsonObject } from './json';
import { Params } from './params';

/** Parameters Telegram reads as JSON; in a query string or form they arrive as JSON text. */
const JSON_FIELDS = new Set([
  'allowed_updates',
  'reply_markup',
  'reply_parameters',
  'link_preview_options',
  'entities',
  'caption_entities',
  'message_ids',
  'commands',
  'scope',
  'permissions',
  'media',
  'results',
  'options',
]);

export async function readRequestParams(req: IncomingMessage, url: URL): Promise<Params> {
  const fromQuery = formParams(url.searchParams);
  const body = await readBody(req);
  return { ...fromQuery, ...decodeBody(req.headers['content-type'], body) };
}

/** Decodes a JSON or urlencoded body; also used for the method call a webhook may answer with. */
export function decodeBody(contentType: string | undefined, body: Buffer): Params {
  if (body.length === 0) return {};
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') {
    let decoded: unknown;
    try {
      decoded = JSON.parse(body.toString('utf8'));
    } catch {
      throw badRequest("can't parse JSON object");
    }
    if (!isJsonObject(decoded)) throw badRequest("can't parse JSON object");
    return decoded;
  }
  if (type === 'application/x-www-form-urlencoded') {
    return formParams(new URLSearchParams(body.toString('utf8')));
  }
  return {};
}

function formParams(search: URLSearchParams): Params {
  const params: Params = {};
  for (const [key, value] of search) params[key] = JSON_FIELDS.has(key) ? decodeJsonText(value) : value;
  return params;
}

/** Undecodable JSON stays a string, so the method answers with Telegram's own parse error for that field. */
function decodeJsonText(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
