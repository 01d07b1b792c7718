import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox(Buffer.alloc(32, 1));

  it('opens what it sealed, and never seals the same way twice', () => {
    const sealed = box.seal('123456:ABC-DEF');
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('ABC');
    expect(box.open(sealed)).toBe('123456:ABC-DEF');
    expect(box.seal('123456:ABC-DEF')).not.toBe(sealed);
  });

  it('refuses a tampered ciphertext and another key', () => {
    const sealed = box.seal('secret');
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => box.open(`v1:${bytes.toString('base64')}`)).toThrow();
    expect(() => new SecretBox(Buffer.alloc(32, 2)).open(sealed)).toThrow();
  });
});
