import { createHash } from 'node:crypto';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { signConnectPayload } from '../libs/contacts/src/connect/connect-payload';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { gql } from './support/graphql-client';
import { aPerson, contactsMatching, deliver, messageFrom } from './support/telegram-people';
import { TelegramWorld, startTelegramWorld } from './support/telegram-world';
import { TestApp } from './support/test-app';

/** "Connect your Telegram account": a t.me link whose Start ties the Telegram identity to a known contact. */
describe('connect links', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;

  let world: TelegramWorld;

  beforeAll(async () => {
    world = await startTelegramWorld();
    ({ fake, app, tenant, bot } = world);
  });
  afterAll(() => world.close());

  const knownContact = async (externalCustomerId: string) =>
    (
      await gql<{ upsertContact: { id: string } }>(
        app,
        'mutation($input: ContactFieldsInput!) { upsertContact(input: $input) { id } }',
        { input: { externalCustomerId, email: `${externalCustomerId}@example.com` } },
        tenant.apiKey,
      )
    ).data!.upsertContact;
  const identitiesOf = async (contactId: string) =>
    (
      await gql<{ contact: { identities: Array<{ chatId: string }> } | null }>(
        app,
        'query($id: ID!) { contact(id: $id) { identities { chatId } } }',
        { id: contactId },
        tenant.apiKey,
      )
    ).data!.contact?.identities.map((identity) => identity.chatId);
  const repliesTo = (chatId: number) => fake.callsTo('sendMessage', bot.token).filter((call) => String(call.params.chat_id) === String(chatId));

  it('links the person who presses Start to the contact, and says so', async () => {
    const contact = await knownContact('tester_1');
    const response = await app
      .http()
      .post('/api/telegram/connect-link')
      .set('authorization', `Bearer ${tenant.apiKey}`)
      .send({ externalCustomerId: 'tester_1' });
    expect(response.status).toBe(201);
    const link = response.body.data;
    expect(response.body).toMatchObject({ success: true, error: null, metadata: null });
    expect(link).toMatchObject({ contactId: contact.id, botId: bot.id, botUsername: bot.username, expiresAt: expect.any(String) });
    expect(link.payload).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(link.url).toBe(`https://t.me/${bot.username}?start=${link.payload}`);

    const person = aPerson({ first_name: 'Tess' });
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, `/start ${link.payload}`));
    expect(await identitiesOf(contact.id)).toEqual([String(person.id)]);
    await eventually(async () => repliesTo(person.id), (calls) => calls.length === 1);
    expect(repliesTo(person.id)[0].params.text).toBe('✅ Your Telegram account is now connected.');
    // The contact made for the chat on its first update was the same person: it is gone.
    expect(await contactsMatching(app, tenant.apiKey, { search: 'tess' })).toEqual([]);
  });

  it('also comes from GraphQL, and keeps earlier messages with the person', async () => {
    const contact = await knownContact('tester_2');
    const person = aPerson({ first_name: 'Uma' });
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'before connecting'));
    const created = await gql<{ createConnectLink: { payload: string; url: string } }>(
      app,
      'mutation($input: CreateConnectLinkInput!) { createConnectLink(input: $input) { url payload expiresAt } }',
      { input: { contactId: contact.id, botId: bot.id, ttlSeconds: 600 } },
      tenant.apiKey,
    );
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, `/start ${created.data!.createConnectLink.payload}`));
    expect(await identitiesOf(contact.id)).toEqual([String(person.id)]);
    const messages = await gql<{ contact: { messages: { nodes: Array<{ text: string }> } } }>(
      app,
      'query($id: ID!) { contact(id: $id) { messages(first: 10) { nodes { text } } } }',
      { id: contact.id },
      tenant.apiKey,
    );
    expect(messages.data!.contact.messages.nodes.map((node) => node.text)).toEqual([`/start ${created.data!.createConnectLink.payload}`, 'before connecting']);
  });

  it('links nothing for a bad payload, and says so', async () => {
    const contact = await knownContact('tester_3');
    const person = aPerson();
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, '/start not_a_real_payload'));
    expect(await identitiesOf(contact.id)).toEqual([]);
    await eventually(async () => repliesTo(person.id), (calls) => calls.length === 1);
    expect(repliesTo(person.id)[0].params.text).toBe('This link is not valid, so nothing was connected.');
  });

  it('links nothing for an expired payload, and says so', async () => {
    const contact = await knownContact('tester_4');
    const key = createHash('sha256').update('switchboard connect links').update(app.config.secrets.encryptionKey).digest();
    const expired = signConnectPayload(key, bot.id, contact.id, new Date(Date.now() - 60_000));
    const person = aPerson();
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, `/start ${expired}`));
    expect(await identitiesOf(contact.id)).toEqual([]);
    await eventually(async () => repliesTo(person.id), (calls) => calls.length === 1);
    expect(repliesTo(person.id)[0].params.text).toBe('This link has expired. Please ask for a new one.');
  });

  it('does nothing with a link made for another bot', async () => {
    const contact = await knownContact('tester_5');
    const otherBot = await aBot(app, fake, tenant, 'other');
    const link = await gql<{ createConnectLink: { payload: string } }>(
      app,
      'mutation($input: CreateConnectLinkInput!) { createConnectLink(input: $input) { payload } }',
      { input: { contactId: contact.id, botId: otherBot.id } },
      tenant.apiKey,
    );
    const person = aPerson();
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, `/start ${link.data!.createConnectLink.payload}`));
    expect(await identitiesOf(contact.id)).toEqual([]);
  });

  it('makes links only for the tenant’s own contacts', async () => {
    const contact = await knownContact('tester_6');
    const other = await aTenant(app).build();
    await aBot(app, fake, other);
    const response = await app.http().post('/api/telegram/connect-link').set('authorization', `Bearer ${other.apiKey}`).send({ contactId: contact.id });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ success: false, error: { code: 'CONTACT_NOT_FOUND' } });
    const missing = await app.http().post('/api/telegram/connect-link').set('authorization', `Bearer ${tenant.apiKey}`).send({});
    expect(missing.status).toBe(400);
  });
});
