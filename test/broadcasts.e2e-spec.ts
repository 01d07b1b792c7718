import { BotApiFake } from '@switchboard/bot-api-fake';
import { backgroundWait } from '@switchboard/common';
import { aBot, aTenant, BuiltBot, BuiltTenant, eventually } from './support/builders';
import { BroadcastApi, blockedUpdate, followProgress, peopleWhoStarted, sendsByChat } from './support/broadcasts';
import { aPerson, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

const HOUR_MS = 3_600_000;

/** Broadcasts through GraphQL: drafted, launched, followed, sent to every reachable contact once. */
describe('broadcasts', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let people: Person[];
  let api: BroadcastApi;

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).build();
    api = new BroadcastApi(app, tenant.apiKey);
    bot = await aBot(app, fake, tenant);
    people = [aPerson({ first_name: 'Ada', last_name: 'Lovelace', username: 'ada' }), aPerson({ first_name: 'Grace' }), aPerson({ first_name: 'Linus', username: undefined })];
    await deliver(app, fake, bot, tenant.apiKey, ...people.map((person) => messageFrom(person, '/start')));
  });
  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  /** A bot of its own with `count` people who started it, its settings changed through updateBot. */
  const botWithPeople = async (count: number, settings: Record<string, unknown> = {}) => {
    const own = await aBot(app, fake, tenant);
    if (Object.keys(settings).length > 0) await api.updateBot(own.id, settings);
    return { bot: own, people: await peopleWhoStarted(app, fake, own, tenant.apiKey, count) };
  };
  const textsTo = (of: BuiltBot, person: Person) => fake.callsTo('sendMessage', of.token).filter((call) => String(call.params.chat_id) === String(person.id));

  it('sends a broadcast with merge fields to all contacts of the bot', async () => {
    const created = await api.create({ botId: bot.id, name: 'Hello', text: 'Hi {{first_name|there}}!', audience: { allContacts: true } });
    expect(created).toMatchObject({ state: 'DRAFT', name: 'Hello', botId: bot.id, paid: false, startedAt: null, audience: { allContacts: true, contactIds: null } });
    const done = await api.launchAndFinish(created.id);
    expect(done.state).toBe('COMPLETED');
    expect(done.stats).toMatchObject({ audience: 3, sent: 3, skipped: 0, failed: 0, queued: 0, cancelled: 0 });
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt).not.toBeNull();
    const texts = fake.callsTo('sendMessage', bot.token).map((sent) => sent.params.text).sort();
    expect(texts).toEqual(['Hi Ada!', 'Hi Grace!', 'Hi Linus!']);
  });

  describe('lifecycle', () => {
    it('edits a DRAFT and a SCHEDULED broadcast, and refuses once it is finished', async () => {
      const draft = await api.create({ botId: bot.id, name: 'Draft', text: 'first text', audience: { allContacts: true } });
      const edited = await api.tryUpdate(draft.id, { name: '  Renamed ', text: 'second text', parseMode: 'HTML' });
      expect(edited.errors).toBeUndefined();
      expect(edited.data!.updateBroadcast).toMatchObject({ state: 'DRAFT', name: 'Renamed', text: 'second text', parseMode: 'HTML' });

      const later = new Date(Date.now() + HOUR_MS);
      const scheduled = await api.launch(draft.id, later);
      expect(scheduled).toMatchObject({ state: 'SCHEDULED', scheduledAt: later.toISOString(), startedAt: null });
      const whileScheduled = await api.tryUpdate(draft.id, { text: 'third text', parseMode: null });
      expect(whileScheduled.data!.updateBroadcast).toMatchObject({ state: 'SCHEDULED', text: 'third text', parseMode: null });
      expect((await api.find(draft.id))!.text).toBe('third text');

      const cancelled = await api.change('cancel', draft.id);
      expect(cancelled.state).toBe('CANCELLED');
      expect(cancelled.finishedAt).not.toBeNull();
      const refused = await api.tryUpdate(draft.id, { text: 'too late' });
      expect(refused.data).toBeNull();
      expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_STATE' });
      expect(fake.calls.filter((call) => ['second text', 'third text'].includes(call.params.text as string))).toEqual([]);
    });

    it('refuses a schedule in the past, and starts a schedule a little ahead by itself', async () => {
      const broadcast = await api.create({ botId: bot.id, name: 'Soon', text: 'scheduled hello', audience: { allContacts: true } });
      const past = await api.tryLaunch(broadcast.id, new Date(Date.now() - HOUR_MS));
      expect(past.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SCHEDULE_IN_PAST' });
      expect((await api.find(broadcast.id))!.state).toBe('DRAFT');

      const at = new Date(Date.now() + 3_000);
      expect((await api.launch(broadcast.id, at)).state).toBe('SCHEDULED');
      const done = await api.until(broadcast.id, (b) => b.state === 'COMPLETED', 15_000);
      expect(done.stats).toMatchObject({ sent: 3, queued: 0 });
      const sends = fake.callsTo('sendMessage', bot.token).filter((call) => call.params.text === 'scheduled hello');
      expect(sends).toHaveLength(3);
      expect(Math.min(...sends.map((call) => call.at))).toBeGreaterThanOrEqual(at.getTime() - 1_000);
    });

    it('pauses, resumes and cancels a running broadcast, and answers every other move with a conflict', async () => {
      const slow = await botWithPeople(8, { sendRate: '1/s' });
      const broadcast = await api.create({ botId: slow.bot.id, name: 'Slow', text: 'slowly', audience: { allContacts: true } });
      const conflict = async (action: Promise<{ errors?: Array<{ extensions: { code: string; reason?: string } }> }>) =>
        expect((await action).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_STATE' });

      await conflict(api.tryChange('pause', broadcast.id));
      await conflict(api.tryChange('resume', broadcast.id));
      const running = await api.launch(broadcast.id);
      expect(running.state).toBe('RUNNING');
      await conflict(api.tryLaunch(broadcast.id));
      await conflict(api.tryUpdate(broadcast.id, { text: 'changed mid-way' }));
      await conflict(api.tryChange('resume', broadcast.id));
      expect((await api.change('pause', broadcast.id)).state).toBe('PAUSED');
      await conflict(api.tryChange('pause', broadcast.id));
      await conflict(api.tryUpdate(broadcast.id, { text: 'changed while paused' }));
      expect((await api.change('resume', broadcast.id)).state).toBe('RUNNING');
      expect((await api.change('cancel', broadcast.id)).state).toBe('CANCELLED');
      for (const action of ['pause', 'resume', 'cancel'] as const) await conflict(api.tryChange(action, broadcast.id));
      await conflict(api.tryLaunch(broadcast.id));

      const completed = await api.sendAndFinish({ botId: slow.bot.id, name: 'Done', text: 'one more', audience: { contactIds: await api.contactIdsOf(slow.bot, slow.people.slice(0, 1)) } });
      expect(completed.state).toBe('COMPLETED');
      await conflict(api.tryUpdate(completed.id, { text: 'after the end' }));
      for (const action of ['pause', 'resume', 'cancel'] as const) await conflict(api.tryChange(action, completed.id));
      await conflict(api.tryLaunch(completed.id));
    });

    it('answers an id that is no broadcast’s with NOT_FOUND, and one that is no uuid with a refusal, never an internal error', async () => {
      const answersFor = async (id: string) => {
        const answers = [
          await api.tryUpdate(id, { text: 'x' }),
          await api.tryLaunch(id),
          ...(await Promise.all((['pause', 'resume', 'cancel'] as const).map((action) => api.tryChange(action, id)))),
        ];
        return answers.map((answer) => answer.errors?.[0].extensions.code);
      };
      expect(await answersFor('00000000-0000-4000-8000-000000000000')).toEqual(Array(5).fill('NOT_FOUND'));
      for (const id of ['-1', '1180591620717411303424', 'not-an-id']) {
        // launchBroadcast's arguments are validated as a uuid; the others look the id up.
        expect(await answersFor(id)).toEqual(['NOT_FOUND', 'BAD_USER_INPUT', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
        expect(await api.find(id)).toBeNull();
      }
    });
  });

  describe('reading', () => {
    it('lists newest first, in pages, filtered by state and bot', async () => {
      const own = await aBot(app, fake, tenant);
      const make = (name: string) => api.create({ botId: own.id, name, text: name, audience: { allContacts: true } });
      const first = await make('first');
      const second = await make('second');
      const third = await make('third');
      await api.launch(second.id, new Date(Date.now() + HOUR_MS));
      await api.change('cancel', third.id);
      const list = async (args: Record<string, unknown>) => {
        const result = await api.call(
          `query($first: Int!, $after: String, $state: BroadcastState, $botId: ID) {
            broadcasts(first: $first, after: $after, state: $state, botId: $botId) { nodes { id state botId } pageInfo { hasNextPage endCursor } } }`,
          { first: 50, ...args },
        );
        expect(result.errors).toBeUndefined();
        return result.data!.broadcasts as { nodes: Array<{ id: string; state: string; botId: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };

      const page1 = await list({ botId: own.id, first: 2 });
      expect(page1.nodes.map((node) => node.id)).toEqual([third.id, second.id]);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = await list({ botId: own.id, first: 2, after: page1.pageInfo.endCursor });
      expect(page2.nodes.map((node) => node.id)).toEqual([first.id]);
      expect(page2.pageInfo.hasNextPage).toBe(false);

      expect((await list({ botId: own.id, state: 'SCHEDULED' })).nodes.map((node) => node.id)).toEqual([second.id]);
      expect((await list({ botId: own.id, state: 'COMPLETED' })).nodes).toEqual([]);
      const drafts = await list({ state: 'DRAFT', first: 100 });
      expect(drafts.nodes.map((node) => node.id)).toContain(first.id);
      expect(drafts.nodes.every((node) => node.state === 'DRAFT')).toBe(true);
      const everyBot = await list({ first: 100 });
      expect(new Set(everyBot.nodes.map((node) => node.botId)).size).toBeGreaterThan(1);
    });

    it('estimates recipients, rate and duration at the bot’s send rate', async () => {
      const own = await botWithPeople(3, { sendRate: '2/s' });
      const blocked = aPerson();
      await deliver(app, fake, own.bot, tenant.apiKey, messageFrom(blocked, '/start'), blockedUpdate(own.bot, blocked));
      const broadcast = await api.create({ botId: own.bot.id, name: 'Estimate', text: 'x', audience: { allContacts: true } });
      const estimate = await api.find(broadcast.id, 'estimate { recipients sendRate durationSeconds paid stars }');
      expect(estimate).toEqual({ estimate: { recipients: 3, sendRate: '2/s', durationSeconds: 1.5, paid: false, stars: null } });
      const byDefault = await api.create({ botId: bot.id, name: 'Default rate', text: 'x', audience: { allContacts: true } });
      expect(await api.find(byDefault.id, 'estimate { recipients sendRate durationSeconds paid stars }')).toEqual({
        estimate: { recipients: 3, sendRate: '30/s', durationSeconds: 0.1, paid: false, stars: null },
      });
    });

    it('reports stats and progress while running and once completed', async () => {
      const slow = await botWithPeople(4, { sendRate: '2/s' });
      const broadcast = await api.create({ botId: slow.bot.id, name: 'Progress', text: 'progress', audience: { allContacts: true } });
      await api.launch(broadcast.id);
      const midway = await eventually(
        async () => ({ readAt: Date.now(), ...(await api.find<MidwayView>(broadcast.id, 'state stats { audience sent queued } progress { percent sentPerSecond eta }'))! }),
        (view) => view.stats.sent >= 1 && view.stats.sent < 4,
        10_000,
      );
      expect(midway.state).toBe('RUNNING');
      expect(midway.stats.audience).toBe(4);
      expect(midway.stats.queued).toBe(4 - midway.stats.sent);
      expect(midway.progress.percent).toBeGreaterThan(0);
      expect(midway.progress.percent).toBeLessThan(100);
      expect(new Date(midway.progress.eta!).getTime()).toBeGreaterThan(midway.readAt);
      await api.until(broadcast.id, (b) => b.state === 'COMPLETED', 15_000);
      const done = await api.find(broadcast.id, 'stats { audience sent queued } progress { percent eta }');
      expect(done).toEqual({ stats: { audience: 4, sent: 4, queued: 0 }, progress: { percent: 100, eta: null } });
    });

    it('pushes progress over broadcastProgress at most about once a second, ending when the broadcast completes', async () => {
      const slow = await botWithPeople(5, { sendRate: '2/s' });
      const broadcast = await api.create({ botId: slow.bot.id, name: 'Followed', text: 'followed', audience: { allContacts: true } });
      const listener = followProgress(app, tenant.apiKey, broadcast.id);
      try {
        await eventually(async () => listener.updates.length, (count) => count > 0, 5_000);
        expect(listener.updates[0].update).toMatchObject({ broadcastId: broadcast.id, state: 'DRAFT' });
        await api.launch(broadcast.id);
        await Promise.race([listener.completed, backgroundWait(20_000)]);
        expect(listener.errors).toEqual([]);
        const updates = listener.updates.map((entry) => entry.update);
        expect(updates.at(-1)).toMatchObject({ state: 'COMPLETED', stats: { sent: 5, queued: 0 }, progress: { percent: 100 } });
        const sentCounts = updates.map((update) => update.stats.sent);
        expect(sentCounts).toEqual([...sentCounts].sort((a, b) => a - b));
        expect(updates.filter((update) => update.state === 'RUNNING' && update.stats.sent > 0 && update.stats.sent < 5).length).toBeGreaterThan(0);
        const gaps = listener.updates.slice(1).map((entry, index) => entry.at - listener.updates[index].at);
        // Pushed a second apart; arrivals jitter on a busy machine.
        expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
        expect(gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length).toBeGreaterThanOrEqual(900);
      } finally {
        await listener.close();
      }
    });
  });

  describe('content', () => {
    it('fills merge fields, with defaults, escaped for HTML and MarkdownV2', async () => {
      const own = await aBot(app, fake, tenant);
      const bob = aPerson({ first_name: '<b>Bob</b> & co', last_name: 'O_Neil*[x](y)!', username: 'bob_the_builder' });
      const eve = aPerson({ first_name: 'Eve', last_name: undefined, username: undefined });
      await deliver(app, fake, own, tenant.apiKey, messageFrom(bob, '/start'), messageFrom(eve, '/start'));
      const [bobId, eveId] = await Promise.all([api.contactIdsOf(own, [bob]), api.contactIdsOf(own, [eve])]).then((ids) => ids.flat());
      await api.updateContact(bobId, { attributes: { plan: 'pro & more', seats: 3 } });
      const audience = { contactIds: [bobId, eveId] };

      await api.sendAndFinish({
        botId: own.id,
        name: 'Plain',
        text: 'Hi {{first_name}} {{last_name|Doe}} (@{{username|nobody}}), plan {{attributes.plan|free}}, seats {{attributes.seats}}.',
        audience,
      });
      expect(textsTo(own, bob).at(-1)!.params.text).toBe('Hi <b>Bob</b> & co O_Neil*[x](y)! (@bob_the_builder), plan pro & more, seats 3.');
      expect(textsTo(own, eve).at(-1)!.params.text).toBe('Hi Eve Doe (@nobody), plan free, seats .');

      const html = await api.sendAndFinish({ botId: own.id, name: 'HTML', text: '<i>{{first_name}}</i> <b>{{attributes.plan|free &amp; easy}}</b>', parseMode: 'HTML', audience });
      expect(html.stats).toMatchObject({ sent: 2, failed: 0 });
      expect(textsTo(own, bob).at(-1)!.params).toMatchObject({ parse_mode: 'HTML', text: '<i>&lt;b&gt;Bob&lt;/b&gt; &amp; co</i> <b>pro &amp; more</b>' });
      expect(textsTo(own, eve).at(-1)!.params.text).toBe('<i>Eve</i> <b>free &amp; easy</b>');

      const markdown = await api.sendAndFinish({ botId: own.id, name: 'MarkdownV2', text: '*{{last_name|none}}* _{{username|anon}}_ {{first_name}}\\!', parseMode: 'MarkdownV2', audience });
      expect(markdown.stats).toMatchObject({ sent: 2, failed: 0 });
      expect(textsTo(own, bob).at(-1)!.params).toMatchObject({ parse_mode: 'MarkdownV2', text: '*O\\_Neil\\*\\[x\\]\\(y\\)\\!* _bob\\_the\\_builder_ <b\\>Bob</b\\> & co\\!' });
      expect(textsTo(own, eve).at(-1)!.params.text).toBe('*none* _anon_ Eve\\!');
    });

    it('uses a default when the contact has no value', async () => {
      const own = await aBot(app, fake, tenant);
      const person = aPerson({ first_name: 'Temporary' });
      await deliver(app, fake, own, tenant.apiKey, messageFrom(person, '/start'));
      const [id] = await api.contactIdsOf(own, [person]);
      await api.updateContact(id, { firstName: null });
      await api.sendAndFinish({ botId: own.id, name: 'Default', text: 'Hello {{first_name|there}}!', audience: { contactIds: [id] } });
      expect(textsTo(own, person).map((call) => call.params.text)).toEqual(['Hello there!']);
    });

    it('refuses an unknown merge field at create and at update', async () => {
      for (const text of ['Hi {{email}}', 'Hi {{First_Name}}', '{{attributes.}}']) {
        const refused = await api.tryCreate({ botId: bot.id, name: 'Bad', text, audience: { allContacts: true } });
        expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_MERGE_FIELD' });
        expect(refused.errors![0].message).toContain('Unknown merge field');
      }
      const draft = await api.create({ botId: bot.id, name: 'Fine', text: 'Hi {{first_name}}', audience: { allContacts: true } });
      const update = await api.tryUpdate(draft.id, { text: 'Hi {{phone}}' });
      expect(update.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_MERGE_FIELD' });
      expect((await api.find(draft.id))!.text).toBe('Hi {{first_name}}');
    });

    it('sends a photo with its caption, by URL or file_id, and refuses a caption over 1,024 characters', async () => {
      const own = await botWithPeople(2);
      for (const photo of ['https://example.com/cats/1.jpg', 'AgACAgIAAxkBAAIBZ2ZQ_photo-file-id-123456']) {
        const done = await api.sendAndFinish({ botId: own.bot.id, name: 'Photo', text: 'Look, {{first_name}}', photo, audience: { allContacts: true } });
        expect(done).toMatchObject({ state: 'COMPLETED', photo, stats: { sent: 2, failed: 0 } });
        const calls = fake.callsTo('sendPhoto', own.bot.token).filter((call) => call.params.photo === photo);
        expect(calls.map((call) => call.params.caption).sort()).toEqual(own.people.map((person) => `Look, ${person.first_name}`).sort());
      }
      expect(fake.callsTo('sendMessage', own.bot.token)).toEqual([]);

      const long = 'x'.repeat(1_025);
      const refused = await api.tryCreate({ botId: own.bot.id, name: 'Long', text: long, photo: 'https://example.com/cats/2.jpg', audience: { allContacts: true } });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CONTENT' });
      const asText = await api.create({ botId: own.bot.id, name: 'Long text', text: long, audience: { allContacts: true } });
      const addPhoto = await api.tryUpdate(asText.id, { photo: 'https://example.com/cats/2.jpg' });
      expect(addPhoto.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CONTENT' });
      expect(await api.create({ botId: own.bot.id, name: 'Exact', text: 'y'.repeat(1_024), photo: 'https://example.com/cats/3.jpg', audience: { allContacts: true } })).toMatchObject({
        state: 'DRAFT',
      });
    });

    it('counts a press of its callback button as a click of that broadcast', async () => {
      const own = await botWithPeople(2);
      const markup = { inline_keyboard: [[{ text: 'Yes, please', callback_data: 'offer:yes' }]] };
      const done = await api.sendAndFinish({ botId: own.bot.id, name: 'Offer', text: 'Want it?', replyMarkup: markup, audience: { allContacts: true } });
      expect(done.stats).toMatchObject({ sent: 2, clicked: 0 });
      const [presser, other] = own.people;
      const [sent] = textsTo(own.bot, presser);
      const button = (sent.params.reply_markup as typeof markup).inline_keyboard[0][0];
      expect(button.text).toBe('Yes, please');
      const messageId = (sent.response as { result: { message_id: number } }).result.message_id;
      await deliver(app, fake, own.bot, tenant.apiKey, {
        callback_query: {
          id: `press-${messageId}`,
          from: presser,
          chat_instance: 'offer',
          data: button.callback_data,
          message: { message_id: messageId, chat: { id: presser.id, type: 'private' }, date: 1, text: 'Want it?' },
        },
      });
      const clicked = await api.until(done.id, (b) => b.stats.clicked === 1, 5_000);
      expect(clicked.stats).toMatchObject({ sent: 2, clicked: 1 });
      expect(fake.callsTo('answerCallbackQuery', own.bot.token).map((call) => call.params.callback_query_id)).toEqual([`press-${messageId}`]);
      const [presserId, otherId] = await api.contactIdsOf(own.bot, [presser, other]);
      const statuses = Object.fromEntries((await api.deliveries(done.id)).map((recipient) => [recipient.contactId, recipient.status]));
      expect(statuses).toEqual({ [presserId]: 'CLICKED', [otherId]: 'SENT' });
      expect((await api.deliveries(done.id, 'CLICKED')).map((recipient) => recipient.contactId)).toEqual([presserId]);
    });
  });

  describe('paid broadcasts', () => {
    it('sends every message with allow_paid_broadcast for a bot with paid broadcasts on, and estimates its Stars', async () => {
      const paid = await botWithPeople(40, { paidBroadcasts: true });
      const broadcast = await api.create({ botId: paid.bot.id, name: 'Paid', text: 'paid hello', audience: { allContacts: true } });
      expect(await api.find(broadcast.id, 'estimate { recipients sendRate durationSeconds paid stars }')).toEqual({
        estimate: { recipients: 40, sendRate: '1000/s', durationSeconds: 0, paid: true, stars: 1 },
      });
      const done = await api.launchAndFinish(broadcast.id);
      expect(done).toMatchObject({ state: 'COMPLETED', paid: true, stats: { sent: 40 } });
      const calls = fake.callsTo('sendMessage', paid.bot.token);
      expect(calls).toHaveLength(40);
      expect(calls.every((call) => call.params.allow_paid_broadcast === true && call.paidBroadcast)).toBe(true);
    });

    it('sends none with allow_paid_broadcast for a bot without', async () => {
      const free = await botWithPeople(3);
      const done = await api.sendAndFinish({ botId: free.bot.id, name: 'Free', text: 'free hello', audience: { allContacts: true } });
      expect(done).toMatchObject({ state: 'COMPLETED', paid: false, stats: { sent: 3 } });
      expect(await api.find(done.id, 'estimate { paid stars }')).toEqual({ estimate: { paid: false, stars: null } });
      const calls = fake.callsTo('sendMessage', free.bot.token);
      expect(calls).toHaveLength(3);
      expect(calls.filter((call) => 'allow_paid_broadcast' in call.params || call.paidBroadcast)).toEqual([]);
      expect([...sendsByChat(fake, free.bot).values()]).toEqual([1, 1, 1]);
    });
  });
});

interface MidwayView {
  state: string;
  stats: { audience: number; sent: number; queued: number };
  progress: { percent: number; sentPerSecond: number; eta: string | null };
}
