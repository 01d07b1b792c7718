/**
 * A tenant backend's side of events out, written against the generated client: it registers an
 * endpoint, reads its deliveries, and its receiver reads each event's `data` by its `type` (the
 * document's `Event` union). Compiled beside the generated `schema.ts`, like the seed calls.
 */
export const EVENT_CALLS_SOURCE = `
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

type Event = components['schemas']['Event'];
const client = createClient<paths>({ baseUrl: 'https://switchboard.example.org', headers: { Authorization: 'Bearer sb_key' } });

export async function register(): Promise<unknown[]> {
  const created = await client.POST('/api/v1/event-endpoints', { body: { url: 'https://crm.example.com/switchboard/events', event_types: ['message.received', 'contact.created'] } });
  const id = created.data?.id ?? '';
  const deliveries = await client.GET('/api/v1/event-endpoints/{id}/deliveries', { params: { path: { id }, query: { status: 'FAILED' } } });
  const replayed = await client.POST('/api/v1/event-endpoints/{id}/deliveries/{deliveryId}/replay', { params: { path: { id, deliveryId: id } } });
  return [created.data?.secret, created.error?.code, deliveries.data?.items.map((delivery) => delivery.payload.type), replayed.error?.detail];
}

/** What a receiver reads of each event, told apart by its type. */
export function receive(event: Event): unknown {
  switch (event.type) {
    case 'message.received':
      return [event.data.text, event.data.callback_data, event.data.chat_id];
    case 'message.status_changed':
      return [event.data.status, event.data.previous_status, event.data.telegram_message_ids.length, event.data.error_code];
    case 'contact.created':
      return [event.data.external_customer_id, event.data.bot_id];
    case 'contact.blocked':
    case 'contact.unblocked':
      return [event.data.blocked, event.data.changed_at];
    case 'broadcast.completed':
      return [event.data.stats.clicked, event.data.finished_at];
    case 'replica.answered':
      return [event.data.fallback, event.data.message_id];
    case 'bot.webhook_failing':
      return [event.data.last_error_message, event.timestamp];
  }
}
`;

/** Event reads a correct client refuses to compile. */
export const WRONG_EVENT_CALLS_SOURCES: Record<string, string> = {
  'event-field-of-another-type.ts': `
import type { components } from './schema';
export const text = (event: components['schemas']['Event']) => (event.type === 'contact.created' ? event.data.text : null);
`,
  'event-unknown-type.ts': `
import type { components } from './schema';
export const unknown = (event: components['schemas']['Event']) => event.type === 'contact.deleted';
`,
};
