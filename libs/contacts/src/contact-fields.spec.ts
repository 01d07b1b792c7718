import { normalizeEmail, normalizePhone, searchTextOf } from './contact-fields';

describe('contact fields', () => {
  it('normalizes phones to digits with the leading plus kept', () => {
    expect(normalizePhone('+38 (050) 123-45-67')).toBe('+380501234567');
    expect(normalizePhone('050 123 45 67')).toBe('0501234567');
  });

  it('normalizes emails to lower case', () => {
    expect(normalizeEmail('  Ann@Example.COM ')).toBe('ann@example.com');
  });

  it('builds the search text from every searchable field', () => {
    expect(
      searchTextOf({ firstName: 'Alex', lastName: null, username: 'Tester_Alex', externalCustomerId: 'user_xyz789', phone: '+1555', email: 'a@b.c' }),
    ).toBe('alex tester_alex user_xyz789 +1555 a@b.c');
  });
});
