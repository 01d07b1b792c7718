import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { BotApiFake } from '@switchboard/bot-api-fake';
import { BuiltBot, eventually } from './builders';
import { gql, GraphQLResult } from './graphql-client';
import { aPerson, deliver, messageFrom, Person } from './telegram-people';
import { TestApp } from './test-app';
import type { BroadcastStats } from '@switchboard/broadcasts';

export const STATS_FIELDS = 'audience skipped queued sent failed clicked cancelled inFlightAtCrash';
export const BROADCAST_FIELDS = `id name state botId text parseMode photo replyMarkup paid scheduledAt startedAt finishedAt
  audience { contactIds segmentId jobId filterBySegment allContacts }
  stats { ${STATS_FIELDS} }`;

export type { BroadcastStats };

export interface BroadcastView {
  id: string;
  name: string;
  state: string;
  botId: string;
  text: string;
  parseMode: string | null;
  photo: string | null;
  replyMarkup: Record<string, unknown> | null;
  paid: boolean;
  scheduledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  audience: { contactIds: string[] | null; segmentId: string | null; jobId: string | null; filterBySegment: boolean | null; allContacts: boolean | null };
  stats: BroadcastStats;
}

export interface RecipientView {
  contactId: string;
  chatId: string | null;
  status: string;
  skipReason: string | null;
  messageId: string | null;
  errorCode: number | null;
  error: string | null;
  sentAt: string | null;
}

interface RecipientPage {
  nodes: RecipientView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const RECIPIENT_FIELDS = 'contactId chatId status skipReason messageId errorCode error sentAt';

export const FINISHED = ['COMPLETED', 'CANCELLED'];

function dataOf<T>(result: GraphQLResult<T>, what: string): T {
  if (!result.data || result.errors) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A tenant's (or a bot-scoped key's) broadcasts through GraphQL, as an admin UI drives them. */
export class BroadcastApi {
  constructor(
    private readonly app: TestApp,
    private readonly token: string,
  ) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read field by field
  call<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    return gql<T>(this.app, query, variables, this.token);
  }

  tryCreate(input: Record<string, unknown>): Promise<GraphQLResult<{ createBroadcast: BroadcastView }>> {
    return this.call(`mutation($input: CreateBroadcastInput!) { createBroadcast(input: $input) { ${BROADCAST_FIELDS} } }`, { input });
  }

  async create(input: Record<string, unknown>): Promise<BroadcastView> {
    return dataOf(await this.tryCreate(input), 'createBroadcast').createBroadcast;
  }

  tryUpdate(id: string, input: Record<string, unknown>): Promise<GraphQLResult<{ updateBroadcast: BroadcastView }>> {
    return this.call(`mutation($id: ID!, $input: UpdateBroadcastInput!) { updateBroadcast(id: $id, input: $input) { ${BROADCAST_FIELDS} } }`, { id, input });
  }

  tryLaunch(id: string, scheduledAt?: Date): Promise<GraphQLResult<{ launchBroadcast: BroadcastView }>> {
    return this.call(`mutation($id: ID!, $at: DateTime) { launchBroadcast(id: $id, scheduledAt: $at) { ${BROADCAST_FIELDS} } }`, {
      id,
      at: scheduledAt?.toISOString() ?? null,
    });
  }

  async launch(id: string, scheduledAt?: Date): Promise<BroadcastView> {
    return dataOf(await this.tryLaunch(id, scheduledAt), 'launchBroadcast').launchBroadcast;
  }

  /** pauseBroadcast, resumeBroadcast or cancelBroadcast. */
  tryChange(action: 'pause' | 'resume' | 'cancel', id: string): Promise<GraphQLResult<Record<string, BroadcastView>>> {
    return this.call(`mutation($id: ID!) { ${action}Broadcast(id: $id) { ${BROADCAST_FIELDS} } }`, { id });
  }

  async change(action: 'pause' | 'resume' | 'cancel', id: string): Promise<BroadcastView> {
    return dataOf(await this.tryChange(action, id), `${action}Broadcast`)[`${action}Broadcast`];
  }

  /** Launches a new broadcast and waits for it to finish. */
  async sendAndFinish(input: Record<string, unknown>, timeoutMs = 20_000): Promise<BroadcastView> {
    return this.launchAndFinish((await this.create(input)).id, timeoutMs);
  }

  async launchAndFinish(id: string, timeoutMs = 20_000): Promise<BroadcastView> {
    await this.launch(id);
    return this.until(id, (broadcast) => FINISHED.includes(broadcast.state), timeoutMs);
  }

  /** The broadcast (null when the caller cannot see it), with `fields` or the usual ones. */
  async find<T = BroadcastView>(id: string, fields = BROADCAST_FIELDS): Promise<T | null> {
    return dataOf(await this.call<{ broadcast: T | null }>(`query($id: ID!) { broadcast(id: $id) { ${fields} } }`, { id }), 'broadcast').broadcast;
  }

  until(id: string, check: (broadcast: BroadcastView) => boolean, timeoutMs = 20_000): Promise<BroadcastView> {
    return eventually(async () => (await this.find(id))!, check, timeoutMs);
  }

  /** Every recipient of the broadcast (with `status`, only those), paged through. */
  async deliveries(id: string, status?: string, pageSize = 100): Promise<RecipientView[]> {
    const all: RecipientView[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResult<{ broadcast: { deliveries: RecipientPage } }> = await this.call(
        `query($id: ID!, $status: BroadcastRecipientStatus, $first: Int, $after: String) {
          broadcast(id: $id) { deliveries(status: $status, first: $first, after: $after) { nodes { ${RECIPIENT_FIELDS} } pageInfo { hasNextPage endCursor } } } }`,
        { id, status: status ?? null, first: pageSize, after },
      );
      const page: RecipientPage = dataOf(result, 'deliveries').broadcast.deliveries;
      all.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return all;
      after = page.pageInfo.endCursor;
    }
  }

  async updateBot(botId: string, input: Record<string, unknown>): Promise<void> {
    dataOf(await this.call('mutation($id: ID!, $input: UpdateBotInput!) { updateBot(id: $id, input: $input) { id } }', { id: botId, input }), 'updateBot');
  }

  async createSegment(criteria: Record<string, unknown>): Promise<string> {
    const result = await this.call<{ createSegment: { id: string } }>('mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id } }', {
      input: { name: `Segment ${Date.now()}`, criteria },
    });
    return dataOf(result, 'createSegment').createSegment.id;
  }

  async upsertContact(input: Record<string, unknown>): Promise<string> {
    return dataOf(await this.call<{ upsertContact: { id: string } }>('mutation($input: ContactFieldsInput!) { upsertContact(input: $input) { id } }', { input }), 'upsertContact')
      .upsertContact.id;
  }

  async updateContact(id: string, input: Record<string, unknown>): Promise<void> {
    dataOf(await this.call('mutation($id: ID!, $input: ContactFieldsInput!) { updateContact(id: $id, input: $input) { id } }', { id, input }), 'updateContact');
  }

  /** The contact id of each person, in order, found by their Telegram chat on the bot. */
  async contactIdsOf(bot: BuiltBot, people: Person[]): Promise<string[]> {
    const ids: string[] = [];
    for (const person of people) {
      const result = await this.call<{ contacts: { nodes: Array<{ id: string; identities: Array<{ chatId: string }> }> } }>(
        'query($filter: ContactCriteria) { contacts(first: 100, filter: $filter) { nodes { id identities { chatId } } } }',
        { filter: { search: person.username ?? person.first_name } },
      );
      const contact = dataOf(result, 'contacts').contacts.nodes.find((node) => node.identities.some((identity) => identity.chatId === String(person.id)));
      if (!contact) throw new Error(`no contact for ${person.id} (on bot ${bot.id})`);
      ids.push(contact.id);
    }
    return ids;
  }
}

/** People who started the bot (wrote /start), their updates processed; delivered in batches the webhook-event log can confirm. */
export async function peopleWhoStarted(app: TestApp, fake: BotApiFake, bot: BuiltBot, apiKey: string, count: number, overrides: Partial<Person> = {}): Promise<Person[]> {
  const people = Array.from({ length: count }, () => aPerson(overrides));
  for (let from = 0; from < people.length; from += 50) {
    await deliver(app, fake, bot, apiKey, ...people.slice(from, from + 50).map((person) => messageFrom(person, '/start')));
  }
  return people;
}

/** The person blocks the bot: Telegram's my_chat_member update with the bot kicked. */
export function blockedUpdate(bot: BuiltBot, person: Person) {
  const member = (status: string) => ({ user: { id: bot.telegramBotId, is_bot: true, first_name: 'bot' }, status });
  return {
    my_chat_member: {
      chat: { id: person.id, type: 'private', first_name: person.first_name },
      from: person,
      date: Math.floor(Date.now() / 1000),
      old_chat_member: member('member'),
      new_chat_member: { ...member('kicked'), until_date: 0 },
    },
  };
}

/** What the fake was sent by the bot (sendMessage and sendPhoto), per chat. */
export function sendsByChat(fake: BotApiFake, bot: BuiltBot): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of [...fake.callsTo('sendMessage', bot.token), ...fake.callsTo('sendPhoto', bot.token)]) {
    const chat = String(call.params.chat_id);
    counts.set(chat, (counts.get(chat) ?? 0) + 1);
  }
  return counts;
}

export function sendCount(fake: BotApiFake, bot: BuiltBot): number {
  return fake.callsTo('sendMessage', bot.token).length + fake.callsTo('sendPhoto', bot.token).length;
}

export interface ProgressUpdate {
  broadcastId: string;
  state: string;
  stats: BroadcastStats;
  progress: { percent: number; sentPerSecond: number; eta: string | null };
}

export interface ProgressListener {
  /** Each update with when it arrived. */
  updates: Array<{ at: number; update: ProgressUpdate }>;
  errors: unknown[];
  /** Resolves when the server ends the subscription. */
  completed: Promise<void>;
  close(): Promise<void>;
}

/** broadcastProgress over graphql-ws, as the admin UI follows a broadcast. */
export function followProgress(app: TestApp, token: string, id: string): ProgressListener {
  const client = createClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` } });
  const listener: Omit<ProgressListener, 'completed'> = { updates: [], errors: [], close: () => client.dispose() as Promise<void> };
  const completed = new Promise<void>((resolve) => {
    client.subscribe<{ broadcastProgress: ProgressUpdate }>(
      { query: `subscription($id: ID!) { broadcastProgress(id: $id) { broadcastId state stats { ${STATS_FIELDS} } progress { percent sentPerSecond eta } } }`, variables: { id } },
      {
        next: (value) => listener.updates.push({ at: Date.now(), update: value.data!.broadcastProgress }),
        error: (error) => {
          listener.errors.push(error);
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return { ...listener, completed };
}
