import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_SECTOR_COLORS,
  NO_SECTOR_COLOR,
  OTHER_SECTOR_COLORS,
  sectorColor,
  sectorPalette,
} from '../../../src/core/appearance/sector-colors';
import { importNetwork } from '../../../src/core/import';
import { csvFile } from '../import/helpers';
import { ciede2000, hexToLab } from './ciede2000';

const difference = (x: string, y: string) => ciede2000(hexToLab(x), hexToLab(y));

describe('CIEDE2000 as the tests measure it', () => {
  it('gives the published values of Sharma, Wu & Dalal (2005), pairs 1 and 7', () => {
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(ciede2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
  });
});

describe('sector colours', () => {
  it('give the catalogue sectors their Okabe–Ito colours in any case and spacing', () => {
    expect(sectorColor('Kinder- und Jugendhilfe')).toBe('#0072B2');
    expect(sectorColor(' gesundheitswesen ')).toBe('#D55E00');
    expect(sectorColor('Zivilgesellschaft')).toBe('#3C3C3C');
    expect(sectorColor('')).toBe(NO_SECTOR_COLOR);
  });

  it('give other sectors colours no one can take for a catalogue sector’s or for no sector', () => {
    for (const other of OTHER_SECTOR_COLORS) {
      for (const fixed of [...CATALOGUE_SECTOR_COLORS, NO_SECTOR_COLOR])
        expect(difference(other, fixed), `${other} beside ${fixed}`).toBeGreaterThanOrEqual(20);
      for (const another of OTHER_SECTOR_COLORS.filter((c) => c !== other))
        expect(difference(other, another), `${other} beside ${another}`).toBeGreaterThanOrEqual(19);
    }
    // The colour "Ehrenamt" had beside Kinder- und Jugendhilfe: hardly told apart.
    expect(difference('#4E79A7', '#0072B2')).toBeLessThan(10);
  });

  it('give a sector outside the catalogue a colour of its own set, by its name', () => {
    for (const sector of ['Kultur', 'Wirtschaft', 'Ehrenamt', 'Sonstige', 'Wohnen', 'Sport'])
      expect(OTHER_SECTOR_COLORS).toContain(sectorColor(sector));
    expect(sectorColor('Kultur')).toBe(sectorColor(' kultur'));
  });

  it('are the same after importing the same sectors in another order', async () => {
    const rows = [
      'P1;Stadtbibliothek;Kultur',
      'P2;Wohnungsamt;Wohnen',
      'P3;Sportverein;Sport',
      'P4;Jobcenter;Soziale Sicherung',
      'P5;Familienpaten;Ehrenamt',
      'P6;IHK;Wirtschaft',
    ];
    const importRows = (order: string[]) =>
      importNetwork({
        files: [csvFile('partner.csv', ['ID;Name;Sektor', ...order].join('\n'))],
      });
    const first = await importRows(rows);
    // Colours asked for in between, in another order, change nothing.
    for (const sector of ['Sport', 'Wirtschaft', 'Schach', 'Kultur']) sectorColor(sector);
    const second = await importRows([...rows].reverse());
    const colours = (result: Awaited<ReturnType<typeof importNetwork>>) =>
      Object.fromEntries(sectorPalette(result.network.partners, '').colors);
    expect(colours(second)).toEqual(colours(first));
    expect(colours(first)).toMatchObject({
      'Soziale Sicherung / Arbeit': '#E69F00',
      Zivilgesellschaft: '#3C3C3C',
    });
  });
});
