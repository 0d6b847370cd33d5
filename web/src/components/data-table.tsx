import { useEffect, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useApi } from '../api/use-api.ts';
import { useTexts } from '../i18n/language.tsx';
import { formatNumber } from '../i18n/format.ts';
import { ProblemBanner } from './problem-banner.tsx';

/*
 * A list that pages, sorts and searches on the server: only one page of rows ever reaches the
 * browser, so it stays fast with hundreds of thousands of rows. The API answers { items, total }.
 */

export interface Column<Row> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: Row) => ReactNode;
  /** The API's sort key when the list can be sorted on this column. */
  readonly sort?: string;
  readonly align?: 'left' | 'right';
}

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
  readonly search: string;
  readonly sort: string | undefined;
  readonly order: 'asc' | 'desc';
}

export interface Page<Row> {
  readonly items: readonly Row[];
  readonly total: number;
}

interface Props<Row> {
  readonly label: string;
  readonly columns: readonly Column<Row>[];
  readonly load: (request: PageRequest) => Promise<Page<Row>>;
  readonly rowKey: (row: Row) => string;
  readonly searchable?: boolean;
  readonly pageSize?: number;
  /** Reload when any of these change (filters outside the table). */
  readonly deps?: readonly unknown[];
  /**
   * A pointer shortcut: a click anywhere on the row does what the row's link does. The link (a column
   * renders one, named by its text) stays the row's way for the keyboard and screen readers: the row
   * itself takes no focus, and a click on a link, button or field inside the row is left to it.
   */
  readonly onRowClick?: (row: Row) => void;
}

/** Whether a click is the row's: not one that a link, button or field in it handles, nor one ending a selection. */
function isTheRowsClick(event: MouseEvent<HTMLTableRowElement>): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  const target = event.target as Element;
  if (target.closest('a[href], button, input, select, textarea, label, summary, [role="button"]'))
    return false;
  return !window.getSelection()?.toString();
}

const texts = {
  nl: {
    search: 'Zoeken',
    previous: 'Vorige',
    next: 'Volgende',
    of: 'van',
    none: 'Niets gevonden',
    loading: 'Laden…',
  },
  en: {
    search: 'Search',
    previous: 'Previous',
    next: 'Next',
    of: 'of',
    none: 'Nothing found',
    loading: 'Loading…',
  },
};

export function DataTable<Row>({
  label,
  columns,
  load,
  rowKey,
  searchable = true,
  pageSize = 25,
  deps = [],
  onRowClick,
}: Props<Row>) {
  const t = useTexts(texts);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState<{ key: string | undefined; order: 'asc' | 'desc' }>({
    key: undefined,
    order: 'asc',
  });

  // Ask the server only once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(typed.trim());
      setOffset(0);
    }, 250);
    return () => clearTimeout(timer);
  }, [typed]);

  const page = useApi(
    () => load({ limit: pageSize, offset, search, sort: sort.key, order: sort.order }),
    [offset, search, sort.key, sort.order, pageSize, ...deps],
  );
  const total = page.data?.total ?? 0;
  const toggleSort = (key: string) =>
    setSort((s) => ({ key, order: s.key === key && s.order === 'asc' ? 'desc' : 'asc' }));

  return (
    <section className="data-table" aria-label={label}>
      {searchable ? (
        <label className="search">
          {t.search}
          <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
      ) : null}
      <ProblemBanner error={page.error} />
      <table aria-busy={page.loading}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.align === 'right' ? 'num' : undefined}
                aria-sort={
                  sort.key === column.sort && column.sort
                    ? sort.order === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {column.sort ? (
                  <button type="button" className="link" onClick={() => toggleSort(column.sort!)}>
                    {column.header}
                    {sort.key === column.sort ? (sort.order === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.data?.items.map((row) => (
            <tr
              key={rowKey(row)}
              className={onRowClick ? 'clickable' : undefined}
              onClick={onRowClick ? (event) => isTheRowsClick(event) && onRowClick(row) : undefined}
            >
              {columns.map((column) => (
                <td key={column.key} className={column.align === 'right' ? 'num' : undefined}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
          {page.data && page.data.items.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{t.none}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <nav className="pager" aria-label={label}>
        <button
          type="button"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - pageSize))}
        >
          {t.previous}
        </button>
        <span>
          {page.loading && !page.data
            ? t.loading
            : `${formatNumber(total === 0 ? 0 : offset + 1)}–${formatNumber(Math.min(offset + pageSize, total))} ${t.of} ${formatNumber(total)}`}
        </span>
        <button
          type="button"
          disabled={offset + pageSize >= total}
          onClick={() => setOffset(offset + pageSize)}
        >
          {t.next}
        </button>
      </nav>
    </section>
  );
}
