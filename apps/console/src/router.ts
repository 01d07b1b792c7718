import { useCallback, useEffect, useState } from 'react';

/**
 * A few screens need no router library: the path is the state, links push history entries, and
 * the API serves index.html for each screen's path (the console's routes are listed there too).
 */
export const ROUTES = ['/sign-in', '/tenants', '/bots', '/inbox', '/broadcasts', '/replicas', '/contacts', '/overview', '/jobs', '/events'] as const;

export function usePath(): [string, (to: string) => void] {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string) => {
    if (to !== location.pathname) history.pushState(null, '', to);
    setPath(to);
  }, []);
  return [path, navigate];
}
