import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/**
 * CPU use during a run, from Linux's /proc, to tell "the server is saturated" from "something else
 * (PostgreSQL, autocannon, another job on the machine) took the cores". Absent where /proc is not.
 */
export interface CpuUsage {
  /** The server process, in % of one core (200% = both cores of a 2-core machine). */
  serverPercent: number;
  /** The whole machine busy, in % of all cores. */
  machinePercent: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function processTicks(pid: number): number {
  // Fields after the command name (which may contain spaces, hence the last ')'): utime is the 12th, stime the 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function machineTicks(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const ticks = values.map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  const idle = ticks[3] + (ticks[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

/** Starts measuring; the returned function stops and reports (undefined when /proc cannot be read). */
export function startCpuMeter(serverPid: number | undefined): () => CpuUsage | undefined {
  try {
    if (serverPid === undefined) return () => undefined;
    const started = Date.now();
    const server = processTicks(serverPid);
    const machine = machineTicks();
    return () => {
      try {
        const seconds = (Date.now() - started) / 1000;
        const serverNow = processTicks(serverPid);
        const machineNow = machineTicks();
        return {
          serverPercent: ((serverNow - server) / TICKS_PER_SECOND / seconds) * 100,
          machinePercent: ((machineNow.busy - machine.busy) / (machineNow.total - machine.total)) * 100,
        };
      } catch {
        return undefined;
      }
    };
  } catch {
    return () => undefined;
  }
}

export const CORES = cpus().length;

/** % of all cores busy over the next `ms`, to notice other work on the machine before measuring. */
export async function machineBusyPercent(ms = 1_000): Promise<number | undefined> {
  try {
    const before = machineTicks();
    await new Promise((resolve) => setTimeout(resolve, ms));
    const after = machineTicks();
    return ((after.busy - before.busy) / (after.total - before.total)) * 100;
  } catch {
    return undefined;
  }
}

/** The machine's load average over 1, 5 and 15 minutes (as `uptime` prints it). */
export function loadAverage(): [number, number, number] {
  const [one, five, fifteen] = loadavg();
  return [one, five, fifteen];
}
