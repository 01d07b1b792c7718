export * from './event-payloads';
export * from './event-type';
export * from './events-out.module';
export * from './publishing/events-out.service';
export * from './publishing/out-event';
export * from './event-payloads.openapi';
