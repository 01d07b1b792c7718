import type { OperationObject, PathItemObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** A Telegram update, as Telegram sends it: its fields are Telegram's (the intake validates what it reads). */
const UPDATE_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['update_id'],
  properties: { update_id: { type: 'integer', minimum: 0 } },
  additionalProperties: true,
  // OpenScouter's own example of the payload Telegram sends.
  example: { update_id: 987654321, message: { message_id: 1, from: { id: 123456789, username: 'tester_alex' }, chat: { id: 123456789, type: 'private' }, text: '/start' } },
};

const ACKNOWLEDGEMENT_SCHEMA: SchemaObject = { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean', enum: [true] } }, example: { ok: true } };

const NOT_JSON = 'The body is not JSON or nests too deep. (A malformed update is acknowledged and stored as FAILED.)';

/** An update delivery; the document's general errors (413, 415) and envelopes are added with every other route's. */
function delivery(operationId: string, summary: string, errors: Record<number, string>, parameters: OperationObject['parameters'] = []): PathItemObject {
  return {
    post: {
      operationId,
      summary,
      tags: ['Telegram'],
      parameters,
      requestBody: { required: true, content: { 'application/json': { schema: UPDATE_SCHEMA } } },
      responses: {
        200: { description: 'The update is stored (or was already): processing happens after', content: { 'application/json': { schema: ACKNOWLEDGEMENT_SCHEMA } } },
        ...Object.fromEntries(Object.entries(errors).map(([status, description]) => [status, { description }])),
      },
    },
  };
}

/**
 * Telegram's two webhooks, described by hand: WebhookEndpoint answers them ahead of Nest's
 * routing, so no controller carries their decorators.
 */
export const WEBHOOK_PATHS: Record<string, PathItemObject> = {
  '/telegram/v1/webhooks/{botId}': delivery(
    'receiveBotWebhook',
    "A bot's webhook: Telegram posts each update here with the bot's secret (set by Switchboard); you do not call it",
    {
      400: NOT_JSON,
      401: 'Missing or wrong X-Telegram-Bot-Api-Secret-Token: nothing is stored',
      404: 'No bot receives updates here (UNKNOWN_WEBHOOK), or the bot was removed',
    },
    [{ name: 'botId', required: true, in: 'path', schema: { type: 'string' } }],
  ),
  '/api/telegram/webhook': delivery('receiveSecretWebhook', "OpenScouter's webhook: the secret header alone names the bot; Telegram calls it, you do not", {
    400: NOT_JSON,
    401: 'Missing X-Telegram-Bot-Api-Secret-Token, or one no bot has: nothing is stored',
  }),
};
