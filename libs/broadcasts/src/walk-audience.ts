import { Injectable } from '@nestjs/common';
import { ScopedSession } from '@switchboard/common';
import { Contact, ContactsService, IdentitiesService, TelegramIdentity } from '@switchboard/contacts';
import { botScopeOf, creatorScopeOf } from './broadcast-scope';
import { BroadcastDelivery, RecipientState, SkipReason } from './broadcast-delivery.entity';
import { Broadcast } from './broadcast.entity';

/** Contacts read per step: a page of the walk, written in one transaction with the cursor. */
export const WALK_PAGE = 1_000;

interface WalkedPage {
  contacts: Contact[];
  cursor: string | null;
  done: boolean;
  notFound: number;
}

/** A reachable identity wins over one that is not (a merged contact may have several). */
function bestOf(identities: TelegramIdentity[]): TelegramIdentity | undefined {
  return [...identities].sort((a, b) => Number(b.started && !b.blocked) - Number(a.started && !a.blocked))[0];
}

function recipientOf(identity: TelegramIdentity | undefined): Pick<BroadcastDelivery, 'state' | 'skipReason' | 'chatId'> {
  if (!identity) return { state: RecipientState.SKIPPED, skipReason: SkipReason.UNREACHABLE, chatId: null };
  if (identity.blocked) return { state: RecipientState.SKIPPED, skipReason: SkipReason.BLOCKED, chatId: identity.chatId };
  if (!identity.started) return { state: RecipientState.SKIPPED, skipReason: SkipReason.NOT_STARTED, chatId: identity.chatId };
  return { state: RecipientState.PENDING, skipReason: null, chatId: identity.chatId };
}

/**
 * Walks a broadcast's audience in contact-id order, a page per step, into delivery rows: the
 * whole audience is never held, and the cursor commits with the rows, so a restart goes on
 * from the last page written and the unique (broadcast, contact) key refuses anyone twice.
 */
@Injectable()
export class AudienceWalker {
  constructor(
    private readonly contacts: ContactsService,
    private readonly identities: IdentitiesService,
  ) {}

  async step(session: ScopedSession, broadcast: Broadcast): Promise<void> {
    const page = broadcast.audience.contactIds ? await this.explicitPage(broadcast, broadcast.audience.contactIds) : await this.criteriaPage(broadcast);
    const ids = page.contacts.map((contact) => contact.id);
    const identities = new Map<string, TelegramIdentity[]>();
    for (const identity of await this.identities.ofContacts(botScopeOf(broadcast), ids)) identities.set(identity.contactId, [...(identities.get(identity.contactId) ?? []), identity]);
    const deliveries = session.repository(BroadcastDelivery);
    await deliveries.insertMany(
      page.contacts.map((contact) =>
        deliveries.create({ broadcastId: broadcast.id, botId: broadcast.botId, contactId: contact.id, ...recipientOf(bestOf(identities.get(contact.id) ?? [])) }),
      ),
    );
    broadcast.walkCursor = page.cursor;
    broadcast.walkDone = page.done;
    broadcast.notFound += page.notFound;
    if (page.done) broadcast.audienceSize = (await deliveries.count({ broadcastId: broadcast.id })) + broadcast.notFound + broadcast.duplicates;
    await session.repository(Broadcast).update(
      { id: broadcast.id },
      { walkCursor: broadcast.walkCursor, walkDone: broadcast.walkDone, notFound: broadcast.notFound, audienceSize: broadcast.audienceSize },
    );
  }

  /** Explicit ids, stored in order: the cursor is how many were walked. */
  private async explicitPage(broadcast: Broadcast, ids: string[]): Promise<WalkedPage> {
    const from = Number(broadcast.walkCursor ?? 0);
    const slice = ids.slice(from, from + WALK_PAGE);
    const contacts = await this.contacts.findMany(creatorScopeOf(broadcast), slice);
    const to = from + slice.length;
    return { contacts, cursor: String(to), done: to >= ids.length, notFound: slice.length - contacts.length };
  }

  private async criteriaPage(broadcast: Broadcast): Promise<WalkedPage> {
    const contacts = await this.contacts.walk(creatorScopeOf(broadcast), broadcast.criteria ?? {}, broadcast.walkCursor, WALK_PAGE);
    return { contacts, cursor: contacts.at(-1)?.id ?? broadcast.walkCursor, done: contacts.length < WALK_PAGE, notFound: 0 };
  }
}
