import { ErrorKind, errorClassFor } from '@switchboard/common';

export enum TenantErrorCode {
  MISSING_CREDENTIALS = 'MISSING_CREDENTIALS',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  API_KEY_REVOKED = 'API_KEY_REVOKED',
  NOT_ALLOWED = 'NOT_ALLOWED',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  TENANT_REQUIRED = 'TENANT_REQUIRED',
  TENANT_NOT_FOUND = 'TENANT_NOT_FOUND',
  API_KEY_NOT_FOUND = 'API_KEY_NOT_FOUND',
}

const KINDS: Record<TenantErrorCode, ErrorKind> = {
  [TenantErrorCode.MISSING_CREDENTIALS]: ErrorKind.UNAUTHENTICATED,
  [TenantErrorCode.INVALID_CREDENTIALS]: ErrorKind.UNAUTHENTICATED,
  [TenantErrorCode.API_KEY_REVOKED]: ErrorKind.UNAUTHENTICATED,
  [TenantErrorCode.NOT_ALLOWED]: ErrorKind.FORBIDDEN,
  [TenantErrorCode.EMAIL_TAKEN]: ErrorKind.CONFLICT,
  [TenantErrorCode.TENANT_REQUIRED]: ErrorKind.VALIDATION_FAILED,
  [TenantErrorCode.TENANT_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [TenantErrorCode.API_KEY_NOT_FOUND]: ErrorKind.NOT_FOUND,
};

export class TenantError extends errorClassFor(KINDS) {}
