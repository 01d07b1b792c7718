import { BotApiFake } from '@switchboard/bot-api-fake';
import { throughBot } from '@switchboard/common';
import { IdentitiesService } from '@switchboard/contacts';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { gql } from './support/graphql-client';
import { sendMessage, settled } from './support/messaging';
import { aPerson, contactsMatching, deliver, messageFrom } from './support/telegram-people';
import { TelegramWorld, startTelegramWorld } from './support/telegram-world';
import { TestApp } from './support/test-app';

interface ContactView {
  id: string;
  kind: string;
  firstName: string | null;
  username: string | null;
  languageCode: string | null;
  identities: Array<{ id: string; botId: string; chatId: string; chatType: string; started: boolean; blocked: boolean; unreadCount: number; title: string | null }>;
}

describe('contacts captured from updates', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;

  let world: TelegramWorld;

  beforeAll(async () => {
    world = await startTelegramWorld({ admin: true });
    ({ fake, app, tenant, bot } = world);
  });
  afterAll(() => world.close());

  const send = (...updates: object[]) => deliver(app, fake, bot, tenant.apiKey, ...updates);
  const contactOf = async (chatId: number) =>
    (await contactsMatching<ContactView>(app, tenant.apiKey, {})).find((contact) => contact.identities.some((identity) => identity.chatId === String(chatId)));

  it('keeps whoever writes as a contact with a Telegram identity: chat id, username, names, language', async () => {
    const alex = aPerson({ first_name: 'Alex', last_name: 'Tester', username: 'tester_alex', language_code: 'uk' });
    await send(messageFrom(alex, '/start'));
    const contact = await contactOf(alex.id);
    expect(contact).toMatchObject({
      kind: 'PERSON',
      firstName: 'Alex',
      username: 'tester_alex',
      languageCode: 'uk',
      identities: [{ botId: bot.id, chatId: String(alex.id), chatType: 'private', started: true, blocked: false }],
    });
    await send(messageFrom({ ...alex, username: 'alex_renamed' }, 'hello again'));
    const again = await contactOf(alex.id);
    expect(again!.id).toBe(contact!.id);
    expect(again!.username).toBe('alex_renamed');
  });

  it('keeps a group as a group identity and its members as separate contacts', async () => {
    const group = { id: -4_000_001, type: 'group' as const, title: 'Beta testers' };
    const ann = aPerson({ first_name: 'Ann' });
    const bob = aPerson({ first_name: 'Bob' });
    await send(messageFrom(ann, 'hi all', group), messageFrom(bob, 'hey', group));
    const groupContact = await contactOf(group.id);
    expect(groupContact).toMatchObject({ kind: 'GROUP', firstName: 'Beta testers', identities: [{ chatType: 'group', title: 'Beta testers' }] });
    const [annContact, bobContact] = [await contactOf(ann.id), await contactOf(bob.id)];
    expect(annContact).toMatchObject({ kind: 'PERSON', firstName: 'Ann', identities: [{ started: false }] });
    expect(bobContact!.id).not.toBe(annContact!.id);
    expect(new Set([groupContact!.id, annContact!.id, bobContact!.id]).size).toBe(3);
  });

  it('is one contact across the tenant’s bots, and another tenant’s own contact', async () => {
    const second = await aBot(app, fake, tenant, 'second');
    const other = await aTenant(app).build();
    const otherBot = await aBot(app, fake, other);
    const carla = aPerson({ first_name: 'Carla' });
    await send(messageFrom(carla, 'on the first bot'));
    await deliver(app, fake, second, tenant.apiKey, messageFrom(carla, 'on the second bot'));
    await deliver(app, fake, otherBot, other.apiKey, messageFrom(carla, 'elsewhere'));
    const contact = await contactOf(carla.id);
    expect(contact!.identities.map((identity) => identity.botId).sort()).toEqual([bot.id, second.id].sort());
    const theirs = await contactsMatching<ContactView>(app, other.apiKey, {});
    expect(theirs).toHaveLength(1);
    expect(theirs[0].id).not.toBe(contact!.id);
    expect(theirs[0].identities.map((identity) => identity.botId)).toEqual([otherBot.id]);
  });

  it('creates more contacts at once than the database pool has connections, each on its first attempt', async () => {
    // A tenant whose event endpoints were never looked up: every creation asks, inside its transaction.
    const fresh = await aTenant(app).build();
    const freshBot = await aBot(app, fake, fresh);
    const people = Array.from({ length: 45 }, () => aPerson());
    const startedAt = Date.now();
    const created = await Promise.all(
      people.map((person) =>
        app.app.get(IdentitiesService).upsert(throughBot(fresh.id, freshBot.id), { chatId: person.id, chatType: 'private', firstName: person.first_name }, { started: true }),
      ),
    );
    // Waiting for a connection gives up after 5 s: a creation that waited for one would have failed.
    expect(Date.now() - startedAt).toBeLessThan(4_000);
    expect(new Set(created.map((identity) => identity.contactId)).size).toBe(45);
    expect(await contactsMatching(app, fresh.apiKey, {})).toHaveLength(45);
  });

  it('marks an identity blocked when the person blocks the bot, and unblocked when they come back or write', async () => {
    const dana = aPerson();
    await send(messageFrom(dana, 'hi'));
    const membership = (status: 'kicked' | 'member') => ({
      my_chat_member: {
        chat: { id: dana.id, type: 'private', first_name: dana.first_name },
        from: dana,
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { user: { id: bot.telegramBotId, is_bot: true, first_name: 'bot' }, status: status === 'kicked' ? 'member' : 'kicked' },
        new_chat_member: { user: { id: bot.telegramBotId, is_bot: true, first_name: 'bot' }, status, ...(status === 'kicked' ? { until_date: 0 } : {}) },
      },
    });
    await send(membership('kicked'));
    expect((await contactOf(dana.id))!.identities[0]).toMatchObject({ blocked: true });
    expect(await contactsMatching(app, tenant.apiKey, { blocked: true, botId: bot.id })).toEqual(
      expect.arrayContaining([expect.objectContaining({ firstName: dana.first_name })]),
    );
    await send(membership('member'));
    expect((await contactOf(dana.id))!.identities[0]).toMatchObject({ blocked: false });
    await send(membership('kicked'));
    await send(messageFrom(dana, 'I am back'));
    expect((await contactOf(dana.id))!.identities[0]).toMatchObject({ blocked: false });
  });

  it('moves a group identity when the group becomes a supergroup', async () => {
    const group = { id: -4_000_002, type: 'group' as const, title: 'Growing' };
    const eve = aPerson();
    await send(messageFrom(eve, 'small group', group));
    const before = await contactOf(group.id);
    await send({
      message: { message_id: 99, from: eve, chat: group, date: Math.floor(Date.now() / 1000), migrate_to_chat_id: -1_004_000_002 },
    });
    const after = await contactOf(-1_004_000_002);
    expect(after!.id).toBe(before!.id);
    expect(after!.identities[0]).toMatchObject({ chatId: '-1004000002', chatType: 'supergroup' });
    expect(await contactOf(group.id)).toBeUndefined();
  });

  describe('conversations', () => {
    const INBOX = '{ conversations(first: 50) { nodes { id chatId unreadCount lastMessagePreview contact { id firstName } } } }';

    it('keeps every inbound message in order, with its kind and button data', async () => {
      const finn = aPerson({ first_name: 'Finn' });
      await send(
        messageFrom(finn, 'first'),
        { message: { message_id: 501, from: finn, chat: { id: finn.id, type: 'private' }, date: 1, photo: [{ file_id: 'f', file_unique_id: 'u', width: 1, height: 1 }], caption: 'a photo' } },
        {
          callback_query: {
            id: 'cb-1',
            from: finn,
            chat_instance: 'ci',
            data: 'confirm:42',
            message: { message_id: 502, chat: { id: finn.id, type: 'private' }, date: 1, text: 'Confirm?' },
          },
        },
      );
      const contact = await contactOf(finn.id);
      const result = await gql<{ contact: { messages: { nodes: Array<{ direction: string; kind: string; text: string | null; callbackData: string | null }> } } }>(
        app,
        'query($id: ID!) { contact(id: $id) { messages(first: 10) { nodes { direction kind text callbackData telegramMessageId } } } }',
        { id: contact!.id },
        tenant.apiKey,
      );
      expect(result.data!.contact.messages.nodes).toEqual([
        expect.objectContaining({ direction: 'INBOUND', kind: 'callback', callbackData: 'confirm:42', text: null }),
        expect.objectContaining({ kind: 'photo', text: 'a photo' }),
        expect.objectContaining({ kind: 'text', text: 'first' }),
      ]);
    });

    it('lists conversations latest activity first, with unread counts, and marks them read', async () => {
      const gina = aPerson({ first_name: 'Gina' });
      const hugo = aPerson({ first_name: 'Hugo' });
      // Different chats are processed concurrently: Hugo writes once Gina's messages are in.
      await send(messageFrom(gina, 'one'), messageFrom(gina, 'two'));
      await send(messageFrom(hugo, 'latest'));
      const inbox = await gql<{ conversations: { nodes: Array<{ id: string; chatId: string; unreadCount: number; lastMessagePreview: string; contact: { firstName: string } }> } }>(
        app,
        INBOX,
        {},
        tenant.apiKey,
      );
      const [first, second] = inbox.data!.conversations.nodes;
      expect(first).toMatchObject({ chatId: String(hugo.id), unreadCount: 1, lastMessagePreview: 'latest', contact: { firstName: 'Hugo' } });
      expect(second).toMatchObject({ chatId: String(gina.id), unreadCount: 2, lastMessagePreview: 'two' });
      const read = await gql<{ markConversationRead: { unreadCount: number } }>(
        app,
        'mutation($id: ID!) { markConversationRead(id: $id) { unreadCount } }',
        { id: second.id },
        tenant.apiKey,
      );
      expect(read.data!.markConversationRead.unreadCount).toBe(0);
      const other = await aTenant(app).build();
      const theirs = await gql<{ conversations: { nodes: unknown[] } }>(app, INBOX, {}, other.apiKey);
      expect(theirs.data!.conversations.nodes).toEqual([]);
      const notTheirs = await gql(app, 'mutation($id: ID!) { markConversationRead(id: $id) { id } }', { id: first.id }, other.apiKey);
      expect(notTheirs.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('records what the bot sends in the chat’s conversation: preview and activity move, unread does not', async () => {
      const ines = aPerson({ first_name: 'Ines' });
      const jon = aPerson({ first_name: 'Jon' });
      await send(messageFrom(ines, 'where is my parcel?'), messageFrom(jon, 'hello'));
      const contact = (await contactOf(ines.id))!;
      type History = { lastActivityAt: string; messages: { nodes: Array<{ direction: string; text: string; contactId: string }> } };
      const historyOf = async () =>
        (
          await gql<{ contact: History }>(
            app,
            'query($id: ID!) { contact(id: $id) { lastActivityAt messages(first: 5) { nodes { direction text contactId } } } }',
            { id: contact.id },
            tenant.apiKey,
          )
        ).data!.contact;
      const before = await historyOf();
      const queued = await Promise.all(
        [ines, jon].map((person, index) => sendMessage(app, tenant.apiKey, { botId: bot.id, chatId: String(person.id), text: `on its way ${index}` })),
      );
      for (const message of queued) expect(await settled(app, tenant.apiKey, message.id)).toMatchObject({ status: 'SENT' });
      const history = await eventually(historyOf, (current) => current.messages.nodes.length === 2);
      expect(new Date(history.lastActivityAt).getTime()).toBeGreaterThan(new Date(before.lastActivityAt).getTime());
      expect(history.messages.nodes).toEqual([
        { direction: 'OUTBOUND', text: 'on its way 0', contactId: contact.id },
        { direction: 'INBOUND', text: 'where is my parcel?', contactId: contact.id },
      ]);
      const inbox = await gql<{ conversations: { nodes: Array<{ chatId: string; unreadCount: number; lastMessagePreview: string }> } }>(app, INBOX, {}, tenant.apiKey);
      const conversationOf = (person: { id: number }) => inbox.data!.conversations.nodes.find((node) => node.chatId === String(person.id));
      expect(conversationOf(ines)).toMatchObject({ unreadCount: 1, lastMessagePreview: 'on its way 0' });
      expect(conversationOf(jon)).toMatchObject({ unreadCount: 1, lastMessagePreview: 'on its way 1' });
    });

    it('pushes new messages to a GraphQL subscription, only the tenant’s own', async () => {
      const client = createClient({
        url: `${app.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { Authorization: `Bearer ${tenant.apiKey}` },
      });
      const received: Array<{ text: string; kind: string }> = [];
      const subscribed = new Promise<void>((resolve, reject) => {
        client.subscribe<{ messageReceived: { text: string; kind: string } }>(
          { query: `subscription { messageReceived(botId: "${bot.id}") { text kind direction contactId } }` },
          { next: (value) => received.push(value.data!.messageReceived), error: reject, complete: () => resolve() },
        );
        setTimeout(resolve, 300);
      });
      await subscribed;
      const other = await aTenant(app).build();
      const otherBot = await aBot(app, fake, other);
      await deliver(app, fake, otherBot, other.apiKey, messageFrom(aPerson(), 'not yours'));
      await send(messageFrom(aPerson(), 'pushed to you'));
      const deadline = Date.now() + 5_000;
      while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      await client.dispose();
      expect(received).toEqual([{ text: 'pushed to you', kind: 'text', direction: 'INBOUND', contactId: expect.any(String) }]);
    });
  });
});
