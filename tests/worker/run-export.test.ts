import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { networkToCsv } from '../../src/core/export/csv';
import { networkToGexf } from '../../src/core/export/gexf';
import { networkToGraphml } from '../../src/core/export/graphml';
import { networkToJson } from '../../src/core/export/json';
import {
  createCooperation,
  createPartner,
  type Membership,
  type Network,
  type Offer,
} from '../../src/core/model/types';
import { REPORT_PICTURE_TIES } from '../../src/core/export/report-map';
import { generateNetwork } from '../../src/core/generate/generate-network';
import { mapToSvg } from '../../src/core/export/svg';
import { runExport, runExportTask } from '../../src/worker/run-export';

const network: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt Kreis Viersen', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'HB', name: '=Hebammenpraxis Nettetal', sector: 'Gesundheitswesen' }),
  ],
  cooperations: [createCooperation({ source: 'JA', target: 'HB', intensity: 3 })],
};
const offers: Offer[] = [
  { partner: 'HB', offer: '=Babylotse', socialArea: 'Nord', targetGroup: 'Schwangere' },
];
const memberships: Membership[] = [
  { partner: 'JA', committee: 'AK Frühe Hilfen' },
  { partner: 'HB', committee: 'AK Frühe Hilfen' },
];
const decoration = { sectorColors: new Map([['Gesundheitswesen', '#2e7d32']]) };
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
/** graphology numbers the edges of each graph it builds anew ("geid_212_0"). */
const sameEdges = (xml: string) => xml.replace(/geid_\d+_/g, 'geid_');

/** A 2D context on which every method does nothing but note the text written; properties take anything. */
const paintingContext = (painted: string[]) =>
  new Proxy(
    {},
    {
      get:
        (_target, name) =>
        (...args: unknown[]) => {
          if (name === 'fillText') painted.push(String(args[0]));
        },
      set: () => true,
    },
  );

describe('the export worker', () => {
  it("writes each file of the network as the core's writers do, in UTF-8", async () => {
    const csv = networkToCsv(network);
    expect(text(await runExport({ task: 'export', format: 'partners-csv', network }))).toBe(
      csv.partners,
    );
    expect(text(await runExport({ task: 'export', format: 'cooperations-csv', network }))).toBe(
      csv.cooperations,
    );
    expect(text(await runExport({ task: 'export', format: 'offers-csv', offers }))).toBe(
      "\uFEFFPartner;Angebot;Sozialraum;Zielgruppe\r\nHB;'=Babylotse;Nord;Schwangere\r\n",
    );
    expect(text(await runExport({ task: 'export', format: 'memberships-csv', memberships }))).toBe(
      '\uFEFFPartner;Gremium\r\nJA;AK Frühe Hilfen\r\nHB;AK Frühe Hilfen\r\n',
    );
    expect(text(await runExport({ task: 'export', format: 'json', network }))).toBe(
      networkToJson(network),
    );
    const gexf = await runExport({ task: 'export', format: 'gexf', network, decoration });
    expect(sameEdges(text(gexf))).toBe(sameEdges(networkToGexf(network, decoration)));
    const graphml = await runExport({ task: 'export', format: 'graphml', network, decoration });
    expect(sameEdges(text(graphml))).toBe(sameEdges(networkToGraphml(network, decoration)));
  });

  it("draws the report's map: the partners the map placed, in their sector's colour", async () => {
    const svg = text(
      await runExport({
        task: 'export',
        format: 'report-map',
        network,
        positions: new Map([
          ['JA', { x: 0, y: 0 }],
          ['HB', { x: 10, y: 5 }],
        ]),
        sectorColors: decoration.sectorColors,
        title: 'Kreis Viersen',
        legend: [{ label: 'Gesundheitswesen', color: '#2e7d32' }],
      }),
    );
    expect(svg).toContain('<svg');
    expect(svg).toContain('Jugendamt Kreis Viersen');
    expect(svg).toContain('#2e7d32');
    expect(svg.match(/<path d="M[^"]*"/g)).toEqual([expect.stringMatching(/^<path d="M[^M]*"$/)]);
    const unplaced = text(
      await runExport({
        task: 'export',
        format: 'report-map',
        network,
        positions: new Map([['JA', { x: 0, y: 0 }]]),
        sectorColors: decoration.sectorColors,
        title: 'Kreis Viersen',
        legend: [],
      }),
    );
    expect(unplaced).not.toContain('Hebammenpraxis');
    expect(unplaced).not.toContain('<path ');
  });

  it('puts the partner, cooperation, offers and membership lists first in the workbook, then the tables given', async () => {
    const bytes = await runExport({
      task: 'export',
      format: 'xlsx',
      network,
      offers,
      memberships,
      tables: [{ name: 'Lücken', headers: ['Frage'], rows: [['Fehlt eine Geburtsklinik?']] }],
    });
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map(({ sheet }) => sheet)).toEqual([
      'Partner',
      'Kooperationen',
      'Angebote',
      'Gremien',
      'Lücken',
    ]);
    expect(sheets[2]?.data).toEqual([
      ['Partner', 'Angebot', 'Sozialraum', 'Zielgruppe'],
      // A string cell is never evaluated: the text stays as written, without an apostrophe.
      ['HB', '=Babylotse', 'Nord', 'Schwangere'],
    ]);
    expect(sheets[3]?.data).toEqual([
      ['Partner', 'Gremium'],
      ['JA', 'AK Frühe Hilfen'],
      ['HB', 'AK Frühe Hilfen'],
    ]);
  });

  it('leaves the offers and membership sheets out where there are none', async () => {
    const bytes = await runExport({
      task: 'export',
      format: 'xlsx',
      network,
      offers: [],
      memberships: [],
      tables: [],
    });
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map(({ sheet }) => sheet)).toEqual(['Partner', 'Kooperationen']);
  });

  describe('the map as shown', () => {
    const drawing = {
      title: 'Kreis <Viersen>',
      nodes: [
        { id: 'JA', label: 'Jugendamt', x: 0, y: 0, size: 8, color: '#0072b2' },
        { id: 'HB', label: '=Hebamme', x: 100, y: 40, size: 5, color: '#d55e00' },
      ],
      edges: [{ source: 'JA', target: 'HB', size: 2 }],
      legend: [{ label: 'Gesundheitswesen', color: '#d55e00' }],
    };
    afterEach(() => vi.unstubAllGlobals());

    it('is written as SVG as the core writes it', async () => {
      expect(text(await runExport({ task: 'export', format: 'map-svg', drawing }))).toBe(
        mapToSvg(drawing),
      );
    });

    it('is painted on a canvas and written as PNG', async () => {
      const painted: string[] = [];
      const asked: unknown[] = [];
      vi.stubGlobal(
        'OffscreenCanvas',
        class {
          getContext() {
            return paintingContext(painted);
          }
          convertToBlob(options: unknown) {
            asked.push(options);
            return Promise.resolve(new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47])]));
          }
        },
      );
      const bytes = await runExport({ task: 'export', format: 'map-png', drawing });
      expect([...bytes]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(asked).toEqual([{ type: 'image/png' }]);
      expect(painted).toEqual(['Kreis <Viersen>', 'Jugendamt', '=Hebamme', 'Gesundheitswesen']);
    });

    it('says so where the worker has no canvas to paint on', async () => {
      await expect(runExport({ task: 'export', format: 'map-png', drawing })).rejects.toThrow(
        /no canvas/,
      );
    });
  });

  describe("the map's picture to show", () => {
    const large = generateNetwork({ partners: 2_000, seed: 4 });
    const task = {
      task: 'map-picture' as const,
      network: large,
      positions: new Map(large.partners.map((p, i) => [p.id, { x: i % 50, y: i / 50 }])),
      sectorColors: new Map<string, string>(),
      title: 'Land',
      legend: [],
    };
    afterEach(() => vi.unstubAllGlobals());

    it('with many ties is painted on a canvas in the worker and handed over as a bitmap', async () => {
      expect(large.cooperations.length).toBeGreaterThan(REPORT_PICTURE_TIES);
      const painted: string[] = [];
      const bitmap = { width: 10, height: 20 };
      let size: number[] = [];
      vi.stubGlobal(
        'OffscreenCanvas',
        class {
          constructor(width: number, height: number) {
            size = [width, height];
          }
          getContext() {
            return paintingContext(painted);
          }
          transferToImageBitmap() {
            return bitmap;
          }
        },
      );
      expect(await runExportTask(task)).toEqual({ bitmap });
      expect(painted[0]).toBe('Land');
      // Two pixels per unit of the drawing, 1,000 units wide plus margins and labels.
      expect(size[0]).toBeGreaterThan(2_000);
      // The file to save stays SVG.
      const file = await runExportTask({ ...task, task: 'export', format: 'report-map' });
      expect(file instanceof Uint8Array && text(file).startsWith('<svg')).toBe(true);
    });

    it('is SVG where the worker has no canvas, and for a map with few ties', async () => {
      const svgOf = (result: unknown) =>
        result !== null && typeof result === 'object' && 'svg' in result
          ? text(result.svg as Uint8Array)
          : null;
      expect(svgOf(await runExportTask(task))?.startsWith('<svg')).toBe(true);
      vi.stubGlobal('OffscreenCanvas', class {});
      const small = { ...task, network: generateNetwork({ partners: 300, seed: 4 }) };
      expect(svgOf(await runExportTask(small))?.startsWith('<svg')).toBe(true);
    });
  });
});
