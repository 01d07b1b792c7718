/**
 * Who is signed in: a tenant user's JWT (from `login`) or the operator's ADMIN_TOKEN, kept in
 * sessionStorage so it lasts as long as the tab and no longer.
 */
export type SessionKind = 'user' | 'operator';

export interface Session {
  kind: SessionKind;
  token: string;
  /** What the header shows: the user's email, or "Operator". */
  label: string;
}

const KEY = 'switchboard.session';

export function loadSession(): Session | null {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return null;
  try {
    const session = JSON.parse(stored) as Session;
    return session.token ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
