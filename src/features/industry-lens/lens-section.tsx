import type { ReactNode } from 'react';

/** One part of the lens under a heading that says how many it holds. */
export function LensSection({ id, title, count, children }: { id: string; title: string; count: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h4 id={id} className="lens-heading">
        {title} <span className="count">{count}</span>
      </h4>
      {children}
    </section>
  );
}
