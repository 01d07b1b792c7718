export * from './audience';
export * from './current-tenant.decorator';
export * from './principal';
export * from './request-of';
export * from './credential-of';
