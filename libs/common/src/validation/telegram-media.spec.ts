import { isTelegramPhoto } from './telegram-media';

describe('isTelegramPhoto', () => {
  it.each(['https://example.com/cat.jpg', 'http://cdn.example.org/a/b.png?x=1', 'AgACAgIAAxkBAAIBY2Zr1234567890abcdef_-'])('accepts %s', (value) => {
    expect(isTelegramPhoto(value)).toBe(true);
  });

  it.each(['ftp://example.com/cat.jpg', 'javascript:alert(1)', 'short', `https://example.com/${'x'.repeat(2_100)}`, 'file id with spaces here', 42, null])(
    'refuses %p',
    (value) => {
      expect(isTelegramPhoto(value)).toBe(false);
    },
  );
});
