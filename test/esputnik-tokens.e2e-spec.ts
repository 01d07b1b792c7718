import { aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { TelegramWorld, startTelegramWorld } from './support/telegram-world';
import { TestApp } from './support/test-app';

interface Result {
  token: string;
  contactId: string | null;
  created: boolean;
  tokenAdded: boolean;
  error?: string;
}

/** eSputnik's "Add application tokens", rule by rule as its documentation states them. */
describe('POST /v1/apps/{app_uuid}/tokens', () => {
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let nextToken = 900_000_000;
  const token = () => String(nextToken++);

  let world: TelegramWorld;

  beforeAll(async () => {
    world = await startTelegramWorld();
    ({ app, tenant, bot } = world);
  });
  afterAll(() => world.close());

  const addTokens = async (tokens: object[], appId = bot.id, who = tenant) => {
    const response = await app.http().post(`/v1/apps/${appId}/tokens`).set('authorization', `Bearer ${who.apiKey}`).send({ tokens });
    return response;
  };
  const results = async (tokens: object[]): Promise<Result[]> => {
    const response = await addTokens(tokens);
    expect(response.status).toBe(200);
    return response.body.results;
  };
  const contact = async (id: string) =>
    (
      await gql<{ contact: { externalCustomerId: string | null; phone: string | null; email: string | null; identities: Array<{ chatId: string; botId: string; started: boolean }> } }>(
        app,
        'query($id: ID!) { contact(id: $id) { externalCustomerId phone email identities { chatId botId started } } }',
        { id },
        tenant.apiKey,
      )
    ).data!.contact;

  const contactsSearched = async (search: string) =>
    (await gql<{ contacts: { nodes: Array<{ id: string }> } }>(app, 'query($search: String) { contacts(filter: { search: $search }) { nodes { id } } }', { search }, tenant.apiKey))
      .data!.contacts.nodes;

  it('creates a contact with all identifiers when none matches', async () => {
    const t = token();
    const [result] = await results([{ token: t, externalCustomerId: 'es-1', phone: '+380501110001', email: 'es1@example.com' }]);
    expect(result).toEqual({ token: t, contactId: expect.stringMatching(/^\d+$/), created: true, tokenAdded: true });
    expect(await contact(result.contactId!)).toEqual({
      externalCustomerId: 'es-1',
      phone: '+380501110001',
      email: 'es1@example.com',
      identities: [{ chatId: t, botId: bot.id, started: true }],
    });
  });

  it('needs at least one identifier; such a token fails alone and the others still apply', async () => {
    const [bad, good] = await results([{ token: token() }, { token: token(), email: 'alone@example.com' }]);
    expect(bad).toMatchObject({ contactId: null, created: false, tokenAdded: false, error: expect.stringMatching(/at least one identifier/) });
    expect(good).toMatchObject({ created: true, tokenAdded: true });
    expect(good.error).toBeUndefined();
  });

  it('matches on the highest-priority identifier, contactId first, and ignores the rest', async () => {
    const [first] = await results([{ token: token(), email: 'prio@example.com', phone: '+380501110002' }]);
    const t = token();
    const [byId] = await results([{ token: t, contactId: Number(first.contactId), email: 'other@example.com', externalCustomerId: 'ignored' }]);
    expect(byId).toEqual({ token: t, contactId: first.contactId, created: false, tokenAdded: true });
    const stored = await contact(first.contactId!);
    expect(stored).toMatchObject({ email: 'prio@example.com', externalCustomerId: null });
    expect(stored.identities.map((identity) => identity.chatId)).toContain(t);
  });

  it('prefers externalCustomerId over phone, and phone over email', async () => {
    const [byExternal] = await results([{ token: token(), externalCustomerId: 'es-prio' }]);
    const [byPhone] = await results([{ token: token(), phone: '+380501110003' }]);
    const [byEmail] = await results([{ token: token(), email: 'byemail@example.com' }]);
    const [external] = await results([{ token: token(), externalCustomerId: 'es-prio', phone: '+380501110003', email: 'byemail@example.com' }]);
    expect(external).toMatchObject({ contactId: byExternal.contactId, created: false, tokenAdded: true });
    const [phone] = await results([{ token: token(), phone: '+38 050 111 0003', email: 'byemail@example.com' }]);
    expect(phone).toMatchObject({ contactId: byPhone.contactId, created: false });
    const [email] = await results([{ token: token(), email: 'BYEMAIL@example.com' }]);
    expect(email).toMatchObject({ contactId: byEmail.contactId, created: false });
  });

  it('creates a new contact when the highest-priority identifier matches nothing, even if a lower one would', async () => {
    const [existing] = await results([{ token: token(), email: 'lower@example.com' }]);
    const [result] = await results([{ token: token(), externalCustomerId: 'es-new-high', email: 'lower@example.com' }]);
    expect(result).toMatchObject({ created: true, tokenAdded: true });
    expect(result.contactId).not.toBe(existing.contactId);
    expect(await contact(result.contactId!)).toMatchObject({ externalCustomerId: 'es-new-high', email: 'lower@example.com' });
  });

  it('never overwrites tokens: a known token is not added again, a new one is added beside it', async () => {
    const first = token();
    const second = token();
    const [one] = await results([{ token: first, email: 'two-tokens@example.com' }]);
    const [again] = await results([{ token: first, email: 'two-tokens@example.com' }]);
    expect(again).toEqual({ token: first, contactId: one.contactId, created: false, tokenAdded: false });
    const [two] = await results([{ token: second, email: 'two-tokens@example.com' }]);
    expect(two).toEqual({ token: second, contactId: one.contactId, created: false, tokenAdded: true });
    expect((await contact(one.contactId!)).identities.map((identity) => identity.chatId).sort()).toEqual([first, second].sort());
  });

  it('answers in request order, later entries seeing what earlier ones created', async () => {
    const [a, b] = await results([
      { token: token(), externalCustomerId: 'es-order' },
      { token: token(), externalCustomerId: 'es-order' },
    ]);
    expect(a.created).toBe(true);
    expect(b).toMatchObject({ contactId: a.contactId, created: false, tokenAdded: true });
  });

  it('leaves a token that belongs to another contact where it is', async () => {
    const shared = token();
    const [owner] = await results([{ token: shared, email: 'owner@example.com' }]);
    const [other] = await results([{ token: shared, email: 'someone-else@example.com' }]);
    expect(other).toEqual({ token: shared, contactId: null, created: false, tokenAdded: false, error: `token already belongs to contact ${owner.contactId}` });
    expect((await contact(owner.contactId!)).identities.map((identity) => identity.chatId)).toEqual([shared]);
    // A failed entry stores nothing: no half-made contact for the other email.
    expect(await contactsSearched('someone-else@example.com')).toEqual([]);
  });

  it('applies each entry alone: an unknown contactId or an out-of-range token fails only its own entry', async () => {
    const [first, unknown, huge, last] = await results([
      { token: token(), email: 'alone-1@example.com' },
      { token: token(), contactId: '999999999999', email: 'alone-unknown@example.com' },
      { token: '99999999999999999999', email: 'alone-huge@example.com' },
      { token: token(), email: 'alone-2@example.com' },
    ]);
    expect(first).toMatchObject({ created: true, tokenAdded: true });
    expect(unknown).toMatchObject({ contactId: null, created: false, tokenAdded: false, error: 'contactId 999999999999 not found' });
    expect(huge).toMatchObject({ contactId: null, created: false, tokenAdded: false, error: expect.stringMatching(/chat id/) });
    expect(last).toMatchObject({ created: true, tokenAdded: true });
    expect(await contactsSearched('alone-unknown@example.com')).toEqual([]);
    expect(await contactsSearched('alone-huge@example.com')).toEqual([]);
    expect(await contactsSearched('alone-2@example.com')).toHaveLength(1);
  });

  it('refuses an app that is not the tenant’s, and a malformed body', async () => {
    const other = await aTenant(app).build();
    expect((await addTokens([{ token: token(), email: 'x@example.com' }], bot.id, other)).status).toBe(404);
    expect((await addTokens([{ token: token(), email: 'x@example.com' }], '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await app.http().post(`/v1/apps/${bot.id}/tokens`).set('authorization', `Bearer ${tenant.apiKey}`).send({ tokens: 'nope' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'INVALID_INPUT', request_id: expect.any(String), error: expect.stringMatching(/tokens/) });
    const unknownField = await addTokens([{ token: token(), email: 'x@example.com', name: 'extra' }]);
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error).toMatch(/name should not exist/);
    const invalidToken = await results([{ token: 'not-a-chat-id', email: 'x@example.com' }]);
    expect(invalidToken[0]).toMatchObject({ tokenAdded: false, error: expect.stringMatching(/chat id/) });
  });
});
