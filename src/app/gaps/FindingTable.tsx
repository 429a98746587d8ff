import type { ReactNode } from 'react';
import { ScrollRegion } from '../components/ScrollRegion';

interface Props {
  caption: string;
  columns: readonly string[];
  className?: string;
  /** The body rows. */
  children: ReactNode;
}

/** The evidence of a finding as a captioned table that scrolls sideways on a narrow screen. */
export function FindingTable({ caption, columns, className, children }: Props) {
  return (
    <ScrollRegion name={caption} className="gaps-table-wrap">
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
