import { checkConnectPayload, signConnectPayload } from './connect-payload';

describe('connect payloads', () => {
  const key = Buffer.alloc(32, 3);
  const later = new Date(Date.now() + 60_000);

  it('fit Telegram’s /start rules and name their contact', () => {
    const payload = signConnectPayload(key, 'bot-a', '1234567', later);
    expect(payload).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(checkConnectPayload(key, 'bot-a', payload)).toEqual({ valid: true, contactId: '1234567' });
  });

  it('do nothing on another bot, with another key, or altered', () => {
    const payload = signConnectPayload(key, 'bot-a', '42', later);
    expect(checkConnectPayload(key, 'bot-b', payload)).toEqual({ valid: false, reason: 'forged' });
    expect(checkConnectPayload(Buffer.alloc(32, 4), 'bot-a', payload)).toEqual({ valid: false, reason: 'forged' });
    const altered = `${payload.slice(0, 5)}${payload[5] === 'A' ? 'B' : 'A'}${payload.slice(6)}`;
    expect(checkConnectPayload(key, 'bot-a', altered).valid).toBe(false);
  });

  it('expire', () => {
    const payload = signConnectPayload(key, 'bot-a', '42', new Date(Date.now() - 1_000));
    expect(checkConnectPayload(key, 'bot-a', payload)).toEqual({ valid: false, reason: 'expired' });
  });

  it('refuse what is not one of theirs', () => {
    for (const junk of ['', 'hello', 'x'.repeat(65), 'with space']) {
      expect(checkConnectPayload(key, 'bot-a', junk)).toEqual({ valid: false, reason: 'malformed' });
    }
  });
});
