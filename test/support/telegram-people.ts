import { BotApiFake, FakeBotInfo } from '@switchboard/bot-api-fake';
import { eventually } from './builders';
import { gql } from './graphql-client';
import { TestApp } from './test-app';

export interface Person {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  is_bot: false;
}

let nextPersonId = 700_000_000;

export function aPerson(overrides: Partial<Person> = {}): Person {
  const id = nextPersonId++;
  return { id, first_name: `Person${id}`, username: `person_${id}`, language_code: 'en', is_bot: false, ...overrides };
}

let messageId = 1;

/** A message as Telegram sends it: from a person, in their private chat or in a group. */
export function messageFrom(person: Person, text: string, chat?: { id: number; type: 'group' | 'supergroup'; title: string }) {
  return {
    message: {
      message_id: messageId++,
      from: person,
      chat: chat ?? { id: person.id, type: 'private', first_name: person.first_name, last_name: person.last_name, username: person.username },
      date: Math.floor(Date.now() / 1000),
      text,
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0].length }] } : {}),
    },
  };
}

/** Delivers updates the way Telegram does and waits until the app has processed them all. */
export async function deliver(app: TestApp, fake: BotApiFake, bot: Pick<FakeBotInfo, 'token'>, apiKey: string, ...updates: object[]): Promise<void> {
  const ids: number[] = [];
  for (const update of updates) {
    const result = await fake.deliverUpdate(bot.token, update);
    if (!result.delivered) throw new Error(`update not delivered: ${JSON.stringify(result)}`);
    ids.push(result.updateId);
  }
  await eventually(
    async () => (await app.http().get('/telegram/v1/webhook-events/?limit=100').set('authorization', `Bearer ${apiKey}`)).body.items,
    (items: Array<{ update_id: number; status: string }>) => ids.every((id) => items.some((item) => item.update_id === id && item.status !== 'QUEUED')),
  );
}

export const CONTACT_FIELDS = `id kind firstName lastName username languageCode externalCustomerId phone email tags attributes
  identities { id botId chatId chatType username firstName title started blocked unreadCount }`;

export async function contactsMatching<T = Record<string, unknown>>(app: TestApp, apiKey: string, filter: object): Promise<T[]> {
  const result = await gql<{ contacts: { nodes: T[] } }>(
    app,
    `query($filter: ContactCriteria) { contacts(first: 100, filter: $filter) { nodes { ${CONTACT_FIELDS} } } }`,
    { filter },
    apiKey,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.contacts.nodes;
}
