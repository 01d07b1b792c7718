import { callerOf } from './isolation-probes';
import { IsolationWorld } from './isolation-world';
import { restClient } from './rest-client';
import { ADMIN_TOKEN } from './test-app';

/**
 * One entry of the isolation table: either checks that run against the shared world, or the
 * reason the field or route has nothing of a tenant's to isolate.
 */
export type IsolationCase = { run: (world: IsolationWorld) => Promise<void> } | { nothingToIsolate: string };

export type IsolationTable = Record<string, IsolationCase>;

/** Who calls: tenant A's own key (the owner), tenant B's key, A's channel key for A2, and the operator. */
export function callers(world: IsolationWorld) {
  return {
    owner: callerOf(world.app, world.a.tenant.apiKey),
    b: callerOf(world.app, world.b.tenant.apiKey),
    bAdmin: callerOf(world.app, world.b.tenant.adminToken!),
    kA1: callerOf(world.app, world.a.kA1.key),
    kA2: callerOf(world.app, world.a.kA2.key),
    operator: callerOf(world.app, ADMIN_TOKEN),
  };
}

/** REST calls as one caller. */
export function restAs(world: IsolationWorld, token: string) {
  return restClient(world.app, token);
}

export function restCallers(world: IsolationWorld) {
  return { owner: restAs(world, world.a.tenant.apiKey), b: restAs(world, world.b.tenant.apiKey), kA2: restAs(world, world.a.kA2.key) };
}
