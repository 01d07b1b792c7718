import { oas } from '@switchboard/common';

const { dateTime, nullable, objectOf, text, uuid } = oas;

const properties = {
  id: uuid,
  name: text,
  prefix: { ...text, description: 'The first characters of the key, to recognise it' },
  bot_id: { ...nullable(uuid), description: 'The bot a channel key acts through; null for a tenant-wide key' },
  created_at: dateTime,
  last_used_at: nullable(dateTime),
  revoked_at: nullable(dateTime),
};

const example = {
  id: '5c2f9a1e-7b3d-4e8f-a6c1-2d9e0f4b7a13',
  name: 'CRM',
  prefix: 'sb_3kq9XyZ',
  bot_id: null,
  created_at: '2026-03-16T08:00:00.000Z',
  last_used_at: null,
  revoked_at: null,
};

/** An API key as the REST routes show it: never the key itself. */
export const API_KEY_SCHEMA = objectOf(properties, { example });

/** A new key, the only time `key` is shown. */
export const API_KEY_CREATED_SCHEMA = objectOf(
  { ...properties, key: { ...text, description: 'The key: shown only in this answer, stored hashed' } },
  { example: { ...example, key: 'sb_3kq9XyZw4Rt7PmQ2vN8sLc5HjD1fGaK6eBoUi' } },
);
