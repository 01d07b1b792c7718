import { TenantData, tenantWide, throughBot } from '@switchboard/common';
import { Contact, Segment, TelegramIdentity } from '@switchboard/contacts';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { deliver, aPerson, messageFrom } from './support/telegram-people';
import { startTelegramWorld, TelegramWorld } from './support/telegram-world';

/**
 * The scoped data layer: every query carries its scope, whatever the caller adds to it. Driven
 * through the real layer on the real database, with rows made through the API.
 */
describe('TenantData', () => {
  let world: TelegramWorld;
  let data: TenantData;
  let other: BuiltTenant;
  let secondBot: BuiltBot;
  let otherBot: BuiltBot;

  beforeAll(async () => {
    world = await startTelegramWorld();
    data = world.app.app.get(TenantData);
    other = await aTenant(world.app).build();
    secondBot = await aBot(world.app, world.fake, world.tenant, 'Second bot');
    otherBot = await aBot(world.app, world.fake, other, 'Other tenant bot');
    await deliver(world.app, world.fake, world.bot, world.tenant.apiKey, messageFrom(aPerson(), 'hello first bot'));
    await deliver(world.app, world.fake, secondBot, world.tenant.apiKey, messageFrom(aPerson(), 'hello second bot'));
    await deliver(world.app, world.fake, otherBot, other.apiKey, messageFrom(aPerson(), 'hello other tenant'));
  });
  afterAll(() => world.close());

  const tenantOf = (tenant: BuiltTenant) => tenantWide(tenant.id);

  it('sees only the tenant’s rows, however the query is widened afterwards', async () => {
    const contacts = data.for(tenantOf(world.tenant)).repository(Contact);
    const widened = await contacts.select('contact').where('1 = 1').orWhere('true').getMany();
    expect(widened).toHaveLength(2);
    expect(widened.every((contact) => contact.tenantId === world.tenant.id)).toBe(true);
    const counted = await contacts.select('contact').where('contact.id > 0').orWhere('contact.tenant_id IS NOT NULL').getCount();
    expect(counted).toBe(2);
    expect(await contacts.find({ tenantId: other.id } as never)).toEqual([]);
  });

  it('keeps the scope in sub-queries built from a scoped query', async () => {
    const identities = data.for(tenantOf(world.tenant)).repository(TelegramIdentity);
    const query = identities.select('identity');
    const sub = query.subQuery().select('count(*)').from(TelegramIdentity, 'inner_identity').getQuery();
    expect(sub).toContain(`"inner_identity"."tenant_id" = '${world.tenant.id}'`);
  });

  it('shows a bot-scoped caller only its bot’s identities and the contacts reachable on it', async () => {
    const scope = throughBot(world.tenant.id, secondBot.id);
    const identities = await data.for(scope).repository(TelegramIdentity).find();
    expect(identities.map((identity) => identity.botId)).toEqual([secondBot.id]);
    const contacts = await data.for(scope).repository(Contact).select('contact').orWhere('true').getMany();
    expect(contacts.map((contact) => contact.id)).toEqual([identities[0].contactId]);
  });

  it('refuses tenant-wide changes to a bot-scoped caller and changes nothing', async () => {
    const scope = throughBot(world.tenant.id, secondBot.id);
    const segments = data.for(scope).repository(Segment);
    expect(() => segments.create({ name: 'nope', criteria: {} })).toThrow(/bot-scoped/);
    await expect(segments.delete({})).rejects.toThrow(/bot-scoped/);
    expect(await data.for(tenantOf(world.tenant)).repository(Segment).count()).toBe(0);
  });

  it('updates and deletes only the scope’s rows, and never moves a row to another owner', async () => {
    const theirs = await data.for(tenantOf(other)).repository(Contact).find();
    const mine = data.for(tenantOf(world.tenant)).repository(Contact);
    expect(await mine.update({ id: theirs[0].id }, { firstName: 'Hijacked' })).toBe(0);
    expect(await mine.delete({ id: theirs[0].id })).toBe(0);
    await expect(mine.update({ id: theirs[0].id }, { tenantId: world.tenant.id } as never)).rejects.toThrow(/owner/);
    const identities = data.for(tenantOf(world.tenant)).repository(TelegramIdentity);
    await expect(identities.update({}, { botId: secondBot.id })).rejects.toThrow(/owner/);
    await expect(mine.save({ ...theirs[0], firstName: 'Hijacked' })).rejects.toThrow(/Not found/);
    const after = await data.for(tenantOf(other)).repository(Contact).findOne({ id: theirs[0].id });
    expect(after?.firstName).toBe(theirs[0].firstName);
  });

  it('gives a new row the scope’s tenant and bot, and refuses another bot', async () => {
    const scope = throughBot(world.tenant.id, secondBot.id);
    const identities = data.for(scope).repository(TelegramIdentity);
    const made = identities.create({ chatId: '1', chatType: 'private' });
    expect(made).toMatchObject({ tenantId: world.tenant.id, botId: secondBot.id });
    expect(() => identities.create({ chatId: '1', chatType: 'private', botId: world.bot.id })).toThrow(/Not found/);
  });

  it('inserts many rows in one statement, each given what the database generated for it', async () => {
    const segments = data.for(tenantOf(other)).repository(Segment);
    const rows = ['first', 'second', 'third'].map((name, i) => segments.create({ name, criteria: { tags: [`tag${i}`] } }));
    await segments.insertMany(rows);
    for (const row of rows) {
      const stored = await segments.findOne({ id: row.id });
      expect(stored).toMatchObject({ name: row.name, criteria: row.criteria, tenantId: other.id });
      expect(stored?.createdAt.getTime()).toBe(row.createdAt.getTime());
    }
    // An array column (a contact's tags) goes through TypeORM's INSERT, and gets its id alike.
    const contacts = data.for(tenantOf(other)).repository(Contact);
    const [contact] = await contacts.insertMany([contacts.create({ firstName: 'Bulk', tags: ['vip', 'beta'] })]);
    expect(await contacts.findOne({ id: contact.id })).toMatchObject({ firstName: 'Bulk', tags: ['vip', 'beta'] });
    // A row of another tenant refuses the whole batch.
    const stray = Object.assign(segments.create({ name: 'stray', criteria: {} }), { tenantId: world.tenant.id });
    await expect(segments.insertMany([segments.create({ name: 'stray', criteria: {} }), stray])).rejects.toThrow(/Not found/);
    expect(await data.for(tenantOf(world.tenant)).repository(Segment).count({ name: 'stray' })).toBe(0);
    expect(await segments.count({ name: 'stray' })).toBe(0);
  });

  it('finds by a credential only where the entity declares one', async () => {
    await expect(data.findByCredential(Contact, { id: '1' })).rejects.toThrow(/not found by id without a tenant/);
  });
});
