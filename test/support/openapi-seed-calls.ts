/**
 * A tenant backend written against a client generated from /docs-json (openapi-typescript
 * types, openapi-fetch calls): one call to each route the seeds document, with the seeds' own
 * request bodies, reading fields of the answers. Compiled beside the generated `schema.ts`.
 */
export const SEED_CALLS_SOURCE = `
import createClient from 'openapi-fetch';
import type { paths } from './schema';

const client = createClient<paths>({ baseUrl: 'https://switchboard.example.org', headers: { Authorization: 'Bearer sb_key' } });
const botAppId = '0b5d7e2c-8a51-4c0e-9d7a-3f1e2b6c9a40';
const replicaUUID = '03db5651-cb61-4bdf-9ef0-89561f7c9c53';
const telegramUpdate = {
  update_id: 987654321,
  message: { message_id: 1, from: { id: 123456789, username: 'tester_alex' }, chat: { id: 123456789, type: 'private' }, text: '/start' },
};

/** Jina Connect (seed 001). */
export async function jinaConnect(): Promise<unknown[]> {
  const registered = await client.POST('/telegram/v1/bots', { body: { name: 'My Support Bot', bot_token: '123456:ABC-DEF1234...', daily_limit: 1000 } });
  const bots = await client.GET('/telegram/v1/bots', { params: { query: { limit: 20 } } });
  const bot = await client.GET('/telegram/v1/bots/{id}', { params: { path: { id: botAppId } } });
  const changed = await client.PUT('/telegram/v1/bots/{id}', { params: { path: { id: botAppId } }, body: { daily_limit: 500, send_rate: '30/min' } });
  const removed = await client.DELETE('/telegram/v1/bots/{id}', { params: { path: { id: botAppId } } });
  const events = await client.GET('/telegram/v1/webhook-events', { params: { query: { bot_app_id: botAppId, status: 'FAILED', update_type: 'message' } } });
  const delivered = await client.POST('/telegram/v1/webhooks/{botId}', {
    params: { path: { botId: botAppId } },
    headers: { 'X-Telegram-Bot-Api-Secret-Token': 'the-bot-secret' },
    body: telegramUpdate,
  });
  const broadcast = await client.POST('/broadcast', {
    body: { name: 'Telegram Announcement', platform: 'TELEGRAM', message_text: 'Hello from Jina Connect!', recipients: ['contact-uuid-1', 'contact-uuid-2'] },
  });
  const broadcasts = await client.GET('/broadcast');
  const followed = await client.GET('/broadcast/{id}', { params: { path: { id: broadcast.data?.id ?? '' } } });
  return [
    registered.data?.bot_app_id,
    registered.error?.detail,
    bots.data?.items.map((item) => item.webhook.active),
    bot.data?.telegram_bot_id,
    changed.data?.daily_limit,
    removed.response.status,
    events.data?.items.map((event) => event.update_id),
    delivered.data?.ok,
    broadcasts.data?.next_cursor,
    followed.data?.progress.percent,
    followed.error?.request_id,
  ];
}

/** OpenScouter (seed 000). */
export async function openScouter(): Promise<unknown[]> {
  const received = await client.POST('/api/telegram/webhook', { headers: { 'X-Telegram-Bot-Api-Secret-Token': 'the-bot-secret' }, body: telegramUpdate });
  const notified = await client.POST('/api/telegram/job-notify', {
    body: { testerId: 'user_xyz789', jobId: 'job_abc123', message: 'A new study matching your profile is available. Tap below to view details.' },
  });
  const sent = await client.POST('/api/telegram/send-job', { body: { jobId: 'job_abc123', filterBySegment: true } });
  const setup = await client.POST('/api/telegram/setup', { body: { webhookUrl: 'https://openscouter.com/api/telegram/webhook', allowedUpdates: ['message', 'callback_query'] } });
  const connection = await client.GET('/api/telegram/check-connection');
  return [
    received.data?.ok,
    notified.data?.data.telegramChatId,
    notified.error?.error.code,
    sent.data?.data.notificationsSent,
    sent.data?.metadata?.broadcastId,
    setup.data?.data.confirmedAt,
    connection.data?.data.connected,
    connection.data?.data.lastErrorMessage,
  ];
}

/** eSputnik (seed 002): contactId is a Long there. */
export async function eSputnik(): Promise<unknown[]> {
  const added = await client.POST('/v1/apps/{appId}/tokens', {
    params: { path: { appId: botAppId } },
    body: { tokens: [{ token: '123456789', contactId: 42, externalCustomerId: 'ext-42', phone: '+380501234567', email: 'tester@example.com' }] },
  });
  return [added.data?.results.map((result) => [result.contactId, result.tokenAdded, result.error]), added.error?.code];
}

/** Sensay (seed 003). */
export async function sensay(): Promise<unknown[]> {
  const replica = {
    name: 'Hotel concierge',
    shortDescription: 'Answers guests',
    greeting: 'Hi! How can I help?',
    type: 'brand' as const,
    ownerID: 'user-1',
    slug: 'hotel-concierge',
    tags: ['hotel'],
    suggestedQuestions: ['When is breakfast?'],
    llm: { model: 'gpt-4o', systemMessage: 'Be kind.' },
  };
  const path = { path: { replicaUUID } };
  const created = await client.POST('/v1/replicas', { params: { header: { 'X-API-Version': '2025-03-25' } }, body: replica });
  const listed = await client.GET('/v1/replicas', { params: { query: { page: 1, pageSize: 24 } } });
  const found = await client.GET('/v1/replicas/{replicaUUID}', { params: path });
  const replaced = await client.PUT('/v1/replicas/{replicaUUID}', { params: path, body: { ...replica, private: true } });
  const deleted = await client.DELETE('/v1/replicas/{replicaUUID}', { params: path });
  const integrated = await client.POST('/v1/replicas/{replicaUUID}/integrations/telegram', {
    params: { ...path, header: { 'X-API-Version': '2025-03-25' } },
    body: { telegram_token: 'string', mention: 'string' },
  });
  const integration = await client.GET('/v1/replicas/{replicaUUID}/integrations/telegram', { params: path });
  const stopped = await client.DELETE('/v1/replicas/{replicaUUID}/integrations/telegram', { params: path });
  return [
    created.data?.uuid,
    created.error?.request_id,
    listed.data?.items.map((item) => item.llm.hasApiKey),
    listed.data?.total,
    found.data?.endpoint?.hasSecret,
    replaced.data?.success,
    deleted.data?.success,
    integrated.data?.id,
    integrated.error?.error,
    integration.data?.state,
    stopped.data?.success,
  ];
}

/** Octopods (seed 004): each of its documented payloads. */
export async function octopods(): Promise<unknown[]> {
  const send = (body: paths['/api/v1/telegram/interactive']['post']['requestBody']['content']['application/json']) =>
    client.POST('/api/v1/telegram/interactive', { headers: { 'X-Octopods-Auth': 'YOUR_CHANNEL_API_KEY' }, body });
  const answers = await Promise.all([
    send({
      destination_user_id: '123456789',
      telegram_interactive_message: {
        type: 'reply_buttons',
        text: 'Your order has shipped. Track or get help below.',
        reply_markup: {
          inline_keyboard: [
            [
              { text: 'Track order', url: 'https://example.com/track/ORD-9876' },
              { text: 'Need help', switch_inline_query_current_chat: 'help order ORD-9876' },
            ],
          ],
        },
      },
    }),
    send({
      destination_user_id: '123456789',
      telegram_interactive_message: {
        type: 'reply_keyboard',
        text: 'How can we help you today?',
        reply_markup: {
          keyboard: [
            [{ text: 'Track my order' }, { text: 'Return an item' }],
            [
              { text: 'Share my number', request_contact: true },
              { text: 'Share my location', request_location: true },
            ],
          ],
          resize_keyboard: true,
          one_time_keyboard: true,
        },
      },
    }),
    send({
      destination_user_id: '123456789',
      telegram_interactive_message: { type: 'remove_reply_keyboard', text: "Thanks — we've got what we need.", reply_markup: { remove_keyboard: true } },
    }),
    send({
      destination_user_id: '123456789',
      telegram_interactive_message: { type: 'highlight_reply', text: "What's your order number?", reply_markup: { force_reply: true, input_field_placeholder: 'e.g. ORD-9876' } },
    }),
    send({
      destination_user_id: '123456789',
      telegram_interactive_message: JSON.stringify({ type: 'highlight_reply', text: 'Stringified, as Octopods allows', reply_markup: { force_reply: true } }),
    }),
  ]);
  return answers.map((answer) => [answer.data?.channel_message_id, answer.data?.message_id, answer.error?.error_code]);
}
`;

/** Calls a correct client refuses to compile, each in a file of its own: the check must bite. */
export const WRONG_CALLS_SOURCES: Record<string, string> = {
  'missing-token.ts': `
import createClient from 'openapi-fetch';
import type { paths } from './schema';
export const missingToken = () => createClient<paths>().POST('/telegram/v1/bots', { body: { name: 'No token' } });
`,
  'unknown-type.ts': `
import createClient from 'openapi-fetch';
import type { paths } from './schema';
export const unknownType = () =>
  createClient<paths>().POST('/api/v1/telegram/interactive', {
    body: { destination_user_id: '1', telegram_interactive_message: { type: 'dropdown', text: 'x', reply_markup: {} } },
  });
`,
  'unknown-route.ts': `
import createClient from 'openapi-fetch';
import type { paths } from './schema';
export const unknownRoute = () => createClient<paths>().GET('/telegram/v1/no-such-route');
`,
  'unknown-field.ts': `
import createClient from 'openapi-fetch';
import type { paths } from './schema';
export const unknownField = async () => (await createClient<paths>().GET('/telegram/v1/bots/{id}', { params: { path: { id: 'x' } } })).data?.no_such_field;
`,
};
