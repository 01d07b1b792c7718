import { randomBytes } from 'node:crypto';
import { isAnswerEndpointUrl, isStandardWebhookSecret } from './answerer-validators';

describe('answerer validators', () => {
  it('takes endpoints over https, and over http only on this machine', () => {
    expect(isAnswerEndpointUrl('https://bot.example.com/answers')).toBe(true);
    for (const local of ['http://127.0.0.1:8080/a', 'http://localhost/a', 'http://[::1]:9/a']) expect(isAnswerEndpointUrl(local)).toBe(true);
    expect(isAnswerEndpointUrl('http://bot.example.com/answers')).toBe(false);
    expect(isAnswerEndpointUrl('http://127.0.0.1.example.com/a')).toBe(false);
  });

  it('takes Standard Webhooks secrets of 24 to 64 bytes', () => {
    const secretOf = (bytes: number) => `whsec_${randomBytes(bytes).toString('base64')}`;
    expect(isStandardWebhookSecret(secretOf(24))).toBe(true);
    expect(isStandardWebhookSecret(secretOf(64))).toBe(true);
    expect(isStandardWebhookSecret(secretOf(23))).toBe(false);
    expect(isStandardWebhookSecret(secretOf(65))).toBe(false);
    expect(isStandardWebhookSecret(secretOf(32).slice(6))).toBe(false);
    expect(isStandardWebhookSecret('whsec_not base64!')).toBe(false);
  });
});
