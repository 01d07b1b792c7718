export * from './page';
export * from './tenant-scoped.repository';
export * from './list-query';
