import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../i18n/format';

/** Rows a page can hold; the first is the default. */
export const PAGE_SIZES = [100, 250, 500, 50] as const;

export interface Pages<T> {
  /** The rows of the current page. */
  shown: readonly T[];
  /** 0-based index of the first row shown. */
  start: number;
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  setPage: (page: number) => void;
  setPageSize: (size: number) => void;
  /** Turns to the page that holds the row at this index. */
  showRow: (index: number) => void;
}

/**
 * A long table or list a page at a time: drawing thousands of rows at once blocks the page for
 * seconds (10,000 partners: five seconds), so every row stays reachable by turning pages instead.
 * A page past the end (the rows were filtered) shows the last one.
 */
export function usePages<T>(rows: readonly T[], initialSize: number = PAGE_SIZES[0]): Pages<T> {
  const [pageSize, setSize] = useState(initialSize);
  const [wanted, setPage] = useState(0);
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(Math.max(0, wanted), pageCount - 1);
  const start = page * pageSize;
  return {
    shown: rows.length <= pageSize ? rows : rows.slice(start, start + pageSize),
    start,
    total: rows.length,
    page,
    pageCount,
    pageSize,
    setPage,
    setPageSize: (size) => {
      // The first row of the page stays in view.
      setSize(size);
      setPage(Math.floor(start / size));
    },
    showRow: (index) => setPage(Math.floor(index / pageSize)),
  };
}

interface Props {
  pages: Pages<unknown>;
  /** What the table or list is called: names the page controls for screen readers. */
  name: string;
  /** A table counts rows, a list entries. */
  kind?: 'table' | 'list';
}

/**
 * "Zeilen 1–100 von 10.000" (a list: "Einträge …") with buttons to the first, previous, next and
 * last page, a choice of page and of rows per page. Nothing when every row fits on the page and on
 * the smallest one.
 */
export function Pager({ pages, name, kind = 'table' }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const { start, total, page, pageCount, pageSize, shown } = pages;
  if (total <= Math.min(pageSize, ...PAGE_SIZES)) return null;
  const turn = (to: number) => pages.setPage(Math.min(Math.max(0, to), pageCount - 1));
  const first = page === 0;
  const last = page === pageCount - 1;
  return (
    <nav className="pager" aria-label={t(`pager.label.${kind}`, { name })}>
      <p className="pager-range" aria-live="polite">
        {t(`pager.range.${kind}`, {
          from: format(total === 0 ? 0 : start + 1),
          to: format(start + shown.length),
          total: format(total),
        })}
      </p>
      <button type="button" disabled={first} onClick={() => turn(0)}>
        {t('pager.first')}
      </button>
      <button type="button" disabled={first} onClick={() => turn(page - 1)}>
        {t('pager.previous')}
      </button>
      <label>
        {t('pager.page')}{' '}
        <select
          aria-label={t('pager.page')}
          value={page}
          onChange={(event) => turn(Number(event.target.value))}
        >
          {Array.from({ length: pageCount }, (_, index) => (
            <option key={index} value={index}>
              {format(index + 1)}
            </option>
          ))}
        </select>{' '}
        {t('pager.of', { pages: format(pageCount) })}
      </label>
      <button type="button" disabled={last} onClick={() => turn(page + 1)}>
        {t('pager.next')}
      </button>
      <button type="button" disabled={last} onClick={() => turn(pageCount - 1)}>
        {t('pager.last')}
      </button>
      <label>
        {t(`pager.size.${kind}`)}{' '}
        <select
          aria-label={t(`pager.size.${kind}`)}
          value={pageSize}
          onChange={(event) => pages.setPageSize(Number(event.target.value))}
        >
          {[...new Set([...PAGE_SIZES, pageSize])]
            .sort((a, b) => a - b)
            .map((size) => (
              <option key={size} value={size}>
                {format(size)}
              </option>
            ))}
        </select>
      </label>
    </nav>
  );
}
