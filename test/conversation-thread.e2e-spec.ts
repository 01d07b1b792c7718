import { aBot, aTenant } from './support/builders';
import { gql } from './support/graphql-client';
import { sendMessage, settled } from './support/messaging';
import { aPerson, deliver, messageFrom, Person } from './support/telegram-people';
import { startTelegramWorld, TelegramWorld } from './support/telegram-world';

/** The two kinds of entry type `text` differently (String, String!), so a query names one of them apart. */
interface Entry {
  __typename: 'ConversationMessage' | 'OutboundMessage';
  id: string;
  text?: string | null;
  sentText?: string;
  kind?: string;
  callbackData?: string | null;
  status?: string;
  errorDescription?: string | null;
}

interface ThreadPage {
  nodes: Entry[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const THREAD = `query($first: Int!, $after: String) {
  conversations(first: 5) {
    nodes {
      chatId
      thread(first: $first, after: $after) {
        nodes {
          __typename
          ... on ConversationMessage { id text kind callbackData direction }
          ... on OutboundMessage { id sentText: text status errorDescription }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

/** A conversation's thread: what the person wrote and what was sent to them, each with its delivery status. */
describe('conversation threads', () => {
  let world: TelegramWorld;
  let person: Person;

  beforeAll(async () => {
    world = await startTelegramWorld();
    person = aPerson();
  });
  afterAll(() => world.close());

  const threadOf = async (variables: { first: number; after?: string }, apiKey = world.tenant.apiKey) => {
    const result = await gql<{ conversations: { nodes: Array<{ chatId: string; thread: ThreadPage }> } }>(world.app, THREAD, variables, apiKey);
    return { result, thread: result.data?.conversations.nodes.find((node) => node.chatId === String(person.id))?.thread };
  };
  const write = (text: string) => deliver(world.app, world.fake, world.bot, world.tenant.apiKey, messageFrom(person, text));
  const send = async (input: object) =>
    settled(world.app, world.tenant.apiKey, (await sendMessage(world.app, world.tenant.apiKey, { botId: world.bot.id, chatId: String(person.id), ...input })).id);

  it('shows inbound messages and every message sent to the chat with its status, newest first, page by page', async () => {
    await write('hi');
    const offer = await send({ text: 'Pick one', replyMarkup: { inline_keyboard: [[{ text: 'A', callback_data: 'pick:a' }]] } });
    expect(offer.status).toBe('SENT');
    await write('a question');
    const sentData = (world.fake.callsTo('sendMessage', world.bot.token).at(-1)!.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> })
      .inline_keyboard[0][0].callback_data;
    await deliver(world.app, world.fake, world.bot, world.tenant.apiKey, {
      callback_query: { id: 'press-1', from: person, chat_instance: 'c', data: sentData, message: { message_id: Number(offer.telegramMessageIds[0]), chat: { id: person.id, type: 'private' }, date: 1 } },
    });
    world.fake.blockChat(world.bot.token, person.id);
    const refused = await send({ text: 'Still there?' });
    expect(refused.status).toBe('FAILED');

    const { thread } = await threadOf({ first: 100 });
    expect(thread!.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect(thread!.nodes).toEqual([
      expect.objectContaining({ __typename: 'OutboundMessage', sentText: 'Still there?', status: 'FAILED', errorDescription: expect.stringMatching(/blocked by the user/) }),
      expect.objectContaining({ __typename: 'ConversationMessage', kind: 'callback', callbackData: 'pick:a', direction: 'INBOUND' }),
      expect.objectContaining({ __typename: 'ConversationMessage', text: 'a question' }),
      expect.objectContaining({ __typename: 'OutboundMessage', id: offer.id, sentText: 'Pick one', status: 'CLICKED' }),
      expect.objectContaining({ __typename: 'ConversationMessage', text: 'hi' }),
    ]);

    const walked: Entry[] = [];
    let after: string | undefined;
    for (let pages = 1; ; pages++) {
      const { thread: page } = await threadOf({ first: 2, after });
      walked.push(...page!.nodes);
      if (!page!.pageInfo.hasNextPage) break;
      after = page!.pageInfo.endCursor!;
      expect(pages).toBeLessThan(3);
    }
    expect(walked).toEqual(thread!.nodes);
  });

  it('refuses a cursor it did not make, as bad input', async () => {
    const { result: messages } = await threadOf({ first: 1 });
    const fromElsewhere = await gql<{ conversations: { pageInfo: { endCursor: string } } }>(world.app, '{ conversations(first: 1) { pageInfo { endCursor } } }', {}, world.tenant.apiKey);
    expect(messages.errors).toBeUndefined();
    for (const after of ['garbage', fromElsewhere.data!.conversations.pageInfo.endCursor]) {
      const { result } = await threadOf({ first: 1, after });
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/not a cursor from this list/);
    }
  });

  it('shows a thread to nobody outside its tenant and bot', async () => {
    const other = await aTenant(world.app).build();
    const otherBot = await aBot(world.app, world.fake, world.tenant, 'Other bot');
    const key = await gql<{ createBotApiKey: { key: string } }>(
      world.app,
      'mutation($botId: ID!) { createBotApiKey(botId: $botId, input: { name: "other bot only" }) { key } }',
      { botId: otherBot.id },
      world.tenant.apiKey,
    );
    for (const apiKey of [other.apiKey, key.data!.createBotApiKey.key]) {
      const { result, thread } = await threadOf({ first: 100 }, apiKey);
      expect(result.errors).toBeUndefined();
      expect(thread).toBeUndefined();
      expect(result.data!.conversations.nodes).toEqual([]);
    }
  });
});
