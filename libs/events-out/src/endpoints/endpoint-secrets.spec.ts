import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { SecretBox } from '@switchboard/common';
import { newEndpointSecret, ROTATION_OVERLAP_MS, rotationOf, signingSecretsOf } from './endpoint-secrets';

const box = new SecretBox(randomBytes(32));

describe('endpoint secrets', () => {
  it('makes Standard Webhooks secrets the library signs with', () => {
    const secret = newEndpointSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(new Webhook(secret).sign('evt', new Date(), '{}')).toMatch(/^v1,/);
    expect(newEndpointSecret()).not.toBe(secret);
  });

  it('signs with the current secret alone before any rotation', () => {
    const secret = newEndpointSecret();
    expect(signingSecretsOf({ secretSealed: box.seal(secret), previousSecretSealed: null, previousSecretExpiresAt: null }, box)).toEqual([secret]);
  });

  it('signs with the new and the old secret for 24 hours after a rotation, then with the new one', () => {
    const old = newEndpointSecret();
    const at = new Date('2026-11-26T10:00:00Z');
    const { secret, columns } = rotationOf({ secretSealed: box.seal(old), previousSecretSealed: null, previousSecretExpiresAt: null }, box, at);
    expect(secret).not.toBe(old);
    expect(columns.previousSecretExpiresAt).toEqual(new Date(at.getTime() + ROTATION_OVERLAP_MS));
    expect(signingSecretsOf(columns, box, new Date(at.getTime() + ROTATION_OVERLAP_MS - 1))).toEqual([secret, old]);
    expect(signingSecretsOf(columns, box, new Date(at.getTime() + ROTATION_OVERLAP_MS))).toEqual([secret]);
  });

  it('keeps only the secret just replaced when rotating twice within a day', () => {
    const first = newEndpointSecret();
    const once = rotationOf({ secretSealed: box.seal(first), previousSecretSealed: null, previousSecretExpiresAt: null }, box);
    const twice = rotationOf(once.columns, box);
    expect(signingSecretsOf(twice.columns, box)).toEqual([twice.secret, once.secret]);
  });
});
