export * from './metrics';
export * from './metrics.errors';
export * from './metrics.module';
export * from './scraped-gauge';
