import { randomBytes } from 'node:crypto';
import { SecretBox } from '@switchboard/common';
import type { EventEndpoint } from './event-endpoint.entity';

/** After a rotation the old secret signs too, for this long: the receiver has a day to switch. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

/** A Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes. */
export function newEndpointSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

type Secrets = Pick<EventEndpoint, 'secretSealed' | 'previousSecretSealed' | 'previousSecretExpiresAt'>;

/** The secrets an event is signed with now: the current one, and the previous one while it lasts. */
export function signingSecretsOf(endpoint: Secrets, box: SecretBox, now = new Date()): string[] {
  const secrets = [box.open(endpoint.secretSealed)];
  const previousLasts = endpoint.previousSecretExpiresAt !== null && endpoint.previousSecretExpiresAt.getTime() > now.getTime();
  if (endpoint.previousSecretSealed && previousLasts) secrets.push(box.open(endpoint.previousSecretSealed));
  return secrets;
}

/**
 * The columns after a rotation, and the new secret (shown once). The current secret becomes the
 * previous one; a previous one still lasting from an earlier rotation is dropped.
 */
export function rotationOf(endpoint: Secrets, box: SecretBox, now = new Date()): { secret: string; columns: Secrets } {
  const secret = newEndpointSecret();
  return {
    secret,
    columns: { secretSealed: box.seal(secret), previousSecretSealed: endpoint.secretSealed, previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS) },
  };
}
