import { Telegram } from 'telegraf';
import { BotApiFake, textMessageUpdate } from '@switchboard/bot-api-fake';
import { LlmFake } from '@switchboard/llm-fake';
import { BroadcastApi, blockedUpdate } from './support/broadcasts';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { EVENT_TYPES, eventEndpointsOf } from './support/event-endpoints';
import { EventReceiverFake, ReceivedEvent } from './support/event-receiver-fake';
import { eventProblems } from './support/event-schemas';
import { sendMessage, settled } from './support/messaging';
import { SchemaValidator, ServedDocument } from './support/openapi-conformance';
import { anAnsweringReplica } from './support/replica-chats';
import { aPerson, contactsMatching, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

const LLM_KEY = 'sk-test-platform-key';

/**
 * Each event type, driven as Telegram and a tenant's backend would drive it, reaches the tenant's
 * receiver signed (the receiver verifies with the Standard Webhooks library, and sees nothing it
 * cannot verify) in the documented shape.
 */
describe('events out: every event type reaches the receiver, signed', () => {
  let fake: BotApiFake;
  let llm: LlmFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let receiver: EventReceiverFake;

  beforeAll(async () => {
    fake = await startTelegramFake();
    llm = new LlmFake({ apiKey: LLM_KEY });
    await llm.start();
    app = await startTestApp({ telegram: fake, env: { REPLICA_LLM_BASE_URL: llm.baseUrl, REPLICA_LLM_API_KEY: LLM_KEY, WEBHOOK_WATCH_INTERVAL: '1' } });
    tenant = await aTenant(app).build();
    bot = await aBot(app, fake, tenant);
    receiver = new EventReceiverFake();
    await receiver.start();
    await eventEndpointsOf(app, tenant.apiKey).create(receiver, EVENT_TYPES);
  });
  afterAll(async () => {
    await app.close();
    await receiver.stop();
    await llm.stop();
    await fake.stop();
  });

  /** A person who wrote to the bot, as their contact. */
  async function aCorrespondent(): Promise<{ person: Person; contactId: string }> {
    const person = aPerson();
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'Hi'));
    const [contact] = await contactsMatching<{ id: string }>(app, tenant.apiKey, { search: person.username });
    return { person, contactId: contact.id };
  }

  const statusOf = (messageId: string, status: string) => (event: ReceivedEvent) =>
    event.type === 'message.status_changed' && event.data.id === messageId && event.data.status === status;

  it('signs every delivery so that the Standard Webhooks library verifies it, with the headers it names', async () => {
    await aCorrespondent();
    await receiver.eventMatching((event) => event.type === 'message.received');
    expect(receiver.deliveries().every((delivery) => delivery.verified)).toBe(true);
    const [first] = receiver.deliveries();
    expect(first.headers).toMatchObject({
      'content-type': 'application/json',
      'webhook-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
      'webhook-timestamp': expect.stringMatching(/^\d{10}$/),
      'webhook-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/=]+$/),
    });
    expect(Object.keys(JSON.parse(first.raw))).toEqual(['type', 'timestamp', 'data']);
  });

  it('contact.created, then message.received, when someone new writes', async () => {
    const { person, contactId } = await aCorrespondent();
    const received = await receiver.eventMatching((event) => event.type === 'message.received' && event.data.contact_id === contactId);
    expect(received.data).toEqual({
      id: expect.any(String),
      contact_id: contactId,
      bot_id: bot.id,
      chat_id: String(person.id),
      kind: 'text',
      text: 'Hi',
      callback_data: null,
      telegram_message_id: expect.any(String),
      created_at: expect.any(String),
    });
    const created = receiver.events('contact.created').find((event) => event.data.id === contactId);
    expect(created?.data).toMatchObject({ kind: 'PERSON', first_name: person.first_name, username: person.username, bot_id: bot.id, chat_id: String(person.id) });
    const order = receiver.events().filter((event) => event.data.id === contactId || event.data.contact_id === contactId);
    expect(order.map((event) => event.type)).toEqual(['contact.created', 'message.received']);
  });

  it('contact.created when a backend creates a contact', async () => {
    const response = await app.http().post(`/v1/apps/${bot.id}/tokens`).set('authorization', `Bearer ${tenant.apiKey}`).send({ tokens: [{ token: '777000111', externalCustomerId: 'crm-77' }] });
    const contactId = response.body.results[0].contactId as string;
    const created = await receiver.eventMatching((event) => event.type === 'contact.created' && event.data.id === contactId);
    expect(created.data).toMatchObject({ external_customer_id: 'crm-77', bot_id: bot.id, chat_id: '777000111' });
  });

  it('message.status_changed QUEUED → SENT, and SENT → CLICKED when its button is pressed', async () => {
    const { person, contactId } = await aCorrespondent();
    const message = await settled(app, tenant.apiKey, (await sendMessage(app, tenant.apiKey, { botId: bot.id, contactId, text: 'Coming?', replyMarkup: { inline_keyboard: [[{ text: 'Yes', callback_data: 'rsvp:yes' }]] } })).id);
    const sent = await receiver.eventMatching(statusOf(message.id, 'SENT'));
    expect(sent.data).toMatchObject({ previous_status: 'QUEUED', contact_id: contactId, bot_id: bot.id, chat_id: String(person.id), source: 'api', telegram_message_ids: message.telegramMessageIds, sent_at: expect.any(String) });

    const [call] = fake.callsTo('sendMessage', bot.token).filter((recorded) => String(recorded.params.chat_id) === String(person.id));
    const data = (call.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0][0].callback_data;
    const press = { id: `cb-${message.id}`, from: person, chat_instance: 'c', data, message: { message_id: Number(message.telegramMessageIds[0]), chat: { id: person.id, type: 'private' }, date: 1, text: 'Coming?' } };
    await deliver(app, fake, bot, tenant.apiKey, { callback_query: press });
    const clicked = await receiver.eventMatching(statusOf(message.id, 'CLICKED'));
    expect(clicked.data).toMatchObject({ previous_status: 'SENT', clicked_at: expect.any(String) });
  });

  it('message.status_changed QUEUED → FAILED with Telegram’s reason, and contact.blocked, when the person blocked the bot', async () => {
    const { person, contactId } = await aCorrespondent();
    fake.blockChat(bot.token, person.id);
    const message = await settled(app, tenant.apiKey, (await sendMessage(app, tenant.apiKey, { botId: bot.id, contactId, text: 'Still there?' })).id);
    const failed = await receiver.eventMatching(statusOf(message.id, 'FAILED'));
    expect(failed.data).toMatchObject({ previous_status: 'QUEUED', error_code: 403, error_description: expect.stringContaining('blocked') });
    const blocked = await receiver.eventMatching((event) => event.type === 'contact.blocked' && event.data.contact_id === contactId);
    expect(blocked.data).toEqual({ contact_id: contactId, bot_id: bot.id, chat_id: String(person.id), blocked: true, changed_at: expect.any(String) });
  });

  it('contact.blocked and contact.unblocked from Telegram’s my_chat_member updates', async () => {
    const { person, contactId } = await aCorrespondent();
    await deliver(app, fake, bot, tenant.apiKey, blockedUpdate(bot, person));
    await receiver.eventMatching((event) => event.type === 'contact.blocked' && event.data.contact_id === contactId);
    const unblock = blockedUpdate(bot, person);
    unblock.my_chat_member.old_chat_member = unblock.my_chat_member.new_chat_member;
    unblock.my_chat_member.new_chat_member = { user: unblock.my_chat_member.old_chat_member.user, status: 'member' } as typeof unblock.my_chat_member.new_chat_member;
    await deliver(app, fake, bot, tenant.apiKey, unblock);
    const unblocked = await receiver.eventMatching((event) => event.type === 'contact.unblocked' && event.data.contact_id === contactId);
    expect(unblocked.data).toMatchObject({ bot_id: bot.id, chat_id: String(person.id), blocked: false });
  });

  it('broadcast.completed with how it went', async () => {
    const { contactId } = await aCorrespondent();
    const broadcast = await new BroadcastApi(app, tenant.apiKey).sendAndFinish({ botId: bot.id, name: 'Launch news', text: 'We launched!', audience: { contactIds: [contactId] } });
    expect(broadcast.state).toBe('COMPLETED');
    const completed = await receiver.eventMatching((event) => event.type === 'broadcast.completed' && event.data.id === broadcast.id);
    expect(completed.data).toEqual({
      id: broadcast.id,
      bot_id: bot.id,
      name: 'Launch news',
      started_at: expect.any(String),
      finished_at: expect.any(String),
      stats: { audience: 1, skipped: 0, sent: 1, failed: 0, clicked: 0 },
    });
  });

  it('replica.answered when a replica answers on a bot', async () => {
    llm.replyWith(() => 'Breakfast is at seven.');
    const replica = await anAnsweringReplica(app, fake, tenant);
    const person = aPerson();
    await fake.deliverUpdate(replica.bot.token, messageFrom(person, 'When is breakfast?'));
    const answered = await receiver.eventMatching((event) => event.type === 'replica.answered' && event.data.chat_id === String(person.id), 20_000);
    expect(answered.data).toEqual({
      replica_id: replica.replicaId,
      bot_id: replica.bot.id,
      chat_id: String(person.id),
      contact_id: expect.any(String),
      message_id: expect.any(String),
      text: 'Breakfast is at seven.',
      fallback: false,
    });
    await receiver.eventMatching(statusOf(answered.data.message_id as string, 'SENT'));
  });

  it('bot.webhook_failing when Telegram reports a new error delivering the bot’s updates', async () => {
    const ours = fake.webhookOf(bot.token)!;
    await new Telegram(bot.token, { apiRoot: fake.apiRoot }).setWebhook('http://127.0.0.1:9/dead-end');
    void fake.deliverUpdate(bot.token, textMessageUpdate({ chatId: 31, text: 'lost on the way' }));
    const failing = await receiver.eventMatching((event) => event.type === 'bot.webhook_failing' && event.data.bot_id === bot.id, 20_000);
    expect(failing.data).toEqual({ bot_id: bot.id, username: bot.username, webhook_url: ours.url, last_error_message: expect.any(String), last_error_at: expect.any(String) });
    // The watch sets the webhook again and keeps the error; the same error is told once.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(receiver.events('bot.webhook_failing').filter((event) => event.data.bot_id === bot.id)).toHaveLength(1);
  });

  // Last: it reads what the tests above drew, one type or more each.
  it('sends every event in the shape the OpenAPI document gives its type', async () => {
    const document = (await app.http().get('/docs-json')).body as ServedDocument;
    const validator = new SchemaValidator(document);
    const events = receiver.events();
    expect([...new Set(events.map((event) => event.type))].sort()).toEqual([...EVENT_TYPES].sort());
    expect(events.flatMap((event) => eventProblems(document, validator, event))).toEqual([]);
  });
});
