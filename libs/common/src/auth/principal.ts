export type TenantRole = 'ADMIN' | 'MEMBER';

/** Who is calling, as the auth guard established it. */
export type Principal =
  | { kind: 'operator' }
  | { kind: 'user'; tenantId: string; userId: string; role: TenantRole }
  | { kind: 'api-key'; tenantId: string; apiKeyId: string; botId: string | null };

/** What a tenant-scoped handler works within: every query it makes filters on `tenantId`. */
export interface TenantScope {
  readonly tenantId: string;
  /** Set for a bot-scoped API key: the caller may act only through this bot. */
  readonly botId: string | null;
}

export function tenantScopeOf(principal: Principal): TenantScope | null {
  switch (principal.kind) {
    case 'operator':
      return null;
    case 'user':
      return { tenantId: principal.tenantId, botId: null };
    case 'api-key':
      return { tenantId: principal.tenantId, botId: principal.botId };
  }
}

/** Tenant admins: users with the ADMIN role and tenant-wide (not bot-scoped) API keys. */
export function isTenantAdmin(principal: Principal): boolean {
  return (principal.kind === 'user' && principal.role === 'ADMIN') || (principal.kind === 'api-key' && principal.botId === null);
}
