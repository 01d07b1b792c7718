export type TenantRole = 'ADMIN' | 'MEMBER';

/** Who is calling, as the auth guard established it. */
export type Principal =
  | { kind: 'operator' }
  | { kind: 'user'; tenantId: string; userId: string; role: TenantRole }
  | { kind: 'api-key'; tenantId: string; apiKeyId: string; botId: string | null };

/** What a tenant-scoped handler works within: every query it makes filters on `tenantId`. */
export interface TenantScope {
  readonly tenantId: string;
  /** Set for a bot-scoped API key (or an update of a bot): the caller may act only through this bot. */
  readonly botId: string | null;
  /** The API key calling, when it is one: a bot-scoped key sees only itself among the keys. */
  readonly apiKeyId?: string | null;
}

/** A scope acting through one bot. */
export type BotScope = TenantScope & { readonly botId: string };

/** The whole tenant: users, tenant-wide keys, and the platform acting for the tenant. */
export function tenantWide(tenantId: string): TenantScope {
  return { tenantId, botId: null };
}

/** One bot of the tenant: a bot-scoped key, or the handling of an update the bot received. */
export function throughBot(tenantId: string, botId: string): BotScope {
  return { tenantId, botId };
}

export function tenantScopeOf(principal: Principal): TenantScope | null {
  switch (principal.kind) {
    case 'operator':
      return null;
    case 'user':
      return tenantWide(principal.tenantId);
    case 'api-key':
      return { tenantId: principal.tenantId, botId: principal.botId, apiKeyId: principal.apiKeyId };
  }
}

/** Tenant admins: users with the ADMIN role and tenant-wide (not bot-scoped) API keys. */
export function isTenantAdmin(principal: Principal): boolean {
  return (principal.kind === 'user' && principal.role === 'ADMIN') || (principal.kind === 'api-key' && principal.botId === null);
}

/** Whether a row (an event about it) belongs to the scope: its tenant, and its bot for a bot-scoped caller. */
export function isInScope(scope: TenantScope, row: { tenantId: string; botId?: string | null }): boolean {
  return row.tenantId === scope.tenantId && (!scope.botId || row.botId === scope.botId);
}
