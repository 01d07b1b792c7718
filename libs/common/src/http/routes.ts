/** Telegram's webhook routes: their bodies are Telegram's updates, validated by the update intake. */
export function isTelegramWebhook(path: string): boolean {
  return path.startsWith('/telegram/v1/webhooks/') || path === '/api/telegram/webhook';
}

/** Routes no API rate limit applies to: Telegram's webhooks, health checks, Prometheus' scrapes and click redirects. */
export function isUnthrottled(path: string): boolean {
  return isTelegramWebhook(path) || path === '/health' || path === '/metrics' || path.startsWith('/r/');
}
