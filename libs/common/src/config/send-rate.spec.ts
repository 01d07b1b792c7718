import { parseSendRate } from './send-rate';

describe('parseSendRate', () => {
  it.each([
    ['30/s', { count: 30, perMs: 1_000 }],
    ['30/min', { count: 30, perMs: 60_000 }],
    [' 2.5 / second ', { count: 2.5, perMs: 1_000 }],
    ['1000/S', { count: 1000, perMs: 1_000 }],
  ])('reads %p', (input, expected) => {
    expect(parseSendRate(input)).toEqual(expected);
  });

  it.each(['', '30', '0/s', '-1/s', 'abc/s', '30/h', '30 per second'])('rejects %p', (input) => {
    expect(parseSendRate(input)).toBeNull();
  });

});
