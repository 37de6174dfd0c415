import { type ReactNode, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from './ExportButtons.js';

export interface Column<Row> {
  id: string;
  header: string;
  /** The cell's value for sorting, filtering and export. */
  value: (row: Row) => string | number;
  /** What the cell shows, when more than the value (a link, a badge). */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface Props<Row> {
  /** A stable name for tests and the export's file name. */
  id: string;
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  /** Adds to the export's file name, e.g. the week. */
  fileSuffix?: string;
  pageSize?: number;
  initialSort?: { column: string; descending?: boolean };
}

type Sort = { column: string; descending: boolean } | undefined;

/**
 * A table people can sort (header buttons, aria-sort), filter (one text box over every column),
 * page through and export (CSV, xlsx) as shown, all from the keyboard.
 */
export function DataTable<Row>({ id, caption, columns, rows, fileSuffix, pageSize = 15, initialSort }: Props<Row>) {
  const { t } = useTranslation();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>(
    initialSort ? { column: initialSort.column, descending: initialSort.descending ?? false } : undefined,
  );
  const [page, setPage] = useState(0);

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const filtered = needle
      ? rows.filter((row) => columns.some((c) => String(c.value(row)).toLowerCase().includes(needle)))
      : rows;
    const column = columns.find((c) => c.id === sort?.column);
    if (!column || !sort) return filtered;
    const direction = sort.descending ? -1 : 1;
    return [...filtered].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return order * direction;
    });
  }, [rows, columns, filter, sort]);

  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = shown.slice(current * pageSize, (current + 1) * pageSize);
  const toggle = (column: string) => {
    setSort((s) => (s?.column === column ? { column, descending: !s.descending } : { column, descending: false }));
    setPage(0);
  };

  return (
    <div className="data-table" data-table={id}>
      <div className="table-tools">
        <label htmlFor={filterId}>{t('table.filter')}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setPage(0);
          }}
        />
        <span className="row-count" aria-live="polite">
          {t('table.rows', { count: shown.length })}
        </span>
        <ExportButtons
          fileName={[id, fileSuffix].filter(Boolean).join('-')}
          sheetName={caption}
          header={() => columns.map((c) => c.header)}
          rows={() => shown.map((row) => columns.map((c) => c.value(row)))}
        />
      </div>
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const sorted = sort?.column === c.id;
                const ariaSort = sorted ? (sort.descending ? 'descending' : 'ascending') : 'none';
                return (
                  <th key={c.id} scope="col" aria-sort={ariaSort} className={c.numeric ? 'numeric' : undefined}>
                    <button type="button" onClick={() => toggle(c.id)}>
                      <span>{c.header}</span>
                      <span className="sort-mark" aria-hidden="true">
                        {sorted ? (sort.descending ? '▼' : '▲') : '↕'}
                      </span>
                      <span className="visually-hidden">{t('table.sortBy', { column: c.header })}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="empty">
                  {t('table.empty')}
                </td>
              </tr>
            ) : (
              visible.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows carry no id of their own; a page is redrawn whole
                <tr key={`${current}-${i}`}>
                  {columns.map((c) => (
                    <td key={c.id} className={c.numeric ? 'numeric' : undefined}>
                      {c.render ? c.render(row) : c.value(row)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="pager" aria-label={caption}>
          <button type="button" onClick={() => setPage(current - 1)} disabled={current === 0}>
            {t('table.previous')}
          </button>
          <span>{t('table.page', { page: current + 1, pages })}</span>
          <button type="button" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>
            {t('table.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
