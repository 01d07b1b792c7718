export * from './pipeline-state';
export * from './telegraf-runtime.service';
export * from './telegram-clients.service';
export * from './telegram-failure';
export * from './send-payloads';
export * from './telegram.module';
export * from './telegram-pipeline.module';
export * from './update-types';
