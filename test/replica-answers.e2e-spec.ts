import { setTimeout as sleep } from 'node:timers/promises';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { LlmFake } from '@switchboard/llm-fake';
import { aTenant, BuiltTenant, eventually } from './support/builders';
import { aSupergroup, anAnsweringReplica, AnsweringReplica, callsInto, replyToBot, sentInto, topicMessageFrom } from './support/replica-chats';
import { aWebhookSecret, sensayClient } from './support/replicas';
import { TenantEndpointFake } from './support/tenant-endpoint-fake';
import { aPerson, messageFrom } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

const LLM_KEY = 'sk-test-platform-key';
const ANSWER_TIMEOUT_SECONDS = 6;
const FALLBACK = "Sorry, I can't answer right now. Please try again in a little while.";

/** How replicas answer on Telegram: which messages, in what order, with typing and drafts, from an OpenAI-compatible model. */
describe('replica answers', () => {
  let fake: BotApiFake;
  let llm: LlmFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let replica: AnsweringReplica;

  beforeAll(async () => {
    fake = await startTelegramFake();
    llm = new LlmFake({ apiKey: LLM_KEY });
    await llm.start();
    app = await startTestApp({
      telegram: fake,
      env: { REPLICA_LLM_BASE_URL: llm.baseUrl, REPLICA_LLM_API_KEY: LLM_KEY, REPLICA_ANSWER_TIMEOUT: String(ANSWER_TIMEOUT_SECONDS) },
    });
    tenant = await aTenant(app).build();
    replica = await anAnsweringReplica(app, fake, tenant, { suggestedQuestions: ['When is breakfast?', 'Is there a pool?'] });
  });
  afterEach(() => llm.reset());
  afterAll(async () => {
    await app.close();
    await llm.stop();
    await fake.stop();
  });

  const tell = async (update: object) => {
    const result = await fake.deliverUpdate(replica.bot.token, update);
    expect(result.delivered).toBe(true);
  };
  const requestsAbout = (text: string) => llm.chatRequests().filter((request) => request.messages.at(-1)?.content === text);

  describe('in a private chat', () => {
    it('greets /start with the suggested questions as a reply keyboard', async () => {
      const person = aPerson();
      await tell(messageFrom(person, '/start'));
      const [greeting] = await sentInto(fake, replica.bot, person.id);
      expect(greeting.params.text).toBe('Hi! I am the concierge. How can I help?');
      expect(greeting.params.reply_markup).toMatchObject({ keyboard: [[{ text: 'When is breakfast?' }], [{ text: 'Is there a pool?' }]] });
      expect(llm.chatRequests()).toHaveLength(0);
    });

    it('streams drafts at most about once a second, then sends the whole answer with sendMessage', async () => {
      const person = aPerson();
      const pieces = 'Breakfast is served from seven to half past ten in the garden room, every day of the week.'.split(/(?= )/);
      llm.replyWith(() => ({ text: pieces }));
      llm.setTiming({ chunkDelayMs: 150 });
      await tell(messageFrom(person, 'When is breakfast?'));
      const [answer] = await sentInto(fake, replica.bot, person.id);
      expect(answer.params.text).toBe(pieces.join(''));
      const drafts = callsInto(fake, replica.bot, 'sendMessageDraft', person.id);
      expect(drafts.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < drafts.length; i++) expect(drafts[i].at - drafts[i - 1].at).toBeGreaterThanOrEqual(900);
      expect(new Set(drafts.map((draft) => draft.params.draft_id)).size).toBe(1);
      expect(Number(drafts[0].params.draft_id)).not.toBe(0);
      expect(drafts.every((draft) => String(answer.params.text).startsWith(String(draft.params.text)))).toBe(true);
      expect(drafts.at(-1)!.at).toBeLessThan(answer.at);
    });

    it('gives the model the system message and the chat so far, and remembers earlier turns', async () => {
      const person = aPerson();
      llm.replyWith((request) => `Answer to: ${request.messages.at(-1)!.content}`);
      await tell(messageFrom(person, 'Do you have parking?'));
      await sentInto(fake, replica.bot, person.id);
      await tell(messageFrom(person, 'How much is it?'));
      await sentInto(fake, replica.bot, person.id, 2);
      const [second] = requestsAbout('How much is it?');
      expect(second.model).toBe('gpt-4o');
      expect(second.messages).toEqual([
        { role: 'system', content: 'You are a friendly concierge.' },
        { role: 'user', content: 'Do you have parking?' },
        { role: 'assistant', content: 'Answer to: Do you have parking?' },
        { role: 'user', content: 'How much is it?' },
      ]);
      expect(llm.requests().at(-1)!.headers.authorization).toBe(`Bearer ${LLM_KEY}`);
    });

    it('falls back to typing alone when Telegram rejects drafts', async () => {
      const person = aPerson();
      const refusal = fake.inject({ method: 'sendMessageDraft', times: Infinity, fault: { kind: 'bad-request', description: 'method is not available' } });
      try {
        llm.replyWith(() => ({ text: 'One moment, let me check the spa opening hours for you.'.split(/(?= )/) }));
        llm.setTiming({ chunkDelayMs: 200 });
        await tell(messageFrom(person, 'Spa hours?'));
        const [answer] = await sentInto(fake, replica.bot, person.id);
        expect(answer.params.text).toBe('One moment, let me check the spa opening hours for you.');
        expect(callsInto(fake, replica.bot, 'sendMessageDraft', person.id)).toHaveLength(1);
        expect(callsInto(fake, replica.bot, 'sendChatAction', person.id).length).toBeGreaterThanOrEqual(1);
      } finally {
        refusal.remove();
      }
    });

    it('keeps "typing" up every 4 s while a slow answer is prepared, and stops once it is sent', async () => {
      const person = aPerson();
      llm.replyWith(() => ({ text: 'Checked: the pool is open.', delayMs: 4_500 }));
      await tell(messageFrom(person, 'Is the pool open?'));
      const [answer] = await sentInto(fake, replica.bot, person.id);
      const typing = callsInto(fake, replica.bot, 'sendChatAction', person.id);
      expect(typing.map((call) => call.params.action)).toEqual(expect.arrayContaining(['typing']));
      expect(typing.length).toBeGreaterThanOrEqual(2);
      expect(typing[1].at - typing[0].at).toBeGreaterThanOrEqual(3_500);
      expect(typing[1].at - typing[0].at).toBeLessThan(4_900);
      await sleep(4_500);
      expect(callsInto(fake, replica.bot, 'sendChatAction', person.id).filter((call) => call.at > answer.at + 500)).toHaveLength(0);
    });

    it('answers one chat in order, one message at a time, while another chat is answered at once', async () => {
      const slow = aPerson();
      const quick = aPerson();
      llm.replyWith(async (request) => {
        const asked = request.messages.at(-1)!.content;
        return { text: `Re: ${asked}`, delayMs: asked === 'first question' ? 2_000 : 0 };
      });
      await tell(messageFrom(slow, 'first question'));
      await tell(messageFrom(slow, 'second question'));
      await tell(messageFrom(quick, 'quick question'));
      const [quickAnswer] = await sentInto(fake, replica.bot, quick.id);
      const slowAnswers = await sentInto(fake, replica.bot, slow.id, 2);
      expect(slowAnswers.map((call) => call.params.text)).toEqual(['Re: first question', 'Re: second question']);
      expect(quickAnswer.at).toBeLessThan(slowAnswers[0].at);
      const [secondAsked] = requestsAbout('second question');
      expect(secondAsked.messages.map((message) => message.content)).toContain('Re: first question');
    });

    it('sends a polite fallback when the model fails, or says nothing within the answer timeout', async () => {
      const failing = aPerson();
      llm.replyWith(() => ({ error: { status: 500 } }));
      await tell(messageFrom(failing, 'Anything?'));
      expect((await sentInto(fake, replica.bot, failing.id))[0].params.text).toBe(FALLBACK);

      const waiting = aPerson();
      llm.replyWith(() => ({ hang: true }));
      const askedAt = Date.now();
      await tell(messageFrom(waiting, 'Hello?'));
      const [fallback] = await sentInto(fake, replica.bot, waiting.id, 1, (ANSWER_TIMEOUT_SECONDS + 10) * 1_000);
      expect(fallback.params.text).toBe(FALLBACK);
      expect(fallback.at - askedAt).toBeGreaterThanOrEqual(ANSWER_TIMEOUT_SECONDS * 1_000 - 500);
    });

    it('answers the same update once, however often Telegram delivers it', async () => {
      const person = aPerson();
      // The fake learns of the chat from an update it delivers itself.
      await tell(messageFrom(person, '/start'));
      await sentInto(fake, replica.bot, person.id);
      const update = { update_id: 880_000_001, ...messageFrom(person, 'Only once, please') };
      const webhook = fake.webhookOf(replica.bot.token)!;
      for (let delivery = 0; delivery < 3; delivery++) {
        const response = await app.http().post(new URL(webhook.url).pathname).set('x-telegram-bot-api-secret-token', webhook.secretToken!).send(update);
        expect(response.status).toBe(200);
      }
      await sentInto(fake, replica.bot, person.id, 2);
      await sleep(1_000);
      expect(callsInto(fake, replica.bot, 'sendMessage', person.id)).toHaveLength(2);
      expect(requestsAbout('Only once, please')).toHaveLength(1);
    });
  });

  it("answers from the tenant's own endpoint, which verifies the request's signature", async () => {
    const secret = aWebhookSecret();
    const endpoint = new TenantEndpointFake(secret);
    await endpoint.start();
    try {
      const ownEndpoint = await anAnsweringReplica(app, fake, tenant, { endpoint: { url: endpoint.url, secret } });
      const person = aPerson();
      await fake.deliverUpdate(ownEndpoint.bot.token, messageFrom(person, 'Can I check in early?'));
      const [answer] = await sentInto(fake, ownEndpoint.bot, person.id);
      expect(answer.params.text).toBe('Endpoint heard: Can I check in early?');
      const [request] = endpoint.requests();
      expect(request.verified).toBe(true);
      expect(request.headers).toMatchObject({ 'webhook-id': expect.any(String), 'webhook-timestamp': expect.stringMatching(/^\d+$/), 'webhook-signature': expect.stringMatching(/^v1,/) });
      expect(llm.chatRequests()).toHaveLength(0);
    } finally {
      await endpoint.stop();
    }
  });

  describe('in a group', () => {
    it('answers only messages that name it, reply to it, or command it; in a topic, into that topic', async () => {
      const group = aSupergroup();
      const person = aPerson();
      llm.replyWith((request) => `Re: ${request.messages.at(-1)!.content}`);
      const quiet = ['Anyone for lunch?', '/menu', '/menu@SomeOtherBot'];
      for (const text of quiet) await tell(messageFrom(person, text, group));
      await tell(messageFrom(person, `@${replica.bot.username} is the bar open?`, group));
      await tell(replyToBot(person, 'and until when?', group, replica.bot));
      await tell(messageFrom(person, `/menu@${replica.bot.username}`, group));
      await tell(topicMessageFrom(person, `@${replica.bot.username} where is the gym?`, group, 42));
      const answers = await sentInto(fake, replica.bot, group.id, 4);
      expect(answers.map((call) => call.params.text)).toEqual([
        `Re: @${replica.bot.username} is the bar open?`,
        'Re: and until when?',
        `Re: /menu@${replica.bot.username}`,
        `Re: @${replica.bot.username} where is the gym?`,
      ]);
      expect(answers.slice(0, 3).every((call) => call.params.message_thread_id === undefined)).toBe(true);
      expect(Number(answers[3].params.message_thread_id)).toBe(42);
      expect(callsInto(fake, replica.bot, 'sendMessageDraft', group.id)).toHaveLength(0);
      for (const text of quiet) expect(requestsAbout(text)).toHaveLength(0);
    });
  });

  it('stops answering once its integration is removed', async () => {
    const person = aPerson();
    const removed = await sensayClient(app, tenant.apiKey).delete(`/v1/replicas/${replica.replicaId}/integrations/telegram`);
    expect(removed.status).toBe(200);
    await tell(messageFrom(person, 'Still there?'));
    await eventually(
      async () => (await app.http().get('/telegram/v1/webhook-events/?limit=100').set('authorization', `Bearer ${tenant.apiKey}`)).body.items,
      (items: Array<{ status: string }>) => items.every((item) => item.status !== 'QUEUED'),
    );
    await sleep(1_000);
    expect(callsInto(fake, replica.bot, 'sendMessage', person.id)).toHaveLength(0);
    expect(requestsAbout('Still there?')).toHaveLength(0);
  });
});

describe('a replica with no answerer', () => {
  it('answers with its greeting and says it cannot answer yet: never silent', async () => {
    const fake = await startTelegramFake();
    const app = await startTestApp({ telegram: fake });
    try {
      const tenant = await aTenant(app).build();
      const replica = await anAnsweringReplica(app, fake, tenant);
      const person = aPerson();
      await fake.deliverUpdate(replica.bot.token, messageFrom(person, 'Hello?'));
      const [answer] = await sentInto(fake, replica.bot, person.id);
      expect(answer.params.text).toBe("Hi! I am the concierge. How can I help?\n\nI can't answer questions yet, but I will soon.");
    } finally {
      await app.close();
      await fake.stop();
    }
  });
});
