export * from './api-key.entity';
export * from './api-keys.service';
export * from './tenant.entity';
export * from './tenant.errors';
export * from './tenants.module';
export * from './tenants.service';
export * from './user.entity';
export * from './tenant-owned.entity';
