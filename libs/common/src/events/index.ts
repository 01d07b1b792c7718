export * from './cluster-events.service';
export * from './events.module';
export * from './end-when';
