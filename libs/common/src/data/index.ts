export * from './data.module';
export * from './scoped-repository';
export * from './scoped-select';
export * from './tenant-data.service';
export * from './tenant-owned';
export { isUuid } from './scope-condition';
