import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './support/builders';
import { BroadcastApi } from './support/broadcasts';
import { GraphQLResult } from './support/graphql-client';
import { aPerson, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramFake, startTestApp, TestApp } from './support/test-app';

const PREVIEW = `query($botId: ID!, $contactId: ID!, $text: String!, $parseMode: String) {
  broadcastPreview(botId: $botId, contactId: $contactId, text: $text, parseMode: $parseMode) { text reachable } }`;

interface Preview {
  text: string;
  reachable: boolean;
}

/** broadcastPreview: a broadcast's text as one real contact would receive it. */
describe('broadcast preview', () => {
  let fake: BotApiFake;
  let app: TestApp;
  let tenant: BuiltTenant;
  let bot: BuiltBot;
  let api: BroadcastApi;
  let ada: Person;
  let adaId: string;
  let nameless: Person;
  let namelessId: string;

  beforeAll(async () => {
    fake = await startTelegramFake();
    app = await startTestApp({ telegram: fake });
    tenant = await aTenant(app).build();
    api = new BroadcastApi(app, tenant.apiKey);
    bot = await aBot(app, fake, tenant);
    ada = aPerson({ first_name: 'Ada <b>', last_name: 'Lovelace', username: 'ada' });
    nameless = aPerson({ first_name: '', username: undefined });
    await deliver(app, fake, bot, tenant.apiKey, messageFrom(ada, '/start'), messageFrom(nameless, '/start'));
    [adaId, namelessId] = await api.contactIdsOf(bot, [ada, nameless]);
    await api.updateContact(adaId, { attributes: { plan: 'pro' } });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.stop();
  });

  const preview = (variables: Record<string, unknown>): Promise<GraphQLResult<{ broadcastPreview: Preview }>> =>
    api.call(PREVIEW, { botId: bot.id, parseMode: null, ...variables });
  const previewOf = async (variables: Record<string, unknown>): Promise<Preview> => {
    const answer = await preview(variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!.broadcastPreview;
  };

  it('fills each merge field from the contact, escaped for the parse mode, and defaults where it has no value', async () => {
    const text = 'Hi {{first_name|there}} {{ last_name }}, plan {{attributes.plan|free}}, @{{username|nobody}}';
    await expect(previewOf({ contactId: adaId, text, parseMode: 'HTML' })).resolves.toEqual({ text: 'Hi Ada &lt;b&gt; Lovelace, plan pro, @ada', reachable: true });
    await expect(previewOf({ contactId: adaId, text })).resolves.toEqual({ text: 'Hi Ada <b> Lovelace, plan pro, @ada', reachable: true });
    await expect(previewOf({ contactId: namelessId, text })).resolves.toEqual({ text: 'Hi there , plan free, @nobody', reachable: true });
  });

  it('answers exactly the text a broadcast then sends the contact', async () => {
    const text = 'Hello {{first_name|friend}}, your plan: <i>{{attributes.plan|free}}</i>';
    const shown = await previewOf({ contactId: adaId, text, parseMode: 'HTML' });
    await api.sendAndFinish({ botId: bot.id, name: 'Compared', text, parseMode: 'HTML', audience: { contactIds: [adaId] } });
    const sent = fake.callsTo('sendMessage', bot.token).filter((call) => String(call.params.chat_id) === String(ada.id));
    expect(sent.map((call) => call.params.text)).toContain(shown.text);
  });

  it('says when the bot would not reach the contact', async () => {
    const offBot = await api.upsertContact({ externalCustomerId: `no-telegram-${Date.now()}`, firstName: 'Grace' });
    await expect(previewOf({ contactId: offBot, text: 'Hi {{first_name}}' })).resolves.toEqual({ text: 'Hi Grace', reachable: false });
  });

  it('refuses an unknown merge field as createBroadcast does', async () => {
    const text = 'Hi {{nickname}}';
    const refused = await preview({ contactId: adaId, text });
    const created = await api.tryCreate({ botId: bot.id, name: 'refused', text, audience: { allContacts: true } });
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_MERGE_FIELD' });
    expect(refused.errors![0].message).toBe(created.errors![0].message);
  });

  it('answers not found for a contact or bot that does not exist, and a 4xx for bad input', async () => {
    const noContact = await preview({ contactId: '999999999', text: 'Hi' });
    expect(noContact.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const noBot = await preview({ botId: '00000000-0000-4000-8000-000000000000', contactId: adaId, text: 'Hi' });
    expect(noBot.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    for (const bad of [{ parseMode: 'BBCode' }, { text: '' }, { text: 'x'.repeat(32_769) }, { botId: 'not-a-uuid' }, { contactId: 'x'.repeat(65) }]) {
      const answer = await preview({ contactId: adaId, text: 'Hi', ...bad });
      expect(answer.data).toBeNull();
      expect(answer.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
