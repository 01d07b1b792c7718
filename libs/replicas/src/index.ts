export * from './answering';
export * from './replica.entity';
export * from './replica.errors';
export * from './replicas.module';
export * from './replicas.service';
