import { hashPassword, matchesSecret, randomToken, safeEqual, sha256, verifyPassword } from './hashing';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$32768\$/);
    await expect(verifyPassword('correct horse', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct hors', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses a stored value of another scheme', async () => {
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
  });
});

describe('token helpers', () => {
  it('compares secrets by value', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });

  it('checks a presented secret against the known one', () => {
    expect(matchesSecret('webhook-secret', 'webhook-secret')).toBe(true);
    expect(matchesSecret('webhook-secreT', 'webhook-secret')).toBe(false);
    expect(matchesSecret('webhook-secre', 'webhook-secret')).toBe(false);
    expect(matchesSecret('', 'webhook-secret')).toBe(false);
    expect(matchesSecret('sécret', 'secrett')).toBe(false);
  });

  it('makes url-safe random tokens and stable hashes', () => {
    expect(randomToken(24)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(sha256('a')).toBe('ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb');
  });
});
