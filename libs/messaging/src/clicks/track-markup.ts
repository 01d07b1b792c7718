import { randomToken } from '@switchboard/common';

export const CALLBACK_PREFIX = 'sb:';

export interface TrackedTarget {
  token: string;
  kind: 'callback' | 'url';
  target: string;
}

type Button = Record<string, unknown>;
type Markup = Record<string, unknown>;

/**
 * Rewrites an inline keyboard so every press reaches Switchboard: callback data becomes a short
 * token (any length the tenant gave, within Telegram's 64 bytes), URLs go through our redirect
 * when `trackUrls`. Other markups (reply keyboards, force reply) pass unchanged.
 */
export function trackMarkup(markup: Markup | null, redirectBase: string, trackUrls: boolean): { markup: Markup | null; targets: TrackedTarget[] } {
  const rows = markup?.inline_keyboard;
  if (!markup || !Array.isArray(rows)) return { markup, targets: [] };
  const targets: TrackedTarget[] = [];
  const rewrite = (button: Button): Button => {
    if (typeof button.callback_data === 'string') {
      const token = randomToken(9);
      targets.push({ token, kind: 'callback', target: button.callback_data });
      return { ...button, callback_data: `${CALLBACK_PREFIX}${token}` };
    }
    if (trackUrls && typeof button.url === 'string' && /^https?:\/\//i.test(button.url)) {
      const token = randomToken(9);
      targets.push({ token, kind: 'url', target: button.url });
      return { ...button, url: `${redirectBase}/r/${token}` };
    }
    return button;
  };
  const inline_keyboard = rows.map((row: unknown) => (Array.isArray(row) ? row.map((button) => rewrite(button as Button)) : row));
  return { markup: { ...markup, inline_keyboard }, targets };
}
