export * from './auth';
export * from './config';
export * from './crypto';
export * from './database';
export * from './errors';
export * from './http/configure-http';
export * from './http/request-id';
export * from './pagination';
