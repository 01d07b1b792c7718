import { Sample, Shape, ShapeKind } from './shapes';

export interface Measurement {
  name: string;
  kind: ShapeKind;
  count: number;
  p50: number;
  p95: number;
  max: number;
  /** Every timed request, slowest first: their SQL is EXPLAINed, since one parameter set can take a plan the others do not. */
  samples: Sample[];
}

/** Nearest-rank percentile: a value that was really observed, never an interpolation between two. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Requests one after another, never concurrently: this measures how long one query takes on an
 * otherwise idle app and database, not throughput.
 */
export async function measure(shape: Shape, warmups: number, iterations: number): Promise<Measurement> {
  for (let i = 0; i < warmups; i++) await shape.run(i);
  const samples: Sample[] = [];
  for (let i = warmups; i < warmups + iterations; i++) samples.push(await shape.run(i));
  samples.sort((a, b) => b.ms - a.ms);
  const times = samples.map((sample) => sample.ms).reverse();
  return { name: shape.name, kind: shape.kind, count: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], samples };
}
