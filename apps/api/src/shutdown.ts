import type { Server, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';

/** Requests already in flight get this long to be answered once the listener is closed. */
const REQUEST_DRAIN_MS = 3_000;
/**
 * Past this the process exits whatever still runs: an orchestrator's kill follows soon after
 * (Kubernetes waits 30 s, Docker 10 s), and jobs left behind come back through their heartbeat.
 */
const HARD_DEADLINE_MS = 9_000;

/**
 * On SIGTERM or SIGINT: stop accepting connections, let in-flight requests finish, close the
 * application (its workers finish their batches or hand their jobs back to the queue), then run
 * `release` (the embedded PostgreSQL goes last) and exit.
 */
export function drainOnSignals(app: INestApplication, log: Logger, release: () => Promise<void>): void {
  let draining = false;
  const drain = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    log.info(`${signal} received: draining requests and jobs, then exiting`);
    setTimeout(() => {
      log.error(`still draining after ${HARD_DEADLINE_MS} ms: exiting now`);
      process.exit(1);
    }, HARD_DEADLINE_MS).unref();
    shutDown(app, release).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', drain);
  process.on('SIGINT', drain);
}

async function shutDown(app: INestApplication, release: () => Promise<void>): Promise<void> {
  await stopAccepting(app.getHttpServer() as Server);
  await app.close();
  await release();
}

function stopAccepting(server: Server): Promise<void> {
  // A request still arriving on a kept-alive connection is answered, and its connection closed after.
  server.prependListener('request', (_request, response: ServerResponse) => response.setHeader('connection', 'close'));
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, REQUEST_DRAIN_MS);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    // Idle keep-alive connections would otherwise hold close() open and carry new requests in.
    server.closeIdleConnections();
  });
}
