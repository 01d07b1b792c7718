import { ValidateBy, type ValidationOptions } from 'class-validator';
import { parsedHttpUrl } from '@switchboard/common';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or plain http to this machine only: the conversation should not cross a network in clear. */
export function isAnswerEndpointUrl(value: unknown): boolean {
  const url = parsedHttpUrl(value);
  if (!url) return false;
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
