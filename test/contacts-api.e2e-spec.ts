import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { aPerson, CONTACT_FIELDS, contactsMatching, deliver, messageFrom } from './support/telegram-people';
import { TelegramWorld, startTelegramWorld } from './support/telegram-world';
import { TestApp } from './support/test-app';

interface ContactView {
  id: string;
  firstName: string | null;
  externalCustomerId: string | null;
  phone: string | null;
  email: string | null;
  tags: string[];
  attributes: Record<string, unknown>;
  identities: Array<{ botId: string; chatId: string }>;
}

const UPSERT = `mutation($input: ContactFieldsInput!) { upsertContact(input: $input) { ${CONTACT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ContactFieldsInput!) { updateContact(id: $id, input: $input) { ${CONTACT_FIELDS} } }`;

describe('contacts over GraphQL', () => {
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

  const upsert = async (input: object) => (await gql<{ upsertContact: ContactView }>(app, UPSERT, { input }, tenant.apiKey)).data!.upsertContact;
  const names = (contacts: ContactView[]) => contacts.map((contact) => contact.firstName).sort();

  it('upserts by externalCustomerId, then phone, then email', async () => {
    const created = await upsert({ externalCustomerId: 'user_xyz789', firstName: 'Olena', phone: '+38 (050) 111-22-33', email: 'Olena@Example.com' });
    expect(created).toMatchObject({ externalCustomerId: 'user_xyz789', phone: '+380501112233', email: 'olena@example.com', tags: [], attributes: {} });
    const byExternal = await upsert({ externalCustomerId: 'user_xyz789', lastName: 'K' });
    expect(byExternal.id).toBe(created.id);
    const byPhone = await upsert({ phone: '+380501112233', tags: ['vip'] });
    expect(byPhone).toMatchObject({ id: created.id, tags: ['vip'] });
    const byEmail = await upsert({ email: 'OLENA@example.com', attributes: { plan: 'pro' } });
    expect(byEmail).toMatchObject({ id: created.id, attributes: { plan: 'pro' } });
    const missing = await gql(app, UPSERT, { input: { firstName: 'No ids' } }, tenant.apiKey);
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDENTIFIER_REQUIRED' });
  });

  it('updates a contact: tags replaced, attributes merged (null removes), external id unique per tenant', async () => {
    const contact = await upsert({ externalCustomerId: 'upd-1', attributes: { plan: 'free', country: 'UA' } });
    const updated = await gql<{ updateContact: ContactView }>(
      app,
      UPDATE,
      { id: contact.id, input: { tags: ['beta', 'beta', 'tester'], attributes: { plan: 'team', country: null } } },
      tenant.apiKey,
    );
    expect(updated.data!.updateContact).toMatchObject({ tags: ['beta', 'tester'], attributes: { plan: 'team' } });
    const clash = await gql(app, UPDATE, { id: contact.id, input: { externalCustomerId: 'user_xyz789' } }, tenant.apiKey);
    expect(clash.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXTERNAL_ID_TAKEN' });
  });

  it('clears a field given as null, whatever its kind, and keeps one left out', async () => {
    const contact = await upsert({ externalCustomerId: 'nulls-1', firstName: 'Nadia', phone: '+380501112233', email: 'nadia@nulls.test', tags: ['vip'], attributes: { plan: 'pro' } });
    const cleared = await gql<{ updateContact: ContactView }>(
      app,
      UPDATE,
      { id: contact.id, input: { phone: null, email: null, tags: null, attributes: null, lastName: null } },
      tenant.apiKey,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateContact).toMatchObject({ firstName: 'Nadia', externalCustomerId: 'nulls-1', phone: null, email: null, tags: [], attributes: {} });
  });

  it('searches by name, username, external id, phone and email, and filters by tag, attribute, bot and blocked', async () => {
    const person = aPerson({ first_name: 'Zoryana', username: 'zory_unique' });
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'hello'));
    await upsert({ externalCustomerId: 'search-ext-77', firstName: 'Taras', phone: '+380971234567', email: 'taras@search.test', tags: ['newsletter'], attributes: { plan: 'pro', seats: 3 } });
    expect(names(await contactsMatching(app, tenant.apiKey, { search: 'zoryan' }))).toEqual(['Zoryana']);
    expect(names(await contactsMatching(app, tenant.apiKey, { search: 'ZORY_UNI' }))).toEqual(['Zoryana']);
    expect(names(await contactsMatching(app, tenant.apiKey, { search: 'ext-77' }))).toEqual(['Taras']);
    expect(names(await contactsMatching(app, tenant.apiKey, { search: '1234567' }))).toEqual(['Taras']);
    expect(names(await contactsMatching(app, tenant.apiKey, { search: '@search.test' }))).toEqual(['Taras']);
    expect(names(await contactsMatching(app, tenant.apiKey, { search: '100%_' }))).toEqual([]);
    expect(names(await contactsMatching(app, tenant.apiKey, { tags: ['newsletter'] }))).toEqual(['Taras']);
    expect(names(await contactsMatching(app, tenant.apiKey, { attributes: { plan: 'pro', seats: 3 } }))).toEqual(['Taras']);
    expect(names(await contactsMatching(app, tenant.apiKey, { botId: bot.id, search: 'zor' }))).toEqual(['Zoryana']);
    expect(names(await contactsMatching(app, tenant.apiKey, { botId: bot.id, blocked: true }))).toEqual([]);
    expect(names(await contactsMatching(app, tenant.apiKey, { reachable: true, search: 'a' }))).toContain('Zoryana');
    expect(names(await contactsMatching(app, tenant.apiKey, { reachable: true, search: 'taras' }))).toEqual([]);
  });

  it('pages contacts with a cursor', async () => {
    const fresh = await aTenant(app).build();
    for (const name of ['a', 'b', 'c']) await gql(app, UPSERT, { input: { externalCustomerId: name, firstName: name } }, fresh.apiKey);
    type Page = { contacts: { nodes: Array<{ firstName: string }>; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const query = 'query($after: String) { contacts(first: 2, after: $after) { nodes { firstName } pageInfo { endCursor hasNextPage } } }';
    const first = await gql<Page>(app, query, {}, fresh.apiKey);
    const second = await gql<Page>(app, query, { after: first.data!.contacts.pageInfo.endCursor }, fresh.apiKey);
    expect([...first.data!.contacts.nodes, ...second.data!.contacts.nodes].map((node) => node.firstName)).toEqual(['c', 'b', 'a']);
    expect(second.data!.contacts.pageInfo.hasNextPage).toBe(false);
  });

  it('merges two contacts: identities and messages move, data is combined, the source is gone', async () => {
    const person = aPerson({ first_name: 'Mira' });
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'my message'));
    const [captured] = await contactsMatching<ContactView>(app, tenant.apiKey, { search: 'mira' });
    const known = await upsert({ externalCustomerId: 'crm-mira', email: 'mira@example.com', tags: ['vip'] });
    const merged = await gql<{ mergeContacts: ContactView }>(
      app,
      `mutation($t: ID!, $s: ID!) { mergeContacts(targetId: $t, sourceId: $s) { ${CONTACT_FIELDS} } }`,
      { t: known.id, s: captured.id },
      tenant.apiKey,
    );
    expect(merged.data!.mergeContacts).toMatchObject({
      id: known.id,
      firstName: 'Mira',
      externalCustomerId: 'crm-mira',
      tags: ['vip'],
      identities: [{ chatId: String(person.id) }],
    });
    const messages = await gql<{ contact: { messages: { nodes: Array<{ text: string }> } } }>(
      app,
      'query($id: ID!) { contact(id: $id) { messages(first: 5) { nodes { text } } } }',
      { id: known.id },
      tenant.apiKey,
    );
    expect(messages.data!.contact.messages.nodes).toEqual([{ text: 'my message' }]);
    expect((await gql(app, 'query($id: ID!) { contact(id: $id) { id } }', { id: captured.id }, tenant.apiKey)).data).toEqual({ contact: null });
  });

  it('deletes a contact with its identities and messages', async () => {
    const person = aPerson({ first_name: 'Gone' });
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'forget me'));
    const [contact] = await contactsMatching<ContactView>(app, tenant.apiKey, { search: 'gone' });
    const deleted = await gql(app, 'mutation($id: ID!) { deleteContact(id: $id) }', { id: contact.id }, tenant.apiKey);
    expect(deleted.data).toEqual({ deleteContact: contact.id });
    expect(await contactsMatching(app, tenant.apiKey, { search: 'gone' })).toEqual([]);
    const inbox = await gql<{ conversations: { nodes: Array<{ chatId: string }> } }>(app, '{ conversations(first: 100) { nodes { chatId } } }', {}, tenant.apiKey);
    expect(inbox.data!.conversations.nodes.map((node) => node.chatId)).not.toContain(String(person.id));
  });

  describe('segments', () => {
    it('save a filter and count its contacts live', async () => {
      const fresh = await aTenant(app).build();
      const freshBot = await aBot(app, fake, fresh);
      await deliver(app, fake, freshBot, fresh.apiKey, messageFrom(aPerson({ language_code: 'en-US' }), 'hi'), messageFrom(aPerson({ language_code: 'uk' }), 'hi'));
      const created = await gql<{ createSegment: { id: string; name: string; count: number; criteria: object } }>(
        app,
        'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id name count criteria } }',
        { input: { name: 'English speakers we can reach', criteria: { language: 'en', reachable: true, botId: freshBot.id } } },
        fresh.apiKey,
      );
      expect(created.data!.createSegment).toMatchObject({ name: 'English speakers we can reach', count: 1, criteria: { language: 'en', reachable: true } });
      const id = created.data!.createSegment.id;
      await deliver(app, fake, freshBot, fresh.apiKey, messageFrom(aPerson({ language_code: 'en' }), 'me too'));
      const read = await gql<{ segment: { count: number; members: { nodes: unknown[] } } }>(
        app,
        'query($id: ID!) { segment(id: $id) { count members(first: 10) { nodes { id } } } }',
        { id },
        fresh.apiKey,
      );
      expect(read.data!.segment).toMatchObject({ count: 2 });
      expect(read.data!.segment.members.nodes).toHaveLength(2);
      const updated = await gql<{ updateSegment: { count: number } }>(
        app,
        'mutation($id: ID!) { updateSegment(id: $id, input: { criteria: { language: "uk" } }) { count } }',
        { id },
        fresh.apiKey,
      );
      expect(updated.data!.updateSegment.count).toBe(1);

      expect((await gql(app, 'query($id: ID!) { segment(id: $id) { id } }', { id }, tenant.apiKey)).data).toEqual({ segment: null });
      const notTheirs = await gql(app, 'mutation($id: ID!) { deleteSegment(id: $id) }', { id }, tenant.apiKey);
      expect(notTheirs.errors![0].extensions.code).toBe('NOT_FOUND');
      expect((await gql(app, 'mutation($id: ID!) { deleteSegment(id: $id) }', { id }, fresh.apiKey)).data).toEqual({ deleteSegment: id });
    });

    it('refuses criteria it does not know', async () => {
      const result = await gql(app, 'mutation { createSegment(input: { name: "x", criteria: { colour: "red" } }) { id } }', {}, tenant.apiKey);
      expect(result.status).toBe(400);
    });

    it('counts unsaved criteria as a segment saved with them counts, with the same checks', async () => {
      const fresh = await aTenant(app).build();
      const freshBot = await aBot(app, fake, fresh);
      await deliver(app, fake, freshBot, fresh.apiKey, ...['en', 'en-GB', 'uk'].map((language) => messageFrom(aPerson({ language_code: language }), 'hi')));
      const countOf = async (criteria: object, apiKey = fresh.apiKey) =>
        (await gql<{ segmentCount: number }>(app, 'query($criteria: ContactCriteria!) { segmentCount(criteria: $criteria) }', { criteria }, apiKey)).data?.segmentCount;
      const english = { language: 'en', reachable: true, botId: freshBot.id };
      const saved = await gql<{ createSegment: { count: number } }>(
        app,
        'mutation($criteria: ContactCriteria!) { createSegment(input: { name: "English", criteria: $criteria }) { count } }',
        { criteria: english },
        fresh.apiKey,
      );
      expect({ unsaved: await countOf(english), saved: saved.data!.createSegment.count, all: await countOf({}) }).toEqual({ unsaved: 2, saved: 2, all: 3 });
      await deliver(app, fake, freshBot, fresh.apiKey, messageFrom(aPerson({ language_code: 'en' }), 'me too'));
      expect(await countOf(english)).toBe(3);

      // Another tenant's bot counts as a bot nobody has: nothing.
      expect(await countOf({ botId: freshBot.id }, tenant.apiKey)).toBe(0);
      expect(await countOf({ botId: '00000000-0000-4000-8000-000000000000' }, tenant.apiKey)).toBe(0);

      const refusals = await Promise.all(
        [{ colour: 'red' }, { botId: 'not-a-uuid' }, { tags: Array.from({ length: 51 }, (_, index) => `t${index}`) }, { search: 'x'.repeat(201) }].map(async (criteria) => {
          const count = await gql(app, 'query($criteria: ContactCriteria!) { segmentCount(criteria: $criteria) }', { criteria }, fresh.apiKey);
          const create = await gql(app, 'mutation($criteria: ContactCriteria!) { createSegment(input: { name: "x", criteria: $criteria }) { id } }', { criteria }, fresh.apiKey);
          return { count: [count.status, count.errors?.[0].extensions.code], create: [create.status, create.errors?.[0].extensions.code] };
        }),
      );
      // Unknown fields fail GraphQL's own checks (HTTP 400), the rest the validation of ContactCriteria.
      expect(refusals.map((refusal) => refusal.count)).toEqual([[400, 'BAD_USER_INPUT'], ...Array(3).fill([200, 'BAD_USER_INPUT'])]);
      expect(refusals.map((refusal) => refusal.create)).toEqual(refusals.map((refusal) => refusal.count));
    });
  });

  describe('isolation', () => {
    it('hides every contact of another tenant', async () => {
      const mine = await upsert({ externalCustomerId: 'iso-1', firstName: 'Mine' });
      const other = await aTenant(app).build();
      expect((await gql(app, 'query($id: ID!) { contact(id: $id) { id } }', { id: mine.id }, other.apiKey)).data).toEqual({ contact: null });
      expect(await contactsMatching(app, other.apiKey, { search: 'mine' })).toEqual([]);
      for (const [query, variables] of [
        [UPDATE, { id: mine.id, input: { firstName: 'Stolen' } }],
        ['mutation($id: ID!) { deleteContact(id: $id) }', { id: mine.id }],
        ['mutation($t: ID!, $s: ID!) { mergeContacts(targetId: $t, sourceId: $s) { id } }', { t: mine.id, s: mine.id + '0' }],
      ] as const) {
        const result = await gql(app, query, variables, other.apiKey);
        expect(result.errors![0].extensions.code).toBe('NOT_FOUND');
      }
      const theirs = await gql<{ upsertContact: ContactView }>(app, UPSERT, { input: { externalCustomerId: 'iso-1', firstName: 'Theirs' } }, other.apiKey);
      expect(theirs.data!.upsertContact.id).not.toBe(mine.id);
      expect((await contactsMatching<ContactView>(app, tenant.apiKey, { search: 'iso-1' }))[0].firstName).toBe('Mine');
    });
  });

  it('lets a channel (bot-scoped) key see only contacts and messages of its bot', async () => {
    const second = await aBot(app, fake, tenant, 'second channel');
    const channelKey = (await app.http().post(`/telegram/v1/bots/${second.id}/api-keys/`).set('authorization', `Bearer ${tenant.apiKey}`).send({ name: 'channel' })).body.key;
    const onFirst = aPerson({ first_name: 'Firstbotonly' });
    const onBoth = aPerson({ first_name: 'Bothbots' });
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(onFirst, 'first bot'), messageFrom(onBoth, 'said on the first bot'));
    await deliver(app, fake, second, tenant.apiKey, messageFrom(onBoth, 'said on the second bot'));
    const [firstOnly] = await contactsMatching<ContactView>(app, tenant.apiKey, { search: 'firstbotonly' });
    const [both] = await contactsMatching<ContactView>(app, tenant.apiKey, { search: 'bothbots' });
    expect((await gql(app, 'query($id: ID!) { contact(id: $id) { id } }', { id: firstOnly.id }, channelKey)).data).toEqual({ contact: null });
    expect(names(await contactsMatching(app, channelKey, { search: 'bots' }))).toEqual(['Bothbots']);
    const messages = await gql<{ contact: { messages: { nodes: Array<{ text: string }> } } }>(
      app,
      'query($id: ID!) { contact(id: $id) { messages(first: 10) { nodes { text } } } }',
      { id: both.id },
      channelKey,
    );
    expect(messages.data!.contact.messages.nodes).toEqual([{ text: 'said on the second bot' }]);
  });
});
