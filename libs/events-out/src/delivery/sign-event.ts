import { Webhook } from 'standardwebhooks';
import { SignedPost } from './post-event';

/**
 * Standard Webhooks' headers for one attempt: the event's id (the same on every attempt, so
 * receivers can drop repeats), the attempt's time, and a `v1,` signature per secret, separated
 * by spaces; after a rotation both the new and the old secret sign, and either verifies.
 */
export function signedPost(url: string, eventId: string, body: string, secrets: string[], at = new Date()): SignedPost {
  return {
    url,
    body,
    headers: {
      'webhook-id': eventId,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1_000)),
      'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(eventId, at, body)).join(' '),
    },
  };
}
