import { positiveInteger } from '../support/bench-run';
/** The benchmark's knobs, read once from the environment. */

/** Contacts seeded into the one bench tenant (the scale: a million). */
export const CONTACTS = positiveInteger('BENCH_CONTACTS', 1_000_000);
/** Rows per seeding statement: small enough to print progress, large enough that per-statement overhead vanishes. */
export const SEED_CHUNK = positiveInteger('BENCH_SEED_CHUNK', 100_000);
/** A database to keep seeded between runs (see run.ts); unset, each run seeds a throw-away one. */
export const KEPT_DATABASE = process.env.BENCH_CONTACTS_DATABASE || undefined;
/** Timed requests per query shape. */
export const ITERATIONS = positiveInteger('BENCH_ITERATIONS', 50);
/** Untimed requests per shape first, so plans, connections and buffers are warm for every shape alike. */
export const WARMUPS = positiveInteger('BENCH_WARMUPS', 3);
/** Pages walked (untimed) before "deep page" timings start. */
export const DEEP_PAGE = positiveInteger('BENCH_DEEP_PAGE', 20);

/** The contacts figures we hold ourselves to at a million contacts: p95 at most this many ms. */
export const BARS = {
  /** list, search and filter pages, segment members */
  pageP95Ms: 50,
  /** segment(id) { count } over the whole tenant */
  countP95Ms: 100,
} as const;

export { log } from '../support/bench-run';
