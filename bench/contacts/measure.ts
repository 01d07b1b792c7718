import { Shape, ShapeKind } from './shapes';
import { SqlQuery } from './criteria-sql';

export interface Measurement {
  name: string;
  kind: ShapeKind;
  count: number;
  p50: number;
  p95: number;
  max: number;
  /** The SQL of the first timed request, for EXPLAIN. */
  sql: SqlQuery;
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
  const times: number[] = [];
  let sql: SqlQuery | undefined;
  for (let i = warmups; i < warmups + iterations; i++) {
    const sample = await shape.run(i);
    times.push(sample.ms);
    sql ??= sample.sql;
  }
  if (!sql) throw new Error(`${shape.name}: nothing measured`);
  times.sort((a, b) => a - b);
  return { name: shape.name, kind: shape.kind, count: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], sql };
}
