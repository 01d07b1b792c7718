import { lookup } from 'node:dns';
import { lookup as lookupAll } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { BlockList, isIP } from 'node:net';

/** Addresses a tenant's URL may not lead the platform to: its own machine, its networks, cloud metadata. */
const PRIVATE = new BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
// An IPv4-mapped IPv6 address is checked against the IPv4 networks above.
for (const [network, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is loopback, private, link-local, shared, reserved or multicast. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  return PRIVATE.check(address, family);
}

/** A URL's host as an address or a name, without IPv6's brackets. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^\[|\]$/g, '');
}

/** Every address the URL's host resolves to is checked: one private address is enough to refuse. */
export async function isPublicDestination(url: string): Promise<boolean> {
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : (await lookupAll(host, { all: true })).map((found) => found.address);
  return addresses.length > 0 && !addresses.some(isPrivateAddress);
}

export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
}

/**
 * A DNS lookup for outgoing connections that refuses private addresses. Checking a URL before a
 * request is not enough on its own: the name may resolve to another address by the time the
 * connection is made (DNS rebinding). With this as the request's `lookup`, the address connected
 * to is the address checked.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const refused = addresses.find((found) => isPrivateAddress(found.address));
    if (refused || addresses.length === 0) {
      return callback(new PrivateAddressError(`${hostname} resolves to ${refused?.address ?? 'no address'}, which is not public`), '');
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};
