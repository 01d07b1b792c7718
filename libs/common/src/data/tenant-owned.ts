/**
 * How a tenant-owned table is scoped. Every row carries `tenant_id`; for a caller acting through
 * one bot (a bot-scoped API key, an update of that bot), the `bot` rule says which rows are that
 * bot's:
 * - `{ column, property }`: the row names its bot in a column (`bot_id`, or `id` for bots);
 * - `{ reachedThrough }`: a condition on other tables, with `{row}` for the row and `{bot}` for
 *   the bot id (contacts are the bot's when they have a Telegram identity on it);
 * - `'tenant-wide'`: the row belongs to no bot (segments, jobs); a bot-scoped caller reads it but
 *   never changes it.
 */
export type BotRule =
  | { column: string; property: string }
  | { reachedThrough: string }
  | 'tenant-wide';

export interface Ownership {
  bot: BotRule;
  /** When set, a bot-scoped API key sees only its own row (API keys: a key sees itself). */
  ownKeyColumn?: string;
  /**
   * Properties that alone name a row before any tenant is known (an API key's hash, a link's
   * token): the only lookups the layer answers without a scope. The row found then scopes the rest.
   */
  credentials?: string[];
}

/** An entity class (TypeORM's targets). */
type EntityType = abstract new (...args: never[]) => unknown;

const ownerships = new Map<unknown, Ownership>();

/** Declares an entity tenant-owned; the scoped data layer refuses entities without it. */
export function TenantOwned(ownership: Ownership): ClassDecorator {
  return (target) => {
    ownerships.set(target, ownership);
  };
}

/** The ownership of a tenant-owned entity; undefined for tables no tenant owns. */
export function maybeOwnershipOf(target: unknown): Ownership | undefined {
  return ownerships.get(target);
}

export function ownershipOf(target: EntityType): Ownership {
  const ownership = ownerships.get(target);
  if (!ownership) throw new Error(`${target.name} is not declared @TenantOwned: the scoped data layer cannot reach it`);
  return ownership;
}
