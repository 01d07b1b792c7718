import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { CommonError, CommonErrorCode } from '../errors/domain-error';
import { Principal, TenantScope, tenantScopeOf } from './principal';
import { requestOf } from './request-of';

/** The calling tenant, as set by the auth guard. Handlers get tenancy from here, never from input. */
export const CurrentTenant = createParamDecorator((_: unknown, context: ExecutionContext): TenantScope => {
  const principal = requestOf(context).principal;
  const scope = principal && tenantScopeOf(principal);
  if (!scope) throw new CommonError(CommonErrorCode.FORBIDDEN, 'This operation needs tenant credentials');
  return scope;
});

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = requestOf(context).principal;
  if (!principal) throw new CommonError(CommonErrorCode.FORBIDDEN, 'Not authenticated');
  return principal;
});
