import type { SchemaObject } from '@nestjs/swagger';
import { REQUEST_ID_PATTERN } from '../http/request-id';
import { ApiFamily } from './api-family';
import { OctopodsErrorCode } from './rest-envelopes';

/**
 * The error bodies `restErrorBody` builds, as OpenAPI schemas: what the document promises a
 * client for every 4xx and 5xx of a family. `rest-envelopes.spec.ts` holds the two together.
 */

const requestId = (description: string): SchemaObject => ({ type: 'string', pattern: REQUEST_ID_PATTERN, description, example: '3e6b1d2a-9f4e-4c1d-8b7a-1b3c5d7e9f0a' });

/** Validation failures list each problem; every other error has none. */
const validationErrors: SchemaObject = {
  type: 'array',
  items: { type: 'string' },
  description: 'Each validation problem, naming its field (only when the input failed validation)',
};

const code: SchemaObject = { type: 'string', description: 'What went wrong, for programs (e.g. NOT_FOUND, INVALID_INPUT, RATE_LIMITED)', example: 'NOT_FOUND' };

const JINA: SchemaObject = {
  type: 'object',
  description: 'An error of the Jina Connect routes and of Switchboard’s own REST routes',
  required: ['detail', 'code', 'request_id'],
  additionalProperties: false,
  properties: {
    detail: { type: 'string', description: 'What went wrong, for people' },
    code,
    request_id: requestId('The X-Request-Id of the request'),
    errors: validationErrors,
  },
  example: { detail: 'Bot 0b5d7e2c-8a51-4c0e-9d7a-3f1e2b6c9a40 not found', code: 'BOT_NOT_FOUND', request_id: '3e6b1d2a-9f4e-4c1d-8b7a-1b3c5d7e9f0a' },
};

const OPENSCOUTER: SchemaObject = {
  type: 'object',
  description: 'OpenScouter’s envelope, with `success: false`',
  required: ['success', 'data', 'error', 'metadata'],
  additionalProperties: false,
  properties: {
    success: { type: 'boolean', enum: [false] },
    data: { type: 'object', nullable: true, enum: [null], description: 'Always null on an error' },
    error: {
      type: 'object',
      required: ['code', 'message'],
      additionalProperties: false,
      properties: { code, message: { type: 'string', description: 'What went wrong, for people' }, errors: validationErrors },
    },
    metadata: {
      type: 'object',
      required: ['requestId'],
      additionalProperties: false,
      properties: { requestId: requestId('The X-Request-Id of the request') },
    },
  },
  example: {
    success: false,
    data: null,
    error: { code: 'TESTER_NOT_CONNECTED', message: 'Tester user_xyz789 has not connected Telegram' },
    metadata: { requestId: '3e6b1d2a-9f4e-4c1d-8b7a-1b3c5d7e9f0a' },
  },
};

const ESPUTNIK: SchemaObject = {
  type: 'object',
  description: 'An eSputnik error',
  required: ['error', 'code', 'request_id'],
  additionalProperties: false,
  properties: { error: { type: 'string', description: 'What went wrong, for people' }, code, request_id: requestId('The X-Request-Id of the request') },
  example: { error: 'Bot 0b5d7e2c-8a51-4c0e-9d7a-3f1e2b6c9a40 not found', code: 'BOT_NOT_FOUND', request_id: '3e6b1d2a-9f4e-4c1d-8b7a-1b3c5d7e9f0a' },
};

const sensayProperties = {
  success: { type: 'boolean', enum: [false], description: 'Indicates the status of the request' },
  error: { type: 'string', description: 'A text representation of the error' },
  request_id: requestId('A unique identifier of the request, useful for reporting (its X-Request-Id)'),
} satisfies Record<string, SchemaObject>;

const SENSAY: SchemaObject = {
  type: 'object',
  description: 'A Sensay error; the fingerprint is the same for every occurrence of one kind of error on one route',
  required: ['success', 'error', 'request_id', 'fingerprint'],
  additionalProperties: false,
  properties: {
    ...sensayProperties,
    fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$', description: 'A unique identifier of the event, useful for reporting' },
  },
  // Sensay's own example (its request ids are a format of its own; ours are X-Request-Id values).
  example: {
    error: 'A text representation of the error',
    success: false,
    request_id: 'xyz1::reg1:reg1::ab3c4-1234567890123-0123456789ab',
    fingerprint: '14fceadd84e74ec499afe9b0f7952d6b',
  },
};

const SENSAY_NOT_FOUND: SchemaObject = {
  type: 'object',
  description: 'A Sensay 404: as Sensay documents it, without a fingerprint',
  required: ['success', 'error', 'request_id'],
  additionalProperties: false,
  properties: sensayProperties,
  example: { error: 'A text representation of the error', success: false, request_id: 'xyz1::reg1:reg1::ab3c4-1234567890123-0123456789ab' },
};

const OCTOPODS: SchemaObject = {
  type: 'object',
  description:
    'An Octopods error. error_code: 0 internal error, 1 authentication failed, 2 invalid request, 3 recipient not found, 4 invalid interactive message, 5 Telegram rejected the send, 6 API key revoked',
  required: ['request_id', 'error_code', 'error'],
  additionalProperties: false,
  properties: {
    request_id: requestId('The X-Request-Id of the request'),
    error_code: { type: 'integer', enum: Object.values(OctopodsErrorCode).filter((value) => typeof value === 'number') },
    error: { type: 'string', description: 'What went wrong, for people' },
  },
  // Octopods' own example.
  example: {
    request_id: '3e6b1d2a-9f4e-4c1d-8b7a-1b3c5d7e9f0a',
    error_code: 4,
    error: 'You must supply Telegram Interactive Type as one of the valid types reply_buttons, reply_keyboard, remove_reply_keyboard, highlight_reply. Provided type: dropdown.',
  },
};

export type RestFamily = Exclude<ApiFamily, ApiFamily.GRAPHQL>;

/** The component name of each error body; Sensay's 404 has its own. */
export const ERROR_SCHEMA_NAMES: Record<RestFamily, string> = {
  [ApiFamily.JINA]: 'JinaError',
  [ApiFamily.OPENSCOUTER]: 'OpenScouterError',
  [ApiFamily.ESPUTNIK]: 'EsputnikError',
  [ApiFamily.SENSAY]: 'SensayError',
  [ApiFamily.OCTOPODS]: 'OctopodsError',
};
export const SENSAY_NOT_FOUND_SCHEMA_NAME = 'SensayNotFoundError';

/** Every error body schema, by component name. */
export const ERROR_SCHEMAS: Record<string, SchemaObject> = {
  [ERROR_SCHEMA_NAMES[ApiFamily.JINA]]: JINA,
  [ERROR_SCHEMA_NAMES[ApiFamily.OPENSCOUTER]]: OPENSCOUTER,
  [ERROR_SCHEMA_NAMES[ApiFamily.ESPUTNIK]]: ESPUTNIK,
  [ERROR_SCHEMA_NAMES[ApiFamily.SENSAY]]: SENSAY,
  [SENSAY_NOT_FOUND_SCHEMA_NAME]: SENSAY_NOT_FOUND,
  [ERROR_SCHEMA_NAMES[ApiFamily.OCTOPODS]]: OCTOPODS,
};

/** The component an error of this family and HTTP status is answered with. */
export function errorSchemaNameOf(family: RestFamily, status: number): string {
  return family === ApiFamily.SENSAY && status === 404 ? SENSAY_NOT_FOUND_SCHEMA_NAME : ERROR_SCHEMA_NAMES[family];
}
