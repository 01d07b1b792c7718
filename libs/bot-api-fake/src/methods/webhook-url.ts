import { isIP } from 'node:net';

/** Parses like Telegram: a URL without a scheme is https; only http(s) with a host is valid. */
export function parseWebhookUrl(url: string): URL | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`;
  try {
    const target = new URL(withScheme);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return undefined;
    return target.hostname === '' ? undefined : target;
  } catch {
    return undefined;
  }
}

/** getWebhookInfo's ip_address: the literal IP when given, else the loopback the fake delivers over. */
export function webhookIpAddress(target: URL): string {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? host : '127.0.0.1';
}
