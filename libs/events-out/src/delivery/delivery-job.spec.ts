import { retrySettingsOf } from './delivery-job';

describe('retrySettingsOf', () => {
  it('backs off from 10 seconds to an hour over the default day', () => {
    const settings = retrySettingsOf(86_400_000);
    expect(settings).toMatchObject({ retryDelay: 10, retryDelayMax: 3_600 });
    // 10 s doubling reaches the hour after 9 retries (5,110 s), then 23 more hours: 32 retries at the least.
    expect(settings.retryLimit).toBe(32 + 10);
  });

  it('retries every second within a window of seconds, for tests', () => {
    expect(retrySettingsOf(3_000)).toEqual({ retryDelay: 1, retryDelayMax: 1, retryLimit: 13 });
  });
});
