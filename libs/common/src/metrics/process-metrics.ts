import { collectDefaultMetrics, Registry } from 'prom-client';

let processRegistry: Registry | undefined;

/**
 * Node's own process metrics (CPU, memory, event-loop lag, GC), collected once per process: they
 * describe the process, not an app, and prom-client's collectors (an event-loop monitor, a GC
 * observer) cannot be stopped, so apps built one after another in a process share them.
 */
export function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}
