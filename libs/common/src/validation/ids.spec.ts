import { isRowId, isTelegramChatId } from './ids';

describe('isTelegramChatId', () => {
  it.each(['123456789', '-1001234567890', '9223372036854775807', '-9223372036854775808', 42, -100])('accepts %p', (value) => {
    expect(isTelegramChatId(value)).toBe(true);
  });

  it.each(['99999999999999999999', '9223372036854775808', '-9223372036854775809', '1.5', '-1e30', '', 'alice', 1.5, -1e30, 2 ** 60, null])('refuses %p', (value) => {
    expect(isTelegramChatId(value)).toBe(false);
  });
});

describe('isRowId', () => {
  it.each(['1', '9223372036854775807'])('accepts %p', (value) => {
    expect(isRowId(value)).toBe(true);
  });

  it.each(['0', '-1', '007', '9223372036854775808', '1.5', 1, ''])('refuses %p', (value) => {
    expect(isRowId(value)).toBe(false);
  });
});
