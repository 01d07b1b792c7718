import { randomUUID } from 'node:crypto';
import { AppConfig, loadConfig, SecretBox } from '@switchboard/common';
import { AnswerRequest, ChatTurn, Replica, ReplicaAnswerers, ReplicaType } from '@switchboard/replicas';

const ENCRYPTION_KEY = '0f'.repeat(32);

/** The platform's configuration, with the model API given (or none). */
export function platformConfig(llm: { baseUrl?: string; apiKey?: string } = {}, allowPrivateAddresses = true): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    // The fakes listen on 127.0.0.1, a private address a tenant's URL may not lead to in production.
    REPLICA_ALLOW_PRIVATE_ADDRESSES: String(allowPrivateAddresses),
    ENCRYPTION_KEY,
    JWT_SECRET: 'test-jwt-secret-0123456789-0123456789',
    ADMIN_TOKEN: 'test-operator-token-0123456789',
    ...(llm.baseUrl ? { REPLICA_LLM_BASE_URL: llm.baseUrl } : {}),
    ...(llm.apiKey ? { REPLICA_LLM_API_KEY: llm.apiKey } : {}),
  });
}

export interface ReplicaAnswererSettings {
  systemMessage?: string;
  baseUrl?: string;
  apiKey?: string;
  endpoint?: { url: string; secret: string };
}

/** A replica as the database would hand it over, its secrets sealed with the platform's key. */
export function aStoredReplica(config: AppConfig, settings: ReplicaAnswererSettings = {}): Replica {
  const box = new SecretBox(config.secrets.encryptionKey);
  return Object.assign(new Replica(), {
    id: randomUUID(),
    name: 'Concierge',
    slug: 'concierge',
    type: ReplicaType.BRAND,
    llm: {
      model: 'gpt-test',
      systemMessage: settings.systemMessage ?? '',
      baseUrl: settings.baseUrl ?? null,
      apiKeySealed: settings.apiKey ? box.seal(settings.apiKey) : null,
    },
    endpointUrl: settings.endpoint?.url ?? null,
    endpointSecretSealed: settings.endpoint ? box.seal(settings.endpoint.secret) : null,
  });
}

/** The request the answering engine would make, with a signal the test controls. */
export function anAnswerRequest(replica: Replica, turns: ChatTurn[], signal = new AbortController().signal, onText?: (text: string) => void): AnswerRequest {
  return { replica, turns, requestId: randomUUID(), chat: { botId: '42', chatId: '1001', chatType: 'private' }, signal, onText };
}

/** Answers through the same choice the app makes. */
export function answerOf(config: AppConfig, replica: Replica, request: AnswerRequest): Promise<string> {
  const answerer = new ReplicaAnswerers(config).of(replica);
  if (!answerer) throw new Error('the replica has no answerer');
  return answerer.answer(request);
}
