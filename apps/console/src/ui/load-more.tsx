import { useCallback, useEffect, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { errorText } from '../errors';

export interface Connection<Node> {
  nodes: readonly Node[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** How long a reload waits for others asked for just after it. */
const RELOAD_DELAY_MS = 250;

/** One page of a list (the first when `after` is null), or the error to show instead. */
export type PageLoader<Node> = (after: string | null) => Promise<{ connection?: Connection<Node> | null; error?: CombinedError }>;

/**
 * "Load more" paging of a list that changes while it is read (an inbox, a thread). `reload` reads
 * every page loaded so far again from the top, so an item that moved between pages neither shows
 * twice nor drops out of view; an item is shown once, where it is first found. Reloads asked for
 * within a quarter of a second are read once.
 */
export function useLoadMore<Node>(load: PageLoader<Node>, keyOf: (node: Node) => string) {
  const [pages, setPages] = useState<Array<Connection<Node>>>([]);
  const [error, setError] = useState<CombinedError>();
  const [fetching, setFetching] = useState(true);
  // Only the latest read may land: a reload overtakes a slower one begun before it.
  const reads = useRef(0);
  const loaded = useRef<Array<Connection<Node>>>([]);

  const read = useCallback(
    async (from: Array<Connection<Node>>, count: number) => {
      const run = ++reads.current;
      setFetching(true);
      const next = [...from];
      let failure: CombinedError | undefined;
      while (next.length < count) {
        const previous = next.at(-1)?.pageInfo;
        if (previous && !previous.hasNextPage) break;
        const answer = await load(previous?.endCursor ?? null);
        if (run !== reads.current) return;
        if (!answer.connection) {
          failure = answer.error;
          break;
        }
        next.push(answer.connection);
      }
      loaded.current = next;
      setPages(next);
      setError(failure);
      setFetching(false);
    },
    [load],
  );

  useEffect(() => {
    void read([], 1);
  }, [read]);

  // Reloads asked for together (a broadcast's sends each announce a message) are one read.
  const scheduled = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(scheduled.current), []);
  const reload = useCallback(() => {
    if (scheduled.current !== undefined) return;
    scheduled.current = setTimeout(() => {
      scheduled.current = undefined;
      void read([], Math.max(loaded.current.length, 1));
    }, RELOAD_DELAY_MS);
  }, [read]);
  const loadMore = useCallback(() => void read(loaded.current, loaded.current.length + 1), [read]);
  return {
    nodes: firstOfEach(pages.flatMap((page) => page.nodes), keyOf),
    error,
    fetching,
    loaded: pages.length > 0,
    hasMore: pages.at(-1)?.pageInfo.hasNextPage ?? false,
    loadMore,
    reload,
  };
}

function firstOfEach<Node>(nodes: Node[], keyOf: (node: Node) => string): Node[] {
  const seen = new Set<string>();
  return nodes.filter((node) => {
    const key = keyOf(node);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type LoadMoreState = Pick<ReturnType<typeof useLoadMore>, 'error' | 'fetching' | 'hasMore' | 'loadMore'>;

/** The button under a "load more" list, and the error of its last read. */
export function LoadMoreButton({ list, label }: { list: LoadMoreState; label: string }) {
  return (
    <>
      {list.error && <p role="alert">{errorText(list.error)}</p>}
      {list.hasMore && (
        <button type="button" className="load-more" onClick={list.loadMore} disabled={list.fetching}>
          {label}
        </button>
      )}
    </>
  );
}
