export * from './answering';
export * from './replica.entity';
export * from './replica.errors';
export * from './replicas.module';
export * from './replicas.service';
export type { ActiveIntegration } from './integrations/active-integrations.cache';
export * from './integrations/replica-integrations.service';
export * from './integrations/replica-telegram-integration.entity';
