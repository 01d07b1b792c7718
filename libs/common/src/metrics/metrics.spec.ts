import { Registry } from 'prom-client';
import { Metrics } from './metrics';
import { ScrapedGauge } from './scraped-gauge';

describe('ScrapedGauge', () => {
  it('reads its values at each scrape, dropping those its source no longer gives', async () => {
    const registry = new Registry();
    const gauge = new ScrapedGauge(registry, { name: 'test_jobs', help: 'jobs', labelNames: ['queue'] as const });
    let readings = [
      { labels: { queue: 'a' }, value: 3 },
      { labels: { queue: 'b' }, value: 5 },
    ];
    gauge.readFrom(async () => readings);
    expect(await registry.metrics()).toContain('test_jobs{queue="a"} 3\ntest_jobs{queue="b"} 5');
    readings = [{ labels: { queue: 'a' }, value: 1 }];
    const second = await registry.metrics();
    expect(second).toContain('test_jobs{queue="a"} 1');
    expect(second).not.toContain('queue="b"');
  });

  it('reports no value, and fails no scrape, when its source fails or was never set', async () => {
    const registry = new Registry();
    new ScrapedGauge(registry, { name: 'test_unset', help: 'never set' });
    const failing = new ScrapedGauge(registry, { name: 'test_failing', help: 'fails' });
    failing.readFrom(() => Promise.reject(new Error('database down')));
    const labelled = new ScrapedGauge(registry, { name: 'test_labelled', help: 'fails', labelNames: ['queue'] as const });
    labelled.readFrom(() => Promise.reject(new Error('database down')));
    const page = await registry.metrics();
    // prom-client writes NaN as "Nan", which Prometheus reads as NaN (case aside).
    expect(page).toMatch(/^test_unset nan$/im);
    expect(page).toMatch(/^test_failing nan$/im);
    expect(page).toContain('# TYPE test_labelled gauge');
    expect(page).not.toMatch(/^test_labelled/m);
  });
});

describe('Metrics', () => {
  it('keeps each instance’s series apart, and adds the process’s own to the page', async () => {
    const [one, other] = [new Metrics(), new Metrics()];
    one.sends.inc({ bot_id: 'bot-1', status: 'sent' });
    one.rateLimited('bot-1', 2_500);
    const page = await one.render();
    expect(page).toContain('switchboard_sends_total{bot_id="bot-1",status="sent"} 1');
    expect(page).toContain('switchboard_telegram_rate_limited_total{bot_id="bot-1"} 1');
    expect(page).toContain('switchboard_telegram_retry_after_seconds_sum 2.5');
    expect(page).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(await other.render()).not.toContain('bot_id="bot-1"');
  });
});
