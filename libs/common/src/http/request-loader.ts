import DataLoader from 'dataloader';
import type { TenantScope } from '../auth/principal';

type LoaderHost = { loaders?: Map<string, DataLoader<string, unknown>> };

/**
 * A DataLoader that lives for one request, so a GraphQL list resolves its relations in one
 * query instead of one per row. The key names the relation and must include the tenant.
 */
export function requestLoader<V>(req: object, key: string, load: (ids: readonly string[]) => Promise<Map<string, V>>): DataLoader<string, V | null> {
  const host = req as LoaderHost;
  host.loaders ??= new Map();
  let loader = host.loaders.get(key) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    host.loaders.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** A request's loaders are per scope: a bot-scoped key's never hold another bot's rows. */
export function scopedLoaderKey(name: string, scope: TenantScope): string {
  return `${name}:${scope.tenantId}:${scope.botId ?? '*'}`;
}

type MemoHost = { memos?: Map<string, Promise<unknown>> };

/** Computes a value once per request, however many fields (or aliases) ask for it. */
export function requestMemo<V>(req: object, key: string, compute: () => Promise<V>): Promise<V> {
  const host = req as MemoHost;
  host.memos ??= new Map();
  let memo = host.memos.get(key) as Promise<V> | undefined;
  if (!memo) {
    memo = compute();
    host.memos.set(key, memo);
  }
  return memo;
}
