export { LlmFake } from './llm-fake';
export { echoLastUserMessage } from './replies';
export type {
  ChatCompletionRequest,
  ChatMessage,
  ChatRole,
  LlmErrorSpec,
  LlmFakeOptions,
  LlmReply,
  RecordedRequest,
  Replier,
  StreamTiming,
} from './types';
