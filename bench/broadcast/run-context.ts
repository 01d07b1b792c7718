/** What every run is given: the app under test, its database, the fake and the tenant. */
import { BotApiFake } from '../../libs/bot-api-fake/src';
import { AppProcess } from '../webhook-intake/app-process';

export interface RunContext {
  app: AppProcess;
  databaseUrl: string;
  fake: BotApiFake;
  apiKey: string;
}

/** The app's process id, which the RSS and CPU readings follow. */
export function pidOf(app: AppProcess): number {
  const pid = app.child.process.pid;
  if (pid === undefined) throw new Error('the app process has no pid');
  return pid;
}

/** Polls `check` every `everyMs` until it is true or `timeoutMs` has passed; answers whether it became true. */
export async function until(check: () => boolean, timeoutMs: number, everyMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return true;
}
