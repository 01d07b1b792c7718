/** The app's resident set, read from Linux's /proc every few milliseconds while a run goes on. */
import { readFileSync } from 'node:fs';

export interface RssReading {
  /** Highest VmRSS sampled, in MB. */
  peakMb: number;
  /** VmRSS when sampling stopped. */
  lastMb: number;
  /** The kernel's own high-water mark (VmHWM) at the last sample: the peak since the process started, between samples too. */
  highWaterMb: number;
  samples: number;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : undefined;
  } catch {
    // The process has exited (or /proc is not there): nothing to read.
    return undefined;
  }
}

/** Starts sampling; the returned function stops and reports. */
export function sampleRss(pid: number, everyMs: number): () => RssReading {
  let peakKb = 0;
  let lastKb = 0;
  let highWaterKb = 0;
  let samples = 0;
  const sample = () => {
    const rss = statusKb(pid, 'VmRSS');
    if (rss === undefined) return;
    samples += 1;
    lastKb = rss;
    peakKb = Math.max(peakKb, rss);
    highWaterKb = statusKb(pid, 'VmHWM') ?? highWaterKb;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return () => {
    sample();
    clearInterval(timer);
    return { peakMb: peakKb / 1024, lastMb: lastKb / 1024, highWaterMb: highWaterKb / 1024, samples };
  };
}
