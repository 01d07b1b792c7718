import type { TenantScope } from '../auth/principal';
import { Ownership } from './tenant-owned';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Scope ids are written into SQL as literals, so a later `setParameter` cannot change them: only well-formed UUIDs pass. */
export function uuidLiteral(value: string, what: string): string {
  if (!isUuid(value)) throw new Error(`refusing a ${what} that is not a UUID`);
  return `'${value.toLowerCase()}'`;
}

/**
 * The SQL that holds for exactly the rows of `row` (an alias or a table name) the scope may
 * reach: the tenant's, and for a bot-scoped caller, its bot's.
 */
export function scopeCondition(ownership: Ownership, scope: TenantScope, row: string): string {
  const conditions = [`${row}."tenant_id" = ${uuidLiteral(scope.tenantId, 'tenant id')}`];
  if (scope.botId) {
    const bot = uuidLiteral(scope.botId, 'bot id');
    const rule = ownership.bot;
    if (rule !== 'tenant-wide' && 'column' in rule) conditions.push(`${row}."${rule.column}" = ${bot}`);
    if (rule !== 'tenant-wide' && 'reachedThrough' in rule) {
      conditions.push(`EXISTS (${rule.reachedThrough.replaceAll('{row}', row).replaceAll('{bot}', bot)})`);
    }
    if (ownership.ownKeyColumn && scope.apiKeyId) {
      conditions.push(`${row}."${ownership.ownKeyColumn}" = ${uuidLiteral(scope.apiKeyId, 'API key id')}`);
    }
  }
  return conditions.join(' AND ');
}
