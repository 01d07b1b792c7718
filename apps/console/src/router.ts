import { useSyncExternalStore } from 'react';

/**
 * A few screens need no router library: the path is the state, links push history entries, and
 * the API serves index.html for each screen's path and the paths below it (the console's routes
 * are listed there too). Every component reading the path sees each change, whether a link, a
 * redirect or the browser's back and forward buttons made it.
 */
export const ROUTES = ['/sign-in', '/tenants', '/bots', '/inbox', '/broadcasts', '/replicas', '/contacts', '/overview', '/jobs', '/events'] as const;

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    removeEventListener('popstate', listener);
  };
}

export function navigate(to: string): void {
  if (to !== location.pathname) history.pushState(null, '', to);
  listeners.forEach((listener) => listener());
}

export function usePath(): [string, (to: string) => void] {
  return [useSyncExternalStore(subscribe, () => location.pathname), navigate];
}
