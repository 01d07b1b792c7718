import { FakeBot } from '../fake-bot';
import { Params } from '../params';
import { normalizeAllowedUpdates } from '../update-types';

/**
 * Telegram keeps one allowed_updates setting per bot, changed by setWebhook or getUpdates when they pass
 * one; a value it cannot read leaves the setting as it was.
 */
export function applyAllowedUpdates(bot: FakeBot, params: Params): void {
  let value = params.allowed_updates;
  if (value === undefined || value === null || value === '') return;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return;
    }
  }
  if (Array.isArray(value)) bot.allowedUpdates = normalizeAllowedUpdates(value);
}
