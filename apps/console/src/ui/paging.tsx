import { useState } from 'react';
import { graphql } from '../gql';

/** What a Pager needs of a page: spread `...PageCursor` into a list's pageInfo. */
export const PageCursor = graphql(`
  fragment PageCursor on PageInfo {
    endCursor
    hasNextPage
  }
`);

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** Cursor paging forward and back: the cursors of the pages walked so far are kept. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    next: (endCursor: string) => setCursors([...cursors, endCursor]),
    previous: () => setCursors(cursors.slice(0, -1)),
    reset: () => setCursors([null]),
  };
}

export function Pager({ pages, pageInfo, label }: { pages: ReturnType<typeof useCursorPages>; pageInfo?: PageInfo; label: string }) {
  const endCursor = pageInfo?.hasNextPage ? pageInfo.endCursor : null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" disabled={pages.page === 1} onClick={pages.previous}>
        Previous page
      </button>
      <span>Page {pages.page}</span>
      <button type="button" disabled={!endCursor} onClick={() => endCursor && pages.next(endCursor)}>
        Next page
      </button>
    </nav>
  );
}
