import { isPublicDestination } from '@switchboard/common';
import { EventsOutError } from '../events-out.errors';

/**
 * Whether the platform may send events to this URL, as the operator configured it: https to a
 * host whose every address is public, or (EVENTS_ALLOW_PRIVATE_ADDRESSES) any http(s) URL, for a
 * receiver beside the platform. Checked when an endpoint is created or its URL changed; every
 * attempt checks the addresses again, as the name may resolve elsewhere later.
 */
export async function assertAcceptableUrl(url: string, allowPrivate: boolean): Promise<void> {
  const protocol = new URL(url).protocol;
  if (allowPrivate) return;
  if (protocol !== 'https:') throw EventsOutError.destinationRefused('must be https (plain http only with EVENTS_ALLOW_PRIVATE_ADDRESSES)');
  let isPublic: boolean;
  try {
    isPublic = await isPublicDestination(url);
  } catch {
    throw EventsOutError.destinationRefused(`${new URL(url).hostname} does not resolve`);
  }
  if (!isPublic) throw EventsOutError.destinationRefused(`${new URL(url).hostname} is not a public address (loopback, private and link-local addresses are refused)`);
}
