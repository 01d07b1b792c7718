import { CALLBACK_PREFIX, trackMarkup } from './track-markup';

describe('trackMarkup', () => {
  const longData = 'buy:' + 'x'.repeat(200);
  const markup = {
    inline_keyboard: [
      [
        { text: 'Buy', callback_data: longData },
        { text: 'Track', url: 'https://example.com/track/ORD-9876' },
      ],
      [{ text: 'Help', switch_inline_query_current_chat: 'help' }],
    ],
  };

  it('puts every callback behind a short token, whatever the data’s length', () => {
    const { markup: sent, targets } = trackMarkup(markup, 'https://sb.example', true);
    const buy = (sent!.inline_keyboard as Array<Array<{ callback_data?: string }>>)[0][0];
    expect(buy.callback_data).toMatch(new RegExp(`^${CALLBACK_PREFIX}[A-Za-z0-9_-]{12}$`));
    expect(Buffer.byteLength(buy.callback_data!)).toBeLessThanOrEqual(64);
    expect(targets).toContainEqual({ token: buy.callback_data!.slice(CALLBACK_PREFIX.length), kind: 'callback', target: longData });
  });

  it('sends URL buttons through the redirect when asked, and leaves other buttons alone', () => {
    const tracked = trackMarkup(markup, 'https://sb.example', true);
    const track = (tracked.markup!.inline_keyboard as Array<Array<{ url?: string }>>)[0][1];
    expect(track.url).toMatch(/^https:\/\/sb\.example\/r\/[A-Za-z0-9_-]{12}$/);
    expect((tracked.markup!.inline_keyboard as unknown[][])[1][0]).toEqual({ text: 'Help', switch_inline_query_current_chat: 'help' });
    const untracked = trackMarkup(markup, 'https://sb.example', false);
    expect((untracked.markup!.inline_keyboard as Array<Array<{ url?: string }>>)[0][1].url).toBe('https://example.com/track/ORD-9876');
  });

  it('passes other markups unchanged', () => {
    const keyboard = { keyboard: [[{ text: 'Hi' }]], resize_keyboard: true };
    expect(trackMarkup(keyboard, 'https://sb.example', true)).toEqual({ markup: keyboard, targets: [] });
    expect(trackMarkup(null, 'https://sb.example', true)).toEqual({ markup: null, targets: [] });
  });
});
