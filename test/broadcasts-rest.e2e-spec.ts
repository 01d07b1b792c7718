import type { Response } from 'supertest';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { gql } from './support/graphql-client';
import { MISSING_UUID } from './support/isolation-probes';
import { restClient } from './support/rest-client';
import { aPerson, contactsMatching, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramWorld, TelegramWorld } from './support/telegram-world';

type Rest = ReturnType<typeof restClient>;

/** The seeds' own request bodies, verbatim. */
const JINA_SEED_BODY = {
  name: 'Telegram Announcement',
  platform: 'TELEGRAM',
  message_text: 'Hello from Jina Connect!',
  recipients: ['contact-uuid-1', 'contact-uuid-2'],
};
const OPENSCOUTER_SEED_BODY = { jobId: 'job_abc123', filterBySegment: true };

const COUNTS = ['total_recipients', 'queued_count', 'sent_count', 'failed_count', 'skipped_count', 'clicked_count', 'cancelled_count', 'in_flight_at_crash'];

/** A person's contact id in a tenant, found by their @username. */
async function contactIdOf(world: TelegramWorld, apiKey: string, person: Person): Promise<string> {
  const [contact] = await contactsMatching<{ id: string }>(world.app, apiKey, { search: person.username });
  return contact.id;
}

/** The person blocks the bot: Telegram's my_chat_member update with status kicked. */
function blocks(person: Person, bot: BuiltBot) {
  const botUser = { id: bot.telegramBotId, is_bot: true, first_name: 'bot' };
  return {
    my_chat_member: {
      chat: { id: person.id, type: 'private', first_name: person.first_name },
      from: person,
      date: Math.floor(Date.now() / 1000),
      old_chat_member: { user: botUser, status: 'member' },
      new_chat_member: { user: botUser, status: 'kicked', until_date: 0 },
    },
  };
}

function expectJinaError(response: Response, status: number, code: string): void {
  expect({ status: response.status, body: response.body }).toEqual({
    status,
    body: expect.objectContaining({ detail: expect.any(String), code, request_id: response.headers['x-request-id'] }),
  });
}

function expectOpenScouterError(response: Response, status: number, code: string): void {
  expect({ status: response.status, body: response.body }).toEqual({
    status,
    body: { success: false, data: null, error: expect.objectContaining({ code, message: expect.any(String) }), metadata: { requestId: response.headers['x-request-id'] } },
  });
}

/** Jina Connect's POST/GET /broadcast/ and OpenScouter's send-job, as their seeds document them. */
describe('broadcasts over REST', () => {
  let world: TelegramWorld;
  let rest: Rest;
  /** Ada, Grace and Bob speak German (the job's segment); Bob blocked the bot; Fay blocked it only at Telegram, unknown to us. */
  let people: Record<'ada' | 'grace' | 'bob' | 'linus' | 'fay', Person>;
  let ids: Record<keyof typeof people, string>;

  /** The chats Telegram accepted this text for, from this bot. */
  const sentTo = (token: string, text: string) =>
    world.fake
      .callsTo('sendMessage', token)
      .filter((call) => call.params.text === text && call.status === 200)
      .map((call) => Number(call.params.chat_id))
      .sort();
  const finished = (id: string, as: Rest = rest) =>
    eventually(async () => (await as.get(`/broadcast/${id}/`)).body, (body) => body.status === 'COMPLETED', 15_000);

  beforeAll(async () => {
    world = await startTelegramWorld({ admin: true });
    rest = restClient(world.app, world.tenant.apiKey);
    const de = { language_code: 'de' };
    people = { ada: aPerson(de), grace: aPerson(de), bob: aPerson(de), linus: aPerson(), fay: aPerson() };
    const { app, bot, tenant } = world;
    await deliver(app, world.fake, bot, tenant.apiKey, ...Object.values(people).map((person) => messageFrom(person, '/start')), blocks(people.bob, bot));
    world.fake.blockChat(bot.token, people.fay.id);
    const entries = await Promise.all(Object.entries(people).map(async ([name, person]) => [name, await contactIdOf(world, tenant.apiKey, person)]));
    ids = Object.fromEntries(entries);
    const segment = await gql<{ createSegment: { id: string } }>(
      app,
      'mutation { createSegment(input: { name: "German testers", criteria: { language: "de" } }) { id } }',
      {},
      tenant.apiKey,
    );
    const job = { id: 'job_abc123', title: 'Checkout usability study', url: 'https://openscouter.com/studies/abc123', segmentId: segment.data!.createSegment.id };
    await rest.post('/api/jobs', job).expect(201);
  });
  afterAll(() => world.close());

  describe('Jina Connect: POST /broadcast/', () => {
    it('answers the seed’s request with 201 and the broadcast, its ids naming no contact counted as skipped', async () => {
      const response = await rest.post('/broadcast/', JINA_SEED_BODY);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Telegram Announcement',
        platform: 'TELEGRAM',
        status: 'COMPLETED',
        bot_app_id: world.bot.id,
        message_text: 'Hello from Jina Connect!',
        created_at: expect.any(String),
        started_at: expect.any(String),
        finished_at: expect.any(String),
        total_recipients: 2,
        queued_count: 0,
        sent_count: 0,
        failed_count: 0,
        skipped_count: 2,
        clicked_count: 0,
        cancelled_count: 0,
        in_flight_at_crash: 0,
      });
      expect(sentTo(world.bot.token, 'Hello from Jina Connect!')).toEqual([]);
    });

    it('sends to reachable recipients only, and counts the blocked and the unknown as skipped', async () => {
      const text = 'Reachable ones only';
      const recipients = [ids.ada, ids.grace, ids.bob, 'contact-uuid-1', '999999999', ids.ada];
      const response = await rest.post('/broadcast/', { name: 'Mixed', platform: 'TELEGRAM', message_text: text, recipients });
      expect(response.status).toBe(201);
      const done = await finished(response.body.id);
      expect(done).toMatchObject({ total_recipients: 6, sent_count: 2, skipped_count: 4, failed_count: 0, queued_count: 0, cancelled_count: 0 });
      expect(done.progress).toEqual({ percent: 100, sent_per_second: expect.any(Number), eta: null });
      expect(sentTo(world.bot.token, text)).toEqual([people.ada.id, people.grace.id].sort());
    });

    it('sends from the bot named by bot_app_id', async () => {
      const second = await aBot(world.app, world.fake, world.tenant, 'second');
      await deliver(world.app, world.fake, second, world.tenant.apiKey, messageFrom(people.linus, '/start'));
      const text = 'From the second bot';
      const response = await rest.post('/broadcast/', { name: 'Second', platform: 'TELEGRAM', message_text: text, recipients: [ids.linus], bot_app_id: second.id });
      expect(response.body).toMatchObject({ bot_app_id: second.id, total_recipients: 1 });
      await finished(response.body.id);
      expect(sentTo(second.token, text)).toEqual([people.linus.id]);
      expect(sentTo(world.bot.token, text)).toEqual([]);
    });

    it('accepts 10,000 recipients and refuses bad input with a 400 that says what', async () => {
      const body = { name: 'Bad', platform: 'TELEGRAM', message_text: 'x', recipients: [ids.ada] };
      const many = Array.from({ length: 10_000 }, (_, index) => `unknown-${index}`);
      expect((await rest.post('/broadcast/', { ...body, recipients: many })).body.total_recipients).toBe(10_000);
      const { recipients: _recipients, ...withoutRecipients } = body;
      const bad: object[] = [
        {},
        withoutRecipients,
        { ...body, name: 42 },
        { ...body, recipients: ids.ada },
        { ...body, recipients: [Number(ids.ada)] },
        { ...body, recipients: [] },
        { ...body, recipients: [...many, 'one-too-many'] },
        { ...body, bot_app_id: 'not-a-uuid' },
        { ...body, scheduled_at: '2030-01-01T00:00:00Z' },
      ];
      for (const input of bad) expectJinaError(await rest.post('/broadcast/', input), 400, 'INVALID_INPUT');
      expect((await rest.post('/broadcast/', { ...body, scheduled_at: 'x' })).body.detail).toContain('property scheduled_at should not exist');
      expectJinaError(await rest.post('/broadcast/', { ...body, platform: 'WHATSAPP' }), 400, 'UNSUPPORTED_PLATFORM');
      expectJinaError(await rest.post('/broadcast/', { ...body, message_text: 'Hi {{nickname}}' }), 400, 'UNKNOWN_MERGE_FIELD');
      expectJinaError(await rest.post('/broadcast/', { ...body, bot_app_id: MISSING_UUID }), 404, 'BOT_NOT_FOUND');
      expect(sentTo(world.bot.token, 'x')).toEqual([]);
    });

    it('answers NO_BOT for a tenant without a bot', async () => {
      const botless = await aTenant(world.app).build();
      const response = await restClient(world.app, botless.apiKey).post('/broadcast/', JINA_SEED_BODY);
      expectJinaError(response, 404, 'NO_BOT');
    });
  });

  describe('Jina Connect: GET /broadcast/', () => {
    it('lists newest first, a page at a time, and reads one with its progress', async () => {
      const send = async (name: string) => (await rest.post('/broadcast/', { ...JINA_SEED_BODY, name })).body.id as string;
      const [older, newer] = [await send('Older'), await send('Newer')];
      const first = await rest.get('/broadcast/?limit=1');
      expect(first.body).toEqual({ items: [expect.objectContaining({ id: newer, name: 'Newer' })], next_cursor: expect.any(String) });
      const second = await rest.get(`/broadcast/?limit=1&cursor=${first.body.next_cursor}`);
      expect(second.body.items.map((item: { id: string }) => item.id)).toEqual([older]);
      expect(Object.keys(first.body.items[0])).toEqual(expect.arrayContaining(['status', 'bot_app_id', 'message_text', ...COUNTS]));
      const one = await rest.get(`/broadcast/${older}/`);
      expect(one.body).toEqual({ ...second.body.items[0], progress: { percent: 100, sent_per_second: expect.any(Number), eta: null } });
    });

    it('answers 404 in the Jina envelope for a malformed or missing id', async () => {
      expectJinaError(await rest.get('/broadcast/not-a-uuid/'), 404, 'BROADCAST_NOT_FOUND');
      expectJinaError(await rest.get(`/broadcast/${MISSING_UUID}/`), 404, 'BROADCAST_NOT_FOUND');
    });
  });

  describe('OpenScouter: POST /api/telegram/send-job', () => {
    it('answers the seed’s request with the four counts, having sent the job to its segment with a button to its link', async () => {
      const response = await rest.post('/api/telegram/send-job', OPENSCOUTER_SEED_BODY);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        success: true,
        data: { jobId: 'job_abc123', eligibleTesters: 3, connectedToTelegram: 2, notificationsSent: 2, failedDeliveries: 0 },
        error: null,
        metadata: null,
      });
      const text = 'New opportunity: Checkout usability study\n\nTap below to view details.';
      expect(sentTo(world.bot.token, text)).toEqual([people.ada.id, people.grace.id].sort());
      const call = world.fake.callsTo('sendMessage', world.bot.token).find((sent) => sent.params.text === text)!;
      const button = (call.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; url: string }>> }).inline_keyboard[0][0];
      expect(button.text).toBe('View details');
      expect((await world.app.http().get(new URL(button.url).pathname).redirects(0)).headers.location).toBe('https://openscouter.com/studies/abc123');
    });

    it('reaches every contact with filterBySegment false, and counts a send Telegram refuses as failed', async () => {
      const job = { id: 'job_everyone', title: 'Open to all', url: 'https://openscouter.com/studies/all', message: 'A study for everyone' };
      expect((await rest.post('/api/jobs', job)).status).toBe(201);
      const response = await rest.post('/api/telegram/send-job', { jobId: 'job_everyone', filterBySegment: false });
      expect(response.body).toEqual({
        success: true,
        data: { jobId: 'job_everyone', eligibleTesters: 5, connectedToTelegram: 4, notificationsSent: 3, failedDeliveries: 1 },
        error: null,
        metadata: null,
      });
      expect(sentTo(world.bot.token, 'A study for everyone')).toEqual([people.ada.id, people.grace.id, people.linus.id].sort());
      const refused = world.fake.callsTo('sendMessage', world.bot.token).filter((call) => call.params.text === 'A study for everyone' && call.status !== 200);
      expect(refused.map((call) => [Number(call.params.chat_id), call.status])).toEqual([[people.fay.id, 403]]);
    });

    it('answers before the broadcast ends with how to follow it', async () => {
      const slow = await aTenant(world.app).build();
      const slowRest = restClient(world.app, slow.apiKey);
      const bot = await aBot(world.app, world.fake, slow, 'one a day');
      expect((await slowRest.put(`/telegram/v1/bots/${bot.id}/`, { daily_limit: 1 })).status).toBe(200);
      await deliver(world.app, world.fake, bot, slow.apiKey, messageFrom(aPerson(), '/start'), messageFrom(aPerson(), '/start'));
      await slowRest.post('/api/jobs', { id: 'job_slow', title: 'Slow', url: 'https://openscouter.com/studies/slow' }).expect(201);
      const response = await slowRest.post('/api/telegram/send-job', { jobId: 'job_slow' });
      expect(response.body).toEqual({
        success: true,
        data: { jobId: 'job_slow', eligibleTesters: 2, connectedToTelegram: 2, notificationsSent: 1, failedDeliveries: 0 },
        error: null,
        metadata: { broadcastId: expect.any(String), status: 'PAUSED_DAILY_LIMIT', queued: 1 },
      });
      const followed = await slowRest.get(`/broadcast/${response.body.metadata.broadcastId}/`);
      expect(followed.body).toMatchObject({ status: 'PAUSED_DAILY_LIMIT', sent_count: 1, queued_count: 1, bot_app_id: bot.id });
    });

    it('refuses bad input in the OpenScouter envelope', async () => {
      for (const input of [{}, { jobId: 5 }, { jobId: '' }, { jobId: 'job_abc123', filterBySegment: 'yes' }, { jobId: 'job_abc123', segment: 'x' }]) {
        expectOpenScouterError(await rest.post('/api/telegram/send-job', input), 400, 'INVALID_INPUT');
      }
      expectOpenScouterError(await rest.post('/api/telegram/send-job', { jobId: 'job_nobody_has' }), 404, 'JOB_NOT_FOUND');
    });
  });

  describe('tenant isolation', () => {
    let other: { tenant: BuiltTenant; bot: BuiltBot; carla: Person; carlaId: string; rest: Rest };

    beforeAll(async () => {
      const tenant = await aTenant(world.app).build();
      const bot = await aBot(world.app, world.fake, tenant, 'theirs');
      const carla = aPerson();
      await deliver(world.app, world.fake, bot, tenant.apiKey, messageFrom(carla, '/start'));
      // Carla also wrote to our bot: our own contact for her, not theirs.
      await deliver(world.app, world.fake, world.bot, world.tenant.apiKey, messageFrom(carla, 'hello'));
      other = { tenant, bot, carla, carlaId: await contactIdOf(world, tenant.apiKey, carla), rest: restClient(world.app, tenant.apiKey) };
    });

    it('never sends to another tenant’s contact ids, and counts them as skipped', async () => {
      const text = 'Not for their contacts';
      const response = await rest.post('/broadcast/', { name: 'Theirs', platform: 'TELEGRAM', message_text: text, recipients: [other.carlaId] });
      expect(response.body).toMatchObject({ total_recipients: 1, skipped_count: 1, sent_count: 0, queued_count: 0 });
      await finished(response.body.id);
      const attempts = [...world.fake.callsTo('sendMessage', world.bot.token), ...world.fake.callsTo('sendMessage', other.bot.token)];
      expect(attempts.filter((call) => call.params.text === text)).toEqual([]);
    });

    it('answers another tenant’s broadcast, bot and job as missing ones', async () => {
      const theirs = await other.rest.post('/broadcast/', { ...JINA_SEED_BODY, recipients: [other.carlaId] });
      expect(theirs.status).toBe(201);
      const mine = await rest.get(`/broadcast/${theirs.body.id}/`);
      const missing = await rest.get(`/broadcast/${MISSING_UUID}/`);
      expectJinaError(mine, 404, 'BROADCAST_NOT_FOUND');
      expect(mine.body.detail.replace(theirs.body.id, '<id>')).toBe(missing.body.detail.replace(MISSING_UUID, '<id>'));
      const listed = await rest.get('/broadcast/?limit=100');
      expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(theirs.body.id);
      expectJinaError(await rest.post('/broadcast/', { ...JINA_SEED_BODY, bot_app_id: other.bot.id }), 404, 'BOT_NOT_FOUND');
      expectOpenScouterError(await other.rest.post('/api/telegram/send-job', { jobId: 'job_everyone' }), 404, 'JOB_NOT_FOUND');
    });
  });
});
