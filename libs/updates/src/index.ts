export * from './describe-update';
export * from './updates.module';
export * from './webhook-event.entity';
export { WebhookEndpoint } from './webhook-endpoint';
export { WEBHOOK_PATHS } from './webhook-openapi';
