export * from './app-config';
export * from './config.module';
export * from './send-rate';
export type { LocalSecrets } from './local-secrets';
