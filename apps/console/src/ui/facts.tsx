import { Fragment, type ReactNode } from 'react';

/** Terms and their values as a labelled description list; a fact with no value (null, undefined, '') is left out. */
export function Facts({ label, facts }: { label: string; facts: ReadonlyArray<readonly [string, ReactNode]> }) {
  const known = facts.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="facts" aria-label={label}>
      {known.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
