import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { aPerson, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

/** Octopods' POST /api/v1/telegram/interactive, with its seed's examples and error codes. */
describe('interactive messages', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let channelKey: string;
  let person: Person;

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).withAdmin().build();
    bot = await aBot(app, fake, tenant);
    channelKey = (await app.http().post(`/telegram/v1/bots/${bot.id}/api-keys/`).set('authorization', `Bearer ${tenant.apiKey}`).send({ name: 'octopods' })).body.key;
    person = aPerson();
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'hi'));
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  const post = (body: unknown, key: string | null = channelKey) => {
    const call = app.http().post('/api/v1/telegram/interactive').set('content-type', 'application/json');
    return (key ? call.set('X-Octopods-Auth', key) : call).send(body as object);
  };
  const lastMarkupSentTo = (chatId: number) => fake.callsTo('sendMessage', bot.token).filter((call) => String(call.params.chat_id) === String(chatId)).at(-1)!;

  const SEED_EXAMPLE = {
    destination_user_id: '',
    telegram_interactive_message: {
      type: 'reply_buttons',
      text: 'Ready to confirm your appointment?',
      reply_markup: {
        inline_keyboard: [
          [
            { text: 'Confirm', switch_inline_query_current_chat: 'confirm' },
            { text: 'Reschedule', switch_inline_query_current_chat: 'reschedule' },
          ],
        ],
      },
    },
  };

  it('sends the seed’s example request and answers 201 { request_id, message_id, channel_message_id }', async () => {
    const response = await post({ ...SEED_EXAMPLE, destination_user_id: String(person.id) });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      request_id: response.headers['x-request-id'],
      message_id: expect.any(Number),
      channel_message_id: expect.stringMatching(/^tg-\d+$/),
    });
    const call = lastMarkupSentTo(person.id);
    expect(call.params).toMatchObject({ text: 'Ready to confirm your appointment?', reply_markup: SEED_EXAMPLE.telegram_interactive_message.reply_markup });
    expect(response.body.channel_message_id).toBe(`tg-${(call.response as { result: { message_id: number } }).result.message_id}`);
  });

  it.each([
    {
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
    {
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
    { type: 'remove_reply_keyboard', text: "Thanks — we've got what we need.", reply_markup: { remove_keyboard: true } },
    { type: 'highlight_reply', text: "What's your order number?", reply_markup: { force_reply: true, input_field_placeholder: 'e.g. ORD-9876' } },
  ])('sends $type exactly as given', async (message) => {
    const response = await post({ destination_user_id: String(person.id), telegram_interactive_message: message });
    expect(response.status).toBe(201);
    expect(lastMarkupSentTo(person.id).params).toMatchObject({ text: message.text, reply_markup: message.reply_markup });
  });

  it('takes the payload as stringified JSON too, and keeps the Intercom teammate as the sender', async () => {
    const response = await post({
      destination_user_id: String(person.id),
      telegram_interactive_message: JSON.stringify({ type: 'remove_reply_keyboard', text: 'Done.', reply_markup: { remove_keyboard: true } }),
      intercom_teammate_id: 'teammate-42',
    });
    expect(response.status).toBe(201);
    const message = await gql<{ message: { sender: string; status: string } }>(app, 'query($id: ID!) { message(id: $id) { sender status } }', { id: String(response.body.message_id) }, tenant.apiKey);
    expect(message.data!.message).toEqual({ sender: 'teammate-42', status: 'SENT' });
  });

  describe('error codes', () => {
    const expectError = (response: { status: number; body: unknown; headers: Record<string, string> }, status: number, code: number) => {
      expect(response.status).toBe(status);
      expect(response.body).toEqual({ request_id: response.headers['x-request-id'], error_code: code, error: expect.any(String) });
    };

    it('1: no API key, or one that does not exist', async () => {
      expectError(await post({ ...SEED_EXAMPLE, destination_user_id: String(person.id) }, null), 401, 1);
      expectError(await post({ ...SEED_EXAMPLE, destination_user_id: String(person.id) }, 'sb_not-a-key'), 401, 1);
    });

    it('2: a malformed request (missing or invalid parameters, unknown fields, bad JSON)', async () => {
      expectError(await post({ telegram_interactive_message: SEED_EXAMPLE.telegram_interactive_message }), 400, 2);
      expectError(await post({ destination_user_id: String(person.id) }), 400, 2);
      expectError(await post({ ...SEED_EXAMPLE, destination_user_id: 'alice' }), 400, 2);
      expectError(await post({ ...SEED_EXAMPLE, destination_user_id: String(person.id), priority: 'high' }), 400, 2);
      expectError(await post('{"destination_user_id": '), 400, 2);
    });

    it('3: a recipient the channel does not know', async () => {
      expectError(await post({ ...SEED_EXAMPLE, destination_user_id: '424242' }), 404, 3);
    });

    it('4: an invalid interactive message, with the seed’s own words for an invalid type', async () => {
      const dropdown = await post({
        destination_user_id: String(person.id),
        telegram_interactive_message: { ...SEED_EXAMPLE.telegram_interactive_message, type: 'dropdown' },
      });
      expectError(dropdown, 400, 4);
      expect(dropdown.body.error).toBe(
        'You must supply Telegram Interactive Type as one of the valid types reply_buttons, reply_keyboard, remove_reply_keyboard, highlight_reply. Provided type: dropdown.',
      );
      const empty = await post({ destination_user_id: String(person.id), telegram_interactive_message: { ...SEED_EXAMPLE.telegram_interactive_message, text: '' } });
      expectError(empty, 400, 4);
      expect(empty.body.error).toBe('text cannot be empty');
    });

    it('5: Telegram rejected the send (the recipient blocked the bot)', async () => {
      const blocker = aPerson();
      await deliver(app, fake, bot, tenant.apiKey, messageFrom(blocker, 'hi'));
      fake.blockChat(bot.token, blocker.id);
      const response = await post({ ...SEED_EXAMPLE, destination_user_id: String(blocker.id) });
      expectError(response, 502, 5);
      expect(response.body.error).toMatch(/bot was blocked by the user/);
    });

    it('6: a revoked key', async () => {
      const created = await app.http().post(`/telegram/v1/bots/${bot.id}/api-keys/`).set('authorization', `Bearer ${tenant.apiKey}`).send({ name: 'old' });
      await gql(app, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: created.body.id }, tenant.adminToken);
      expectError(await post({ ...SEED_EXAMPLE, destination_user_id: String(person.id) }, created.body.key), 401, 6);
    });
  });

  it('sends only through the channel the key belongs to', async () => {
    const other = await aTenant(app).build();
    const otherBot = await aBot(app, fake, other);
    const otherKey = (await app.http().post(`/telegram/v1/bots/${otherBot.id}/api-keys/`).set('authorization', `Bearer ${other.apiKey}`).send({ name: 'x' })).body.key;
    const response = await post({ ...SEED_EXAMPLE, destination_user_id: String(person.id) }, otherKey);
    expect(response.status).toBe(404);
    expect(response.body.error_code).toBe(3);
  });
});

describe('interactive messages over GraphQL, and status changes pushed', () => {
  it('queues sendInteractiveMessage and pushes its SENT status to the subscription', async () => {
    const { createClient } = await import('graphql-ws');
    const WebSocket = (await import('ws')).default;
    const fake = await startTelegramFake();
    const app = await startTestApp({ telegram: fake });
    try {
      const tenant = await aTenant(app).build();
      const bot = await aBot(app, fake, tenant);
      const person = aPerson();
      await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'hi'));
      const client = createClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${tenant.apiKey}` } });
      const statuses: string[] = [];
      client.subscribe<{ messageStatusChanged: { status: string } }>(
        { query: 'subscription { messageStatusChanged { id status } }' },
        { next: (value) => statuses.push(value.data!.messageStatusChanged.status), error: () => undefined, complete: () => undefined },
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const queued = await gql<{ sendInteractiveMessage: { status: string } }>(
        app,
        'mutation($input: SendInteractiveMessageInput!) { sendInteractiveMessage(input: $input) { id status } }',
        { input: { botId: bot.id, chatId: String(person.id), message: { type: 'highlight_reply', text: 'Order number?', reply_markup: { force_reply: true } } } },
        tenant.apiKey,
      );
      expect(queued.data!.sendInteractiveMessage.status).toBe('QUEUED');
      const deadline = Date.now() + 5_000;
      while (statuses.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      await client.dispose();
      expect(statuses).toEqual(['SENT']);
      const invalid = await gql(
        app,
        'mutation($input: SendInteractiveMessageInput!) { sendInteractiveMessage(input: $input) { id } }',
        { input: { botId: bot.id, chatId: String(person.id), message: { type: 'dropdown', text: 'x', reply_markup: {} } } },
        tenant.apiKey,
      );
      expect(invalid.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INTERACTIVE_MESSAGE' });
    } finally {
      await app.close();
      await fake.stop();
    }
  });
});
