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
 * says none were found — so a reader can tell "checked, nothing" from "not checked".
 */
export function Findings({
  heading,
  none,
  columns,
  rows,
  more,
}: {
  heading: string;
  none: string;
  columns: FindingColumn[];
  rows: FindingRow[];
  more: (shown: number, total: number) => string;
}) {
  return (
    <>
      <h3>{heading}</h3>
      {rows.length === 0 ? (
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
            {rows.slice(0, REPORT_ROWS).map(({ key, cells }) => (
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
      <Shortened total={rows.length} more={more} />
    </>
  );
}

/** Findings that are a plain list of names. */
export function FindingList({
  heading,
  none,
  items,
  more,
}: {
  heading: string;
  none: string;
  items: string[];
  more: (shown: number, total: number) => string;
}) {
  return (
    <>
      <h3>{heading}</h3>
      {items.length === 0 ? (
        <NoneFound text={none} />
      ) : (
        <ul>
          {items.slice(0, REPORT_ROWS).map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
      <Shortened total={items.length} more={more} />
    </>
  );
}
