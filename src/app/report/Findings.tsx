import type { ReactNode } from 'react';
import { NoneFound } from './ReportSection';
import type { ReportFormat } from './types';
import type { TFunction } from 'i18next';

/**
 * Rows a finding shows in the report: a state office's network has thousands of doubled pairs,
 * which no steering group reads on paper (and which took the page over a second to draw); the app
 * and its export files hold them all.
 */
export const REPORT_ROWS = 100;

/** The sentence under a shortened finding: "Aufgeführt sind die ersten 100 von 7.967. …" */
export function moreRows(t: TFunction, format: ReportFormat) {
  return (shown: number, total: number) =>
    t('report.more', { shown: format.number(shown), total: format.number(total) });
}

function Shortened({
  total,
  more,
}: {
  total: number;
  more: (shown: number, total: number) => string;
}) {
  return total > REPORT_ROWS ? <p className="more">{more(REPORT_ROWS, total)}</p> : null;
}

export interface FindingColumn {
  label: string;
  numeric?: boolean;
}

export interface FindingRow {
  key: string;
  cells: ReactNode[];
}

/**
 * One kind of finding under its own heading: a table when there are any, else the sentence that
 * says none were found — so a reader can tell "checked, nothing" from "not checked". Only the rows
 * shown are made (`row`): 7,967 doubled pairs, each with its reasons in words, took the report
 * 0.15 s to put into rows it did not show.
 */
export function Findings<T>({
  id,
  heading,
  none,
  columns,
  items,
  row,
  more,
}: {
  /** The heading's id, for a way to it from the report's first page. */
  id?: string;
  heading: string;
  none: string;
  columns: FindingColumn[];
  items: readonly T[];
  row: (item: T, index: number) => FindingRow;
  more: (shown: number, total: number) => string;
}) {
  return (
    <>
      <h3 id={id}>{heading}</h3>
      {items.length === 0 ? (
        <NoneFound text={none} />
      ) : (
        <table>
          <thead>
            <tr>
              {columns.map(({ label, numeric }) => (
                <th scope="col" className={numeric === true ? 'number' : undefined} key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items
              .slice(0, REPORT_ROWS)
              .map(row)
              .map(({ key, cells }) => (
                <tr key={key}>
                  {cells.map((cell, i) => (
                    <td className={columns[i]?.numeric === true ? 'number' : undefined} key={i}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      )}
      <Shortened total={items.length} more={more} />
    </>
  );
}

/** Findings that are a plain list of names (`text` makes the ones shown). */
export function FindingList<T>({
  id,
  heading,
  none,
  items,
  text,
  more,
}: {
  /** The heading's id, for a way to it from the report's first page. */
  id?: string;
  heading: string;
  none: string;
  items: readonly T[];
  text: (item: T) => string;
  more: (shown: number, total: number) => string;
}) {
  return (
    <>
      <h3 id={id}>{heading}</h3>
      {items.length === 0 ? (
        <NoneFound text={none} />
      ) : (
        <ul>
          {items.slice(0, REPORT_ROWS).map((item, i) => (
            <li key={i}>{text(item)}</li>
          ))}
        </ul>
      )}
      <Shortened total={items.length} more={more} />
    </>
  );
}
