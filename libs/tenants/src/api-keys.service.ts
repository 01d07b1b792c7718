import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { BotScope, Page, PageArgs, Principal, ScopedSession, TenantData, TenantScope, paginate, randomToken, sha256, tenantWide } from '@switchboard/common';
import { ApiKey } from './api-key.entity';
import { TenantError, TenantErrorCode } from './tenant.errors';

/** Every key starts with this, so a key is recognisable in configs and secret scanners. */
export const API_KEY_PREFIX = 'sb_';
const SHOWN_PREFIX_LENGTH = 10;
/** Writing last_used_at on every call would turn each read into a write; once a minute is enough to audit. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeysService {
  constructor(private readonly data: TenantData) {}

  /** Makes a key (for `scope.botId`'s bot when set); `session` lets a caller issue it inside its own transaction. */
  async issue(scope: TenantScope, name: string, session: ScopedSession = this.data.for(scope)): Promise<{ apiKey: ApiKey; key: string }> {
    const key = `${API_KEY_PREFIX}${randomToken(30)}`;
    const keys = session.repository(ApiKey);
    const apiKey = keys.create({ name, prefix: key.slice(0, SHOWN_PREFIX_LENGTH), keyHash: sha256(key), botId: scope.botId });
    return { apiKey: await keys.save(apiKey), key };
  }

  /** The tenant's keys; a bot-scoped key sees only itself. */
  list(scope: TenantScope, page: PageArgs, includeRevoked = false): Promise<Page<ApiKey>> {
    const query = this.data.for(scope).repository(ApiKey).select('key');
    if (!includeRevoked) query.andWhere('key.revoked_at IS NULL');
    return paginate(query, page);
  }

  find(scope: TenantScope, id: string): Promise<ApiKey | null> {
    return this.data.for(scope).repository(ApiKey).findOne({ id });
  }

  async revoke(scope: TenantScope, id: string): Promise<ApiKey> {
    const apiKey = await this.find(scope, id);
    if (!apiKey) throw new TenantError(TenantErrorCode.API_KEY_NOT_FOUND, `API key ${id} not found`);
    if (!apiKey.revokedAt) {
      apiKey.revokedAt = new Date();
      await this.data.for(scope).repository(ApiKey).save(apiKey);
    }
    return apiKey;
  }

  /** A retired bot's channel keys stop working with it. */
  async revokeBotKeys(scope: BotScope): Promise<void> {
    await this.data.for(scope).repository(ApiKey).update({ botId: scope.botId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async authenticate(key: string): Promise<Principal> {
    const apiKey = await this.data.findByCredential(ApiKey, { keyHash: sha256(key) });
    if (!apiKey) throw new TenantError(TenantErrorCode.INVALID_CREDENTIALS, 'Invalid API key');
    if (apiKey.revokedAt) throw new TenantError(TenantErrorCode.API_KEY_REVOKED, 'This API key has been revoked');
    await this.touch(apiKey);
    return { kind: 'api-key', tenantId: apiKey.tenantId, apiKeyId: apiKey.id, botId: apiKey.botId };
  }

  private async touch(apiKey: ApiKey): Promise<void> {
    const now = Date.now();
    if (apiKey.lastUsedAt && now - apiKey.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    await this.data.for(tenantWide(apiKey.tenantId)).repository(ApiKey).update({ id: apiKey.id, revokedAt: IsNull() }, { lastUsedAt: new Date(now) });
  }
}
