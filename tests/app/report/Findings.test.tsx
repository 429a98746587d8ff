// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingList, Findings, REPORT_ROWS } from '../../../src/app/report/Findings';

afterEach(cleanup);

const more = (shown: number, total: number) => `Die ersten ${shown} von ${total}.`;
const items = Array.from({ length: 1_000 }, (_, i) => `Partner ${i}`);

describe('a long finding in the report', () => {
  it('makes only the rows it shows, and says how many there are', () => {
    const row = vi.fn((item: string, index: number) => ({ key: item, cells: [item, index] }));
    render(
      <Findings
        heading="Doppelt"
        none="Keine"
        columns={[{ label: 'Paar' }, { label: 'Nr.', numeric: true }]}
        items={items}
        row={row}
        more={more}
      />,
    );
    expect(row).toHaveBeenCalledTimes(REPORT_ROWS);
    expect(screen.getAllByRole('row')).toHaveLength(REPORT_ROWS + 1);
    expect(screen.getByText(`Die ersten ${REPORT_ROWS} von 1000.`)).toBeTruthy();
  });

  it('as a list, writes only the names it shows', () => {
    const text = vi.fn((item: string) => item.toUpperCase());
    render(<FindingList heading="Brücken" none="Keine" items={items} text={text} more={more} />);
    expect(text).toHaveBeenCalledTimes(REPORT_ROWS);
    expect(screen.getAllByRole('listitem')[0]?.textContent).toBe('PARTNER 0');
  });

  it('says none were found when there are none', () => {
    render(
      <FindingList heading="Brücken" none="Keine gefunden" items={[]} text={String} more={more} />,
    );
    expect(screen.getByText('Keine gefunden')).toBeTruthy();
  });
});
