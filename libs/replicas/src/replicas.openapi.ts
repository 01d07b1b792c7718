import type { SchemaObject } from '@nestjs/swagger';
import { oas } from '@switchboard/common';
import { IntegrationState } from './integrations/replica-telegram-integration.entity';
import { ReplicaType } from './replica.entity';

const { dateTime, flag, integer, nullable, objectOf, sensayOf, text, uuid } = oas;

const replicaProperties = {
  uuid,
  name: text,
  shortDescription: text,
  greeting: text,
  type: { type: 'string', enum: Object.values(ReplicaType) },
  ownerID: text,
  private: flag,
  slug: text,
  tags: { type: 'array', items: text },
  suggestedQuestions: { type: 'array', items: text },
  llm: objectOf({
    model: text,
    systemMessage: text,
    baseUrl: { ...nullable(text), description: "The replica's own OpenAI-compatible API; null for the platform's" },
    hasApiKey: { ...flag, description: 'Whether an API key for baseUrl is stored (it is never shown)' },
  }),
  endpoint: { ...nullable(objectOf({ url: text, hasSecret: { ...flag, description: 'Whether a signing secret is stored (it is never shown)' } })), description: "The tenant's answering endpoint, when set" },
  createdAt: dateTime,
  updatedAt: dateTime,
} satisfies Record<string, SchemaObject>;

const replicaExample = {
  uuid: '03db5651-cb61-4bdf-9ef0-89561f7c9c53',
  name: 'Hotel concierge',
  shortDescription: 'Answers guests',
  greeting: 'Hi! How can I help?',
  type: 'brand',
  ownerID: 'user-1',
  private: false,
  slug: 'hotel-concierge',
  tags: ['hotel'],
  suggestedQuestions: ['When is breakfast?'],
  llm: { model: 'gpt-4o', systemMessage: 'Be kind.', baseUrl: null, hasApiKey: false },
  endpoint: null,
  createdAt: '2026-03-16T08:00:00.000Z',
  updatedAt: '2026-03-16T08:00:00.000Z',
};

const REPLICA_SCHEMA = objectOf(replicaProperties, { example: replicaExample });

export const REPLICA_CREATED_SCHEMA = sensayOf({ uuid }, { example: { success: true, uuid: replicaExample.uuid } });
export const REPLICA_PAGE_SCHEMA = sensayOf(
  { items: { type: 'array', items: REPLICA_SCHEMA }, total: { ...integer, minimum: 0, description: "The tenant's replicas in all" } },
  { example: { success: true, items: [replicaExample], total: 1 } },
);
export const REPLICA_FOUND_SCHEMA = sensayOf(replicaProperties, { example: { success: true, ...replicaExample } });
export const SENSAY_OK_SCHEMA = sensayOf({}, { example: { success: true } });

/** Sensay documents the integration id as a number. */
const integrationId = { type: 'number', description: 'The integration id' };

// Sensay's own examples.
export const INTEGRATION_STARTED_SCHEMA = sensayOf({ id: integrationId }, { example: { success: true, id: 42.0 } });
export const INTEGRATION_ACCEPTED_SCHEMA = sensayOf(
  { id: integrationId, message: { ...text, description: 'The reason why the operation is accepted instead of returning an immediate success' } },
  {
    example: {
      success: true,
      id: 42.0,
      message:
        'Telegram integration created successfully, but failed to notify the external integration server. If you are using the default Sensay Telegram Integration, we will retry starting the bot asynchronously.',
    },
  },
);

export const INTEGRATION_SCHEMA = sensayOf(
  {
    id: integrationId,
    state: { type: 'string', enum: Object.values(IntegrationState), description: 'starting: not started yet; active: the replica answers on botId; failing: Telegram refused for good (lastError says why)' },
    mention: text,
    botId: { ...uuid, description: 'The bot it answers on, once known' },
    lastError: nullable(text),
  },
  { optional: ['botId'], example: { success: true, id: 42, state: 'active', mention: '@HotelConciergeBot', botId: '0b5d7e2c-8a51-4c0e-9d7a-3f1e2b6c9a40', lastError: null } },
);
