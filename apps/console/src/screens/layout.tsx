import type { MouseEvent, ReactNode } from 'react';
import type { Session } from '../session';

interface LayoutProps {
  session: Session;
  path: string;
  navigate: (to: string) => void;
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

export function Layout({ session, path, navigate, onSignOut, children }: LayoutProps) {
  const follow = (to: string) => (event: MouseEvent) => {
    // Let modified clicks open a new tab as links do.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <div className="layout">
      <header>
        <strong className="brand">Switchboard</strong>
        <nav aria-label="Main">
          <ul>
            {LINKS[session.kind].map((link) => (
              <li key={link.to}>
                <a href={link.to} onClick={follow(link.to)} aria-current={path.startsWith(link.to) ? 'page' : undefined}>
                  {link.label}
                </a>
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
