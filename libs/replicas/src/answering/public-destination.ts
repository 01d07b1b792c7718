import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AnswerError } from './answer-error';
import { Answerer, AnswerRequest } from './answerer';

/** Addresses a tenant's URL may not lead the platform to: its own machine, its networks, cloud metadata. */
const PRIVATE = new BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
// An IPv4-mapped IPv6 address is checked against the IPv4 networks above.
for (const [network, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

function isPrivate(address: string): boolean {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  return PRIVATE.check(address, family);
}

/** Every address the URL's host resolves to is checked: one private address is enough to refuse. */
export async function isPublicDestination(url: string): Promise<boolean> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((found) => found.address);
  return addresses.length > 0 && !addresses.some(isPrivate);
}

/**
 * An answerer set by a tenant, called only when its host is on the public internet: a replica's
 * URL must not make the platform post to its own machine or network (server-side request
 * forgery). Checked before each call, as the name may resolve differently later.
 */
export class PublicDestinationAnswerer implements Answerer {
  constructor(
    private readonly inner: Answerer,
    private readonly url: string,
  ) {}

  async answer(request: AnswerRequest): Promise<string> {
    const isPublic = await isPublicDestination(this.url).catch(() => false);
    if (!isPublic) throw new AnswerError('unreachable', "the replica's answerer is not on a public address (REPLICA_ALLOW_PRIVATE_ADDRESSES is off)");
    return this.inner.answer(request);
  }
}
