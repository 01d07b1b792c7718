export * from './cluster-events.service';
export * from './events.module';
