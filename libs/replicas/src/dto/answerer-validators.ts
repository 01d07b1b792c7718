import { ValidateBy, type ValidationOptions } from 'class-validator';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parsedUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** An http(s) URL: a model API may well run on the tenant's own machine (Ollama, vLLM). */
export function isHttpUrl(value: unknown): boolean {
  const url = parsedUrl(value);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
}

/** https, or plain http to this machine only: the conversation should not cross a network in clear. */
export function isAnswerEndpointUrl(value: unknown): boolean {
  const url = parsedUrl(value);
  if (!url || !isHttpUrl(value)) return false;
  return url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname);
}

/** Standard Webhooks' secrets: `whsec_` then base64 of 24 to 64 random bytes. */
export function isStandardWebhookSecret(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(value);
  if (!match || match[1].length % 4 !== 0) return false;
  const bytes = Buffer.from(match[1], 'base64').length;
  return bytes >= 24 && bytes <= 64;
}

export function IsHttpUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isHttpUrl', validator: { validate: isHttpUrl, defaultMessage: () => '$property must be an http or https URL without credentials' } }, options);
}

export function IsAnswerEndpointUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isAnswerEndpointUrl', validator: { validate: isAnswerEndpointUrl, defaultMessage: () => '$property must be an https URL (http only to localhost)' } },
    options,
  );
}

export function IsStandardWebhookSecret(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isStandardWebhookSecret', validator: { validate: isStandardWebhookSecret, defaultMessage: () => '$property must be whsec_ followed by base64 of 24 to 64 random bytes' } },
    options,
  );
}
