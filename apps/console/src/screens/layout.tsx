import type { ReactNode } from 'react';
import type { Session } from '../session';
import { Link } from '../ui/link';

interface LayoutProps {
  session: Session;
  path: string;
  onSignOut: () => void;
  children: ReactNode;
}

const LINKS = {
  operator: [{ to: '/tenants', label: 'Tenants' }],
  user: [
    { to: '/overview', label: 'Overview' },
    { to: '/bots', label: 'Bots' },
    { to: '/inbox', label: 'Inbox' },
    { to: '/replicas', label: 'Replicas' },
    { to: '/broadcasts', label: 'Broadcasts' },
    { to: '/contacts', label: 'Contacts' },
    { to: '/jobs', label: 'Jobs' },
    { to: '/events', label: 'Events' },
  ],
};

export function Layout({ session, path, onSignOut, children }: LayoutProps) {
  return (
    <div className="layout">
      <header>
        <strong className="brand">Switchboard</strong>
        <nav aria-label="Main">
          <ul>
            {LINKS[session.kind].map((link) => (
              <li key={link.to}>
                <Link to={link.to} aria-current={path.startsWith(link.to) ? 'page' : undefined}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <span className="who">{session.label}</span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main>{children}</main>
    </div>
  );
}
