import type { TestApp } from './test-app';

export type Labels = Record<string, string>;

interface Sample {
  name: string;
  labels: Labels;
  value: number;
}

const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** A page of Prometheus' text format, read the way Prometheus reads it: one sample per line, comments aside. */
export class MetricsPage {
  readonly samples: Sample[];

  constructor(readonly text: string) {
    this.samples = text
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => {
        const match = SAMPLE_LINE.exec(line.trim());
        if (!match) throw new Error(`not a Prometheus sample: ${line}`);
        const labels = Object.fromEntries([...(match[2] ?? '').matchAll(LABEL)].map(([, name, value]) => [name, value]));
        return { name: match[1], labels, value: Number(match[3]) };
      });
  }

  /** The `# TYPE` the page declares for a series, if any. */
  typeOf(name: string): string | undefined {
    return new RegExp(`^# TYPE ${name} (\\w+)$`, 'm').exec(this.text)?.[1];
  }

  /** The value of the sample whose labels are exactly `labels`; 0 when the page has none (a counter not yet incremented). */
  value(name: string, labels: Labels = {}): number {
    const wanted = Object.entries(labels);
    const sample = this.samples.find(
      (candidate) => candidate.name === name && Object.keys(candidate.labels).length === wanted.length && wanted.every(([key, value]) => candidate.labels[key] === value),
    );
    return sample?.value ?? 0;
  }

  /** The samples of a series, whatever their labels. */
  series(name: string): Sample[] {
    return this.samples.filter((sample) => sample.name === name);
  }
}

/** Reads /metrics as Prometheus would, with the bearer token when given. */
export async function scrape(app: TestApp, token?: string): Promise<MetricsPage> {
  let call = app.http().get('/metrics');
  if (token) call = call.set('authorization', `Bearer ${token}`);
  const response = await call;
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}: ${response.text}`);
  return new MetricsPage(response.text);
}
