import { invalidRequest } from './openai-error';
import { ChatCompletionRequest, ChatMessage, ChatRole } from './types';

const ROLES: readonly ChatRole[] = ['system', 'developer', 'user', 'assistant', 'tool'];

/**
 * Reads a chat completion body the way OpenAI checks it, so a client that builds a wrong request fails
 * here as it would there. Only what the product sends is read; other fields are accepted and ignored.
 */
export function readChatRequest(body: unknown): ChatCompletionRequest {
  if (!isObject(body)) throw invalidRequest('We could not parse the JSON body of your request.');
  if (typeof body.model !== 'string' || body.model === '') throw invalidRequest('you must provide a model parameter');
  const request: ChatCompletionRequest = {
    model: body.model,
    messages: readMessages(body.messages),
    stream: readStream(body.stream),
    includeUsage: isObject(body.stream_options) && body.stream_options.include_usage === true,
  };
  const temperature = optionalNumber(body, 'temperature', 0, 2);
  if (temperature !== undefined) request.temperature = temperature;
  // Newer clients send max_completion_tokens; both bound the answer.
  const maxTokens = optionalNumber(body, 'max_tokens', 1) ?? optionalNumber(body, 'max_completion_tokens', 1);
  if (maxTokens !== undefined) request.maxTokens = maxTokens;
  return request;
}

function readMessages(value: unknown): ChatMessage[] {
  if (value === undefined) throw invalidRequest("Missing required parameter: 'messages'.", 'messages', 'missing_required_parameter');
  if (!Array.isArray(value)) throw invalidRequest("Invalid type for 'messages': expected an array.", 'messages', 'invalid_type');
  if (value.length === 0) {
    throw invalidRequest("Invalid 'messages': empty array. Expected an array with minimum length 1.", 'messages', 'empty_array');
  }
  return value.map((message, i) => readMessage(message, `messages[${i}]`));
}

function readMessage(value: unknown, at: string): ChatMessage {
  if (!isObject(value)) throw invalidRequest(`Invalid type for '${at}': expected an object.`, at, 'invalid_type');
  const role = value.role;
  if (role === undefined) throw invalidRequest(`Missing required parameter: '${at}.role'.`, `${at}.role`, 'missing_required_parameter');
  if (!ROLES.includes(role as ChatRole)) {
    const supported = ROLES.map((r) => `'${r}'`).join(', ');
    throw invalidRequest(`Invalid value: '${String(role)}'. Supported values are: ${supported}.`, `${at}.role`, 'invalid_value');
  }
  return { role: role as ChatRole, content: readContent(value.content, `${at}.content`) };
}

/** A string, or content parts of which the text ones count; an assistant turn may have none. */
function readContent(value: unknown, at: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value.map((part) => (isObject(part) && part.type === 'text' && typeof part.text === 'string' ? part.text : '')).join('');
  }
  throw invalidRequest(`Invalid type for '${at}': expected one of a string or an array of objects.`, at, 'invalid_type');
}

function readStream(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw invalidRequest("Invalid type for 'stream': expected a boolean.", 'stream', 'invalid_type');
  return value;
}

function optionalNumber(body: Record<string, unknown>, key: string, min: number, max = Infinity): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalidRequest(`Invalid type for '${key}': expected a number.`, key, 'invalid_type');
  }
  if (value < min || value > max) throw invalidRequest(`Invalid '${key}': ${value} is out of range.`, key, 'invalid_value');
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
