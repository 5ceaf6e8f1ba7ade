/** Generic tables: columns of cells, optional expandable sub-rows, and the guarded, paged list around them. */
import { Fragment, type ReactNode } from 'react';
import { Guard, LoadMore } from './ui';

export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The header is for screen readers only (an actions column). */
  hiddenHeader?: boolean;
  className?: string;
}

export interface TableProps<T> {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  /** A sub-row under a row, spanning every column; null for none. */
  expand?: (row: T) => ReactNode;
  testId?: string;
}

export function DataTable<T>({ columns, rows, rowKey, rowClassName, expand, testId }: TableProps<T>) {
  // The wrapper scrolls sideways when ids and dates make a table wider than the page.
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c, n) => (
              <th key={n} scope="col">
                {c.hiddenHeader ? <span className="sr-only">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            const sub = expand ? expand(row) : null;
            return (
              <Fragment key={key}>
                <tr className={rowClassName?.(row)}>
                  {columns.map((c, n) => (
                    <td key={n} className={c.className}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
                {sub !== null && sub !== undefined ? (
                  <tr className="sub">
                    <td colSpan={columns.length}>{sub}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface Paged {
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

/** Loading, error or empty, else the table; with "load older" when the state pages. */
export function ListTable<T extends { id: string }>({
  state,
  empty,
  paged = true,
  ...table
}: {
  state: { data: T[] | undefined; error: Error | undefined; loading: boolean; reload: () => void } & Partial<Paged>;
  empty: ReactNode;
  paged?: boolean;
} & Omit<TableProps<T>, 'rows' | 'rowKey'> & { rowKey?: (row: T) => string }) {
  return (
    <>
      <Guard state={state} empty={empty}>
        {(rows) => <DataTable rows={rows} rowKey={(r) => r.id} {...table} />}
      </Guard>
      {paged && state.loadMore ? <LoadMore hasMore={state.hasMore ?? false} loading={state.loadingMore ?? false} onClick={state.loadMore} /> : null}
    </>
  );
}
