import { Logger } from '@nestjs/common';
import { Gauge, LabelValues, Registry } from 'prom-client';

export interface GaugeReading<Label extends string> {
  labels?: LabelValues<Label>;
  value: number;
}

/** Where a scraped gauge's values come from, read anew at each scrape. */
export type GaugeSource<Label extends string> = () => Promise<Array<GaugeReading<Label>>>;

const logger = new Logger('Metrics');

/**
 * A gauge whose values are read when Prometheus scrapes, from a source the owning module sets
 * (the queue's counts, the running broadcasts): nothing is kept up to date between scrapes, and
 * every instance reads the same shared state. A source that fails (the database is down) leaves
 * the gauge without values for that scrape (NaN for one without labels) instead of failing the
 * whole page.
 */
export class ScrapedGauge<Label extends string = never> {
  private source: GaugeSource<Label> | undefined;

  constructor(
    registry: Registry,
    private readonly config: { name: string; help: string; labelNames?: readonly Label[] },
  ) {
    const refresh = (gauge: Gauge<Label>) => this.refresh(gauge);
    new Gauge<Label>({
      ...config,
      registers: [registry],
      collect() {
        return refresh(this);
      },
    });
  }

  /** Set once by the module that knows the values; until then the gauge reports nothing. */
  readFrom(source: GaugeSource<Label>): void {
    this.source = source;
  }

  private async refresh(gauge: Gauge<Label>): Promise<void> {
    gauge.reset();
    const readings = await this.read();
    // prom-client shows a gauge without labels as 0 until set: an unknown value must not read as a real 0.
    if (!readings) return this.config.labelNames?.length ? undefined : gauge.set(Number.NaN);
    for (const reading of readings) gauge.set(reading.labels ?? {}, reading.value);
  }

  private async read(): Promise<Array<GaugeReading<Label>> | null> {
    if (!this.source) return null;
    try {
      return await this.source();
    } catch (error) {
      logger.warn({ err: error }, `could not read ${this.config.name} for /metrics`);
      return null;
    }
  }
}
