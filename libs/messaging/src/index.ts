export * from './delivery/delivery.service';
export * from './jobs/jobs.service';
export * from './messaging.module';
export * from './outbound-message.entity';
