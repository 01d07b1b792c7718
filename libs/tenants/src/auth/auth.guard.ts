import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AUDIENCE_KEY, Audience, Principal, credentialOf, isTenantAdmin, requestOf } from '@switchboard/common';
import { TenantError, TenantErrorCode } from '../tenant.errors';
import { Authenticator } from './authenticator.service';

function admits(principal: Principal, audiences: Audience[]): boolean {
  return audiences.some((audience) => {
    switch (audience) {
      case 'public':
        return true;
      case 'operator':
        return principal.kind === 'operator';
      case 'tenant':
        return principal.kind !== 'operator';
      case 'tenant-wide':
        return principal.kind === 'user' || (principal.kind === 'api-key' && principal.botId === null);
      case 'tenant-admin':
        return isTenantAdmin(principal);
    }
  });
}

/** The one guard for GraphQL and REST: who is calling, and may they call this? */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Telegram update handlers run on behalf of a webhook whose secret was already checked.
    if (!['http', 'graphql'].includes(context.getType<string>())) return true;
    const audiences = this.reflector.getAllAndOverride<Audience[]>(AUDIENCE_KEY, [context.getHandler(), context.getClass()]) ?? [
      'tenant',
    ];
    if (audiences.includes('public')) return true;
    const req = requestOf(context);
    if (!req.principal) {
      const credential = credentialOf(req);
      if (!credential) {
        throw new TenantError(TenantErrorCode.MISSING_CREDENTIALS, 'Missing credentials: send Authorization: Bearer <token>');
      }
      req.principal = await this.authenticator.authenticate(credential);
    }
    if (!admits(req.principal, audiences)) {
      throw new TenantError(TenantErrorCode.NOT_ALLOWED, `This operation is for: ${audiences.join(', ')}`);
    }
    return true;
  }
}
