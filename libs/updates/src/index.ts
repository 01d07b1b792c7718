export * from './describe-update';
export * from './updates.module';
export * from './webhook-event.entity';
