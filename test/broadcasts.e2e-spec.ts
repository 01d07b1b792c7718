import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { gql } from './support/graphql-client';
import { aPerson, contactsMatching, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

const BROADCAST = `id name state botId text parseMode photo paid scheduledAt startedAt finishedAt
  audience { contactIds segmentId jobId filterBySegment allContacts }
  stats { audience skipped queued sent failed clicked cancelled inFlightAtCrash }`;

/** Broadcasts through GraphQL: drafted, launched, sent to every reachable contact once. */
describe('broadcasts', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let people: Person[];

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).withAdmin().build();
    bot = await aBot(app, fake, tenant);
    people = [aPerson({ first_name: 'Ada' }), aPerson({ first_name: 'Grace' }), aPerson({ first_name: 'Linus' })];
    await deliver(app, fake, bot, tenant.apiKey, ...people.map((person) => messageFrom(person, '/start')));
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read field by field
  const call = (query: string, variables: Record<string, unknown> = {}) => gql<Record<string, any>>(app, query, variables, tenant.apiKey);

  it('sends a broadcast with merge fields to all contacts of the bot', async () => {
    const created = await call(`mutation($input: CreateBroadcastInput!) { createBroadcast(input: $input) { ${BROADCAST} } }`, {
      input: { botId: bot.id, name: 'Hello', text: 'Hi {{first_name|there}}!', audience: { allContacts: true } },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createBroadcast.id;
    expect(created.data!.createBroadcast.state).toBe('DRAFT');
    const launched = await call(`mutation($id: ID!) { launchBroadcast(id: $id) { ${BROADCAST} } }`, { id });
    expect(launched.errors).toBeUndefined();
    const done = await eventually(
      async () => (await call(`query($id: ID!) { broadcast(id: $id) { ${BROADCAST} } }`, { id })).data!.broadcast,
      (broadcast) => broadcast.state === 'COMPLETED',
      20_000,
    );
    expect(done.stats).toMatchObject({ audience: 3, sent: 3, skipped: 0, failed: 0, queued: 0 });
    const texts = fake.callsTo('sendMessage', bot.token).map((sent) => sent.params.text).sort();
    expect(texts).toEqual(['Hi Ada!', 'Hi Grace!', 'Hi Linus!']);
    void contactsMatching;
  });
});
