export { BotApiFake } from './bot-api-fake';
export type {
  BotApiFakeOptions,
  ChatSpec,
  ChatType,
  DeliveryResult,
  FakeBotInfo,
  Fault,
  FaultRule,
  RecordedCall,
  TelegramLimits,
  WebhookView,
} from './types';
export * from './updates';
