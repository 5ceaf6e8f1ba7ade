/** Generic tables: columns of cells, optional expandable sub-rows, and the guarded, paged, searchable list around them. */
import { Fragment, useId, type ReactNode } from 'react';
import { useSearch } from '../hooks';
import { Empty, Guard, LoadMore } from './ui';
import './DataTable.css';

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
  newest?: () => void;
  pagedInUrl?: boolean;
}

/** What a row is found by when nothing else is said: its id, its string attributes, the ids it relates to. */
function defaultHaystack(row: unknown): (string | null | undefined)[] {
  const r = row as { id?: string; attributes?: Record<string, unknown>; relationships?: Record<string, { data?: unknown }> };
  const out: string[] = r.id ? [r.id] : [];
  for (const v of Object.values(r.attributes ?? {})) if (typeof v === 'string') out.push(v);
  for (const rel of Object.values(r.relationships ?? {})) {
    const data = rel?.data as { id?: string } | null | undefined;
    if (data && typeof data.id === 'string') out.push(data.id);
  }
  return out;
}

export interface SearchSpec<T> {
  /** What the box is for, e.g. "Search share tokens by id, inquiry or connection". */
  label?: string;
  placeholder?: string;
  /** The strings a row is found by (case does not matter); by default its id, string attributes and related ids. */
  text?: (row: T) => (string | null | undefined)[];
  /** The URL query key of the search (two lists on one page need two). */
  key?: string;
}

/**
 * Loading, error or empty, else the table; with paging ("load older", or
 * older/newest pages kept in the URL) and a search box over the rows loaded,
 * kept in the URL (`?q=`) like every filter.
 */
export function ListTable<T extends { id: string }>({
  state,
  empty,
  paged = true,
  search,
  ...table
}: {
  state: { data: T[] | undefined; error: Error | undefined; loading: boolean; reload: () => void } & Partial<Paged>;
  empty: ReactNode;
  paged?: boolean;
  /** false: no search box (short lists); default: on for paged lists. */
  search?: SearchSpec<T> | false;
} & Omit<TableProps<T>, 'rows' | 'rowKey'> & { rowKey?: (row: T) => string }) {
  const [params, change] = useSearch();
  const spec = search === false || (search === undefined && !paged) ? null : (search ?? {});
  const key = spec?.key ?? 'q';
  const term = spec ? (params.get(key) ?? '') : '';
  const needle = term.trim().toLowerCase();
  const matches = (row: T) => (spec?.text ?? defaultHaystack)(row).some((v) => typeof v === 'string' && v.toLowerCase().includes(needle));
  const inputId = useId();

  return (
    <>
      {spec ? (
        // No search landmark: a page may hold two lists, and each box is labelled already.
        <div className="list-search">
          <label htmlFor={inputId} className="sr-only">
            {spec.label ?? 'Search this list'}
          </label>
          <input
            id={inputId}
            type="search"
            value={term}
            placeholder={spec.placeholder ?? 'Search by id, name or reference'}
            // The first letter makes a history entry (Back clears the search); the next ones edit it in place.
            onChange={(e) => change({ [key]: e.target.value }, term !== '')}
          />
          {needle && state.data ? (
            <span className="muted" role="status">
              {state.data.filter(matches).length} of {state.data.length} shown
            </span>
          ) : null}
        </div>
      ) : null}
      <Guard state={state} empty={empty}>
        {(all) => {
          const rows = needle ? all.filter(matches) : all;
          if (rows.length === 0)
            return (
              <Empty>
                Nothing here matches “{term.trim()}”{state.hasMore ? ' on this page: older rows are not searched yet.' : '.'}
              </Empty>
            );
          return <DataTable rows={rows} rowKey={(r) => r.id} {...table} />;
        }}
      </Guard>
      {paged && state.loadMore ? (
        state.pagedInUrl ? (
          <div className="load-more pager">
            {state.newest ? (
              <button type="button" className="secondary" onClick={state.newest}>
                Newest
              </button>
            ) : null}
            {state.hasMore ? (
              <button type="button" className="secondary" onClick={state.loadMore}>
                Older
              </button>
            ) : null}
          </div>
        ) : (
          <LoadMore hasMore={state.hasMore ?? false} loading={state.loadingMore ?? false} onClick={state.loadMore} />
        )
      ) : null}
    </>
  );
}
