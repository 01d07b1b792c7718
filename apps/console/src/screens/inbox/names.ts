import type { InboxConversationFragment } from '../../gql/graphql';

export type Conversation = InboxConversationFragment;

/** A group by its title, a person by name, else @username, else the chat id. */
export function nameOf(c: Conversation): string {
  return c.title ?? ([c.firstName, c.lastName].filter(Boolean).join(' ') || (c.username ? `@${c.username}` : c.chatId));
}

export const when = (iso: string) => new Date(iso).toLocaleString();
