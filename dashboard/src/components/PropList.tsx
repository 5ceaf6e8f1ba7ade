/** A detail card: a list of terms and their values. */
import { Fragment, type ReactNode } from 'react';

export interface Prop {
  term: string;
  value: ReactNode;
  testId?: string;
  className?: string;
}

export function PropList({ items }: { items: (Prop | false | null | undefined)[] }) {
  return (
    <section className="card">
      <dl className="props">
        {items.map((p) =>
          p ? (
            <Fragment key={p.term}>
              <dt>{p.term}</dt>
              <dd data-testid={p.testId} className={p.className}>
                {p.value}
              </dd>
            </Fragment>
          ) : null,
        )}
      </dl>
    </section>
  );
}
