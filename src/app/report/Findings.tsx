import type { ReactNode } from 'react';
import { NoneFound } from './ReportSection';

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
}: {
  heading: string;
  none: string;
  columns: FindingColumn[];
  rows: FindingRow[];
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
            {rows.map(({ key, cells }) => (
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
    </>
  );
}

/** Findings that are a plain list of names. */
export function FindingList({
  heading,
  none,
  items,
}: {
  heading: string;
  none: string;
  items: string[];
}) {
  return (
    <>
      <h3>{heading}</h3>
      {items.length === 0 ? (
        <NoneFound text={none} />
      ) : (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </>
  );
}
