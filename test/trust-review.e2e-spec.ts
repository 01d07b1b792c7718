import { Client as GraphQLWsClient, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { aBot, BuiltBot } from './support/builders';
import { RunningApp, startAppProcess } from './support/app-process';
import { gql } from './support/graphql-client';
import { aPerson, deliver, messageFrom } from './support/telegram-people';
import { testEnvironment, TestApp } from './support/test-app';
import { startTelegramWorld, TelegramWorld } from './support/telegram-world';
import { createTestDatabase, TestDatabase } from './support/test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const wsUrlOf = (url: string) => `${url.replace('http', 'ws')}/graphql`;

/** A graphql-ws subscription collecting what it is pushed, or the first answer (an error, a completion). */
interface Listener {
  received: unknown[];
  firstAnswer: Promise<unknown>;
  close(): Promise<void>;
}

function listen(app: TestApp, query: string, token?: string): Listener {
  const client: GraphQLWsClient = createClient({
    url: wsUrlOf(app.url),
    webSocketImpl: WebSocket,
    connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const received: unknown[] = [];
  const firstAnswer = new Promise<unknown>((resolve) =>
    client.subscribe({ query }, { next: (value) => (received.push(value.data), resolve(value)), error: resolve, complete: () => resolve('complete') }),
  );
  return { received, firstAnswer, close: () => client.dispose() as Promise<void> };
}

/** The server registers a subscription shortly after the socket opens; there is no acknowledgement to wait for. */
const SUBSCRIBED_AFTER_MS = 400;

const CREATE_KEY = 'mutation($name: String!) { createApiKey(input: { name: $name }) { key apiKey { id } } }';
const CREATE_BOT_KEY = 'mutation($botId: ID!) { createBotApiKey(botId: $botId, input: { name: "channel" }) { key } }';
const REVOKE_KEY = 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }';
const DELETE_BOT = 'mutation($id: ID!) { deleteBot(id: $id) }';
const TAG_CONTACT = 'mutation($id: ID!) { updateContact(id: $id, input: { tags: ["set by a retired channel"] }) { id } }';
const MESSAGE_RECEIVED = 'subscription { messageReceived { id text } }';

describe('Trust: revoked keys, retired bots and costly documents', () => {
  let world: TelegramWorld;
  let app: TestApp;

  beforeAll(async () => {
    world = await startTelegramWorld({ admin: true });
    app = world.app;
  });
  afterAll(() => world.close());

  async function contactWhoWroteTo(bot: BuiltBot): Promise<string> {
    const person = aPerson();
    await deliver(app, world.fake, bot, world.tenant.apiKey, messageFrom(person, 'hello'));
    const found = await gql<{ contacts: { nodes: Array<{ id: string }> } }>(
      app,
      'query($search: String!) { contacts(first: 1, filter: { search: $search }) { nodes { id } } }',
      { search: person.username },
      world.tenant.apiKey,
    );
    return found.data!.contacts.nodes[0].id;
  }

  it('stops pushing to a subscription once the API key it was opened with is revoked', async () => {
    const created = await gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(app, CREATE_KEY, { name: 'leaked' }, world.tenant.adminToken);
    const leaked = created.data!.createApiKey;
    const owner = listen(app, MESSAGE_RECEIVED, world.tenant.apiKey);
    const attacker = listen(app, MESSAGE_RECEIVED, leaked.key);
    try {
      await sleep(SUBSCRIBED_AFTER_MS);
      expect((await gql(app, REVOKE_KEY, { id: leaked.apiKey.id }, world.tenant.adminToken)).errors).toBeUndefined();
      await deliver(app, world.fake, world.bot, world.tenant.apiKey, messageFrom(aPerson(), 'written after the key was revoked'));
      await owner.firstAnswer;
      await sleep(300);
      expect(owner.received).toHaveLength(1);
      expect(attacker.received).toEqual([]);
    } finally {
      await Promise.all([owner.close(), attacker.close()]);
    }
  });

  it("refuses a channel key once its bot is deleted: it reads and changes nothing of that bot's contacts", async () => {
    const retired = await aBot(app, world.fake, world.tenant, 'Retired');
    const contactId = await contactWhoWroteTo(retired);
    const channelKey = (await gql<{ createBotApiKey: { key: string } }>(app, CREATE_BOT_KEY, { botId: retired.id }, world.tenant.apiKey)).data!.createBotApiKey.key;
    expect((await gql(app, DELETE_BOT, { id: retired.id }, world.tenant.adminToken)).errors).toBeUndefined();

    const me = await gql(app, '{ me { kind } }', {}, channelKey);
    const tagged = await gql(app, TAG_CONTACT, { id: contactId }, channelKey);
    const contact = await gql<{ contact: { tags: string[] } }>(app, 'query($id: ID!) { contact(id: $id) { tags } }', { id: contactId }, world.tenant.apiKey);
    expect({ me: me.status, tagged: tagged.status, tags: contact.data!.contact.tags }).toEqual({ me: 401, tagged: 401, tags: [] });
  });

  it('makes no more Telegram calls for Bot.connection than one per bot, however many times a document asks', async () => {
    const bots = [world.bot, await aBot(app, world.fake, world.tenant, 'Second'), await aBot(app, world.fake, world.tenant, 'Third')];
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: bots(first: 100) { nodes { connection { connected } } }`).join(' ');
    world.fake.clearCalls();
    const result = await gql(app, `{ ${aliases} }`, {}, world.tenant.apiKey);
    // Refusing the document (its cost priced at the calls it makes) would do as well as asking Telegram once per bot.
    const getMeCalls = result.status === 400 ? 0 : world.fake.callsTo('getMe').length;
    expect(getMeCalls).toBeLessThanOrEqual(bots.length);
  });

  it('holds subscriptions to the token limit of HTTP operations', async () => {
    const fragments = Array.from({ length: 300 }, (_, i) => i);
    const query = `subscription { messageReceived { ${fragments.map((i) => `...F${i}`).join(' ')} } }
      ${fragments.map((i) => `fragment F${i} on ConversationMessage { id }`).join(' ')}`;
    // Posted over HTTP, the same document is refused before it is parsed.
    expect((await gql(app, query, {}, world.tenant.apiKey)).errors?.[0].extensions).toMatchObject({ reason: 'TOO_MANY_TOKENS' });
    const listener = listen(app, query, world.tenant.apiKey);
    try {
      const answer = await Promise.race([listener.firstAnswer, sleep(3_000).then(() => 'accepted: no refusal within 3 s')]);
      expect(JSON.stringify(answer)).toMatch(/tokens/i);
    } finally {
      await listener.close();
    }
  });
});

describe('Trust: a subscription document sent without credentials', () => {
  let database: TestDatabase;
  let instance: RunningApp;
  let exitCode: number | null | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    instance = await startAppProcess(testEnvironment({ DATABASE_URL: database.url }));
    void instance.exited.then((code) => (exitCode = code));
  }, 60_000);
  afterAll(async () => {
    instance.child.kill('SIGKILL');
    await instance.exited;
    await database.drop();
  });

  /** Opens a graphql-transport-ws socket with no credentials and sends one subscribe message of `bytes` of document. */
  async function sendAnonymousSubscription(bytes: number): Promise<WebSocket> {
    const socket = new WebSocket(wsUrlOf(instance.url), 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await sleep(200);
    const query = `subscription { messageReceived { ${'id '.repeat(Math.floor(bytes / 3))} } }`;
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    return socket;
  }

  it('is refused at the token limit before it is parsed, so the instance keeps answering at once', async () => {
    const socket = await sendAnonymousSubscription(6_000_000);
    try {
      const started = Date.now();
      const health = await fetch(`${instance.url}/health`, { signal: AbortSignal.timeout(30_000) }).then((response) => response.status, () => 0);
      const healthMs = Date.now() - started;
      expect({ health, exitCode }).toEqual({ health: 200, exitCode: undefined });
      expect(healthMs).toBeLessThan(1_000);
    } finally {
      socket.close();
    }
  });
});
