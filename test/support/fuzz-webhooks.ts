import fc from 'fast-check';
import { apiFamilyOf } from '@switchboard/common';
import { DefectOptions } from './fuzz-defects';
import { RestTarget } from './fuzz-rest';
import { Field, Shape } from './fuzz-shapes';
import { RawNumber, TWO_POW_64, TWO_POW_70 } from './fuzz-values';
import { isWebhookAcknowledgement } from './fuzz-verdicts';
import type { FuzzWorld } from './fuzz-world';

/**
 * Telegram's webhooks are public routes (the secret is the credential) that take whatever
 * Telegram sends. A malformed update may be acknowledged, stored as FAILED and processed to no
 * effect; anything else is refused.
 */

const field = (name: string, shape: Shape, required = true): Field => ({ name, shape, required });
const integer: Shape = { kind: 'integer' };
const text: Shape = { kind: 'text' };

/**
 * The parts of a message update the pipeline reads. Telegram always sends `message_id` and
 * `date`, but the pipeline does without them (OpenScouter documents its webhook with a message
 * that has no `date`): only a wrong value is a defect there, not a missing one.
 */
const UPDATE_FIELDS: Field[] = [
  field('update_id', integer),
  field('message', {
    kind: 'object',
    fields: [
      field('message_id', integer, false),
      field('date', integer, false),
      field('chat', { kind: 'object', fields: [field('id', integer), field('type', { kind: 'enum', values: ['private', 'group', 'supergroup'] })] }),
      // OpenScouter's webhook example sends a user with neither `is_bot` nor `first_name`.
      field('from', { kind: 'object', fields: [field('id', integer), field('is_bot', { kind: 'boolean' }, false), field('first_name', text, false)] }, false),
      field('text', text, false),
    ],
  }),
];

/** A fresh, well-formed private message; the defect is added to it. */
const plausibleUpdate: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 1, max: 2 ** 40 }))
  .map(([updateId, person]) => ({
    update_id: updateId,
    message: {
      message_id: 1,
      date: 1_764_000_000,
      chat: { id: person, type: 'private' },
      from: { id: person, is_bot: false, first_name: 'Fuzz' },
      text: 'hello',
    },
  }));

/** Telegram's own fields may grow and its texts are its own business: defects are in types and ranges. */
const UPDATE_DEFECTS: DefectOptions = {
  unknownKeys: false,
  overLongText: false,
  // -0 and negative numbers are well-formed here: update 0, a group's chat id.
  outOfRange: fc.constantFrom('1e308', '-1e308', TWO_POW_64, TWO_POW_70, '0.5').map((literal) => new RawNumber(literal)),
  filters: false,
};

function webhookTarget(path: string, pathParams: string[], headers: Record<string, string>): RestTarget {
  return {
    method: 'POST',
    path,
    family: apiFamilyOf(path),
    pathParams,
    query: [],
    body: UPDATE_FIELDS,
    headers,
    defects: UPDATE_DEFECTS,
    baseBody: plausibleUpdate,
    alsoAllowed: isWebhookAcknowledgement,
  };
}

export function webhookTargets(world: FuzzWorld): RestTarget[] {
  const secret = { 'x-telegram-bot-api-secret-token': world.webhookSecret };
  return [webhookTarget('/telegram/v1/webhooks/{botId}/', ['botId'], secret), webhookTarget('/api/telegram/webhook', [], secret)];
}
