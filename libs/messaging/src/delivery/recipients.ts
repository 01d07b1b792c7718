import { TelegramIdentity } from '@switchboard/contacts';

/**
 * Of a contact's identities on one bot, the one a send goes to: the same choice as
 * IdentitiesService.ofContact's order (started first, then not blocked, then the latest
 * conversation, where PostgreSQL's DESC puts a conversation never had first).
 */
export function preferredIdentity(candidates: TelegramIdentity[]): TelegramIdentity | null {
  const rank = (identity: TelegramIdentity) => [identity.started ? 0 : 1, identity.blocked ? 1 : 0];
  const lastOf = (identity: TelegramIdentity) => (identity.lastMessageAt === null ? Infinity : new Date(identity.lastMessageAt).getTime());
  let best: TelegramIdentity | null = null;
  for (const identity of candidates) {
    if (!best) {
      best = identity;
      continue;
    }
    const [a, b] = [rank(identity), rank(best)];
    const better = a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : lastOf(identity) > lastOf(best);
    if (better) best = identity;
  }
  return best;
}
