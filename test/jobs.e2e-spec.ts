import { BotApiFake } from '@switchboard/bot-api-fake';
import { aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { aPerson, deliver, messageFrom } from './support/telegram-people';
import { TelegramWorld, startTelegramWorld } from './support/telegram-world';
import { TestApp } from './support/test-app';

/** OpenScouter's jobs and POST /api/telegram/job-notify, as its seed documents them. */
describe('jobs and job-notify', () => {
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

  const as = (who: BuiltTenant) => ({
    post: (path: string, body: object) => app.http().post(path).set('authorization', `Bearer ${who.apiKey}`).send(body),
    get: (path: string) => app.http().get(path).set('authorization', `Bearer ${who.apiKey}`),
  });

  /** A tester who connected Telegram: their backend gave us their chat id (an eSputnik token), and they wrote to the bot. */
  const connectedTester = async (testerId: string) => {
    const person = aPerson();
    await as(tenant).post(`/v1/apps/${bot.id}/tokens`, { tokens: [{ token: String(person.id), externalCustomerId: testerId }] }).expect(200);
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(person, 'hi'));
    return person;
  };

  it('creates and reads a job with the caller’s id', async () => {
    const created = await as(tenant).post('/api/jobs', { id: 'job_abc123', title: 'Checkout usability study', url: 'https://openscouter.com/studies/abc123' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      success: true,
      data: { id: 'job_abc123', title: 'Checkout usability study', url: 'https://openscouter.com/studies/abc123', segmentId: null, message: null, createdAt: expect.any(String) },
      error: null,
      metadata: null,
    });
    expect((await as(tenant).get('/api/jobs/job_abc123')).body.data.title).toBe('Checkout usability study');
    const again = await as(tenant).post('/api/jobs', { id: 'job_abc123', title: 'x', url: 'https://x.test' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ success: false, error: { code: 'JOB_EXISTS' } });
    const generated = await as(tenant).post('/api/jobs', { title: 'Generated', url: 'https://x.test/g' });
    expect(generated.body.data.id).toMatch(/^job_[A-Za-z0-9_-]+$/);
    const viaGraphql = await gql<{ job: { jobId: string; title: string } }>(app, '{ job(id: "job_abc123") { jobId title url } }', {}, tenant.apiKey);
    expect(viaGraphql.data!.job).toMatchObject({ jobId: 'job_abc123', title: 'Checkout usability study' });
  });

  it('notifies a connected tester as the seed shows, with a button to the job', async () => {
    const person = await connectedTester('user_xyz789');
    const response = await as(tenant).post('/api/telegram/job-notify', {
      testerId: 'user_xyz789',
      jobId: 'job_abc123',
      message: 'A new study matching your profile is available. Tap below to view details.',
    });
    expect(response.status).toBe(200);
    const call = fake.callsTo('sendMessage', bot.token).filter((c) => String(c.params.chat_id) === String(person.id)).at(-1)!;
    expect(response.body).toEqual({
      success: true,
      data: {
        testerId: 'user_xyz789',
        telegramChatId: person.id,
        messageId: (call.response as { result: { message_id: number } }).result.message_id,
        sentAt: expect.any(String),
      },
      error: null,
      metadata: null,
    });
    expect(call.params.text).toBe('A new study matching your profile is available. Tap below to view details.');
    const button = (call.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; url: string }>> }).inline_keyboard[0][0];
    expect(button.text).toBe('View details');
    const followed = await app.http().get(new URL(button.url).pathname).redirects(0);
    expect(followed.headers.location).toBe('https://openscouter.com/studies/abc123');
  });

  it('notifies a tester through GraphQL too, with the same errors as codes', async () => {
    const NOTIFY = `mutation($jobId: String!, $testerId: String!, $message: String) {
      notifyJobTester(jobId: $jobId, testerId: $testerId, message: $message) { testerId telegramChatId messageId sentAt }
    }`;
    const notify = (variables: Record<string, unknown>, apiKey = tenant.apiKey) =>
      gql<{ notifyJobTester: { testerId: string; telegramChatId: string; messageId: string; sentAt: string } }>(app, NOTIFY, variables, apiKey);
    const person = await connectedTester('graphql_tester');
    const sent = await notify({ jobId: 'job_abc123', testerId: 'graphql_tester', message: 'Told over GraphQL' });
    const call = fake.callsTo('sendMessage', bot.token).filter((c) => String(c.params.chat_id) === String(person.id)).at(-1)!;
    expect(call.params.text).toBe('Told over GraphQL');
    expect(sent.data!.notifyJobTester).toEqual({
      testerId: 'graphql_tester',
      telegramChatId: String(person.id),
      messageId: String((call.response as { result: { message_id: number } }).result.message_id),
      sentAt: expect.any(String),
    });

    const other = await aTenant(app).build();
    const refusals = [
      [{ jobId: 'job_abc123', testerId: 'nobody_at_all' }, tenant.apiKey, 'NOT_FOUND', 'TESTER_NOT_CONNECTED', 'Tester nobody_at_all has not connected a Telegram account'],
      [{ jobId: 'job_missing', testerId: 'graphql_tester' }, tenant.apiKey, 'NOT_FOUND', 'JOB_NOT_FOUND', 'Job job_missing not found'],
      [{ jobId: 'job_abc123', testerId: 'graphql_tester' }, other.apiKey, 'NOT_FOUND', 'JOB_NOT_FOUND', 'Job job_abc123 not found'],
      [{ jobId: 'job_abc123', testerId: '' }, tenant.apiKey, 'BAD_USER_INPUT', 'INVALID_INPUT', /testerId/],
    ] as const;
    for (const [variables, apiKey, code, reason, message] of refusals) {
      const refused = await notify(variables, apiKey);
      expect(refused.status).toBe(200);
      expect(refused.data).toBeNull();
      expect(refused.errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code, reason } });
    }
  });

  it('uses the platform template when no message is given', async () => {
    const person = await connectedTester('tester_template');
    await as(tenant).post('/api/telegram/job-notify', { testerId: 'tester_template', jobId: 'job_abc123' }).expect(200);
    const call = fake.callsTo('sendMessage', bot.token).filter((c) => String(c.params.chat_id) === String(person.id)).at(-1)!;
    expect(call.params.text).toBe('New opportunity: Checkout usability study\n\nTap below to view details.');
  });

  it('answers 404 when the tester has not connected a Telegram account', async () => {
    await gql(app, 'mutation { upsertContact(input: { externalCustomerId: "offline_tester", email: "o@example.com" }) { id } }', {}, tenant.apiKey);
    for (const testerId of ['offline_tester', 'nobody_at_all']) {
      const response = await as(tenant).post('/api/telegram/job-notify', { testerId, jobId: 'job_abc123' });
      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        success: false,
        data: null,
        error: { code: 'TESTER_NOT_CONNECTED', message: `Tester ${testerId} has not connected a Telegram account` },
        metadata: { requestId: response.headers['x-request-id'] },
      });
    }
    const unknownJob = await as(tenant).post('/api/telegram/job-notify', { testerId: 'user_xyz789', jobId: 'job_missing' });
    expect(unknownJob.status).toBe(404);
    expect(unknownJob.body.error.code).toBe('JOB_NOT_FOUND');
  });

  it('keeps jobs to their tenant', async () => {
    const other = await aTenant(app).build();
    expect((await as(other).get('/api/jobs/job_abc123')).status).toBe(404);
    const notify = await as(other).post('/api/telegram/job-notify', { testerId: 'user_xyz789', jobId: 'job_abc123' });
    expect(notify.status).toBe(404);
    expect((await as(other).post('/api/jobs', { id: 'job_abc123', title: 'Theirs', url: 'https://x.test' })).status).toBe(201);
  });
});
