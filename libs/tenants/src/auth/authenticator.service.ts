import { Injectable } from '@nestjs/common';
import { AppConfig, Principal, safeEqual } from '@switchboard/common';
import { API_KEY_PREFIX, ApiKeysService } from '../api-keys.service';
import { TenantError, TenantErrorCode } from '../tenant.errors';
import { UsersService } from '../users.service';

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Turns whatever credential a request carried into the principal behind it, or refuses it. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly config: AppConfig,
    private readonly apiKeys: ApiKeysService,
    private readonly users: UsersService,
  ) {}

  authenticate(credential: string): Promise<Principal> {
    if (safeEqual(credential, this.config.secrets.adminToken)) return Promise.resolve({ kind: 'operator' });
    if (credential.startsWith(API_KEY_PREFIX)) return this.apiKeys.authenticate(credential);
    if (JWT_SHAPE.test(credential)) return this.users.authenticate(credential);
    return Promise.reject(new TenantError(TenantErrorCode.INVALID_CREDENTIALS, 'Invalid credentials'));
  }
}
