export * from './request-limits.module';
export * from './throttler-guards';
export * from './throttlers';
