// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { networkToCsv } from '../../../src/core/export/csv';
import { neutraliseFormula } from '../../../src/core/export/formula';
import { networkToGexf } from '../../../src/core/export/gexf';
import { networkToGraphml } from '../../../src/core/export/graphml';
import { networkToJson } from '../../../src/core/export/json';
import { networkTables } from '../../../src/core/export/network-tables';
import { mapToSvg } from '../../../src/core/export/svg';
import { networkToXlsx } from '../../../src/core/export/xlsx';
import { xmlSafeText } from '../../../src/core/export/xml-text';
import { graphKey } from '../../../src/core/model/keys';
import { createCooperation, createPartner, emptyRecord } from '../../../src/core/model/types';
import type { Intensity, Network } from '../../../src/core/model/types';
import { readBack, writtenIds } from './read-back';

const fixtures = join(import.meta.dirname, '../../fixtures/hostile');
const corpus = JSON.parse(readFileSync(join(fixtures, 'names.json'), 'utf8')) as {
  names: { label: string; text: string }[];
  ids: string[];
  columns: string[];
};
const texts = corpus.names.map((n) => n.text);

/** Every string field of the network is hostile: IDs, names, sectors, offers, column names. */
function hostileNetwork(): Network {
  const partners = texts.map((text, i) => {
    const attributes = emptyRecord<string>();
    corpus.columns.forEach(
      (column, c) => (attributes[column] = texts[(i + c) % texts.length] ?? ''),
    );
    return createPartner({
      id: corpus.ids[i] ?? `P${i}`,
      name: text,
      sector: texts[(i + 1) % texts.length] ?? '',
      type: texts[(i + 2) % texts.length] ?? '',
      socialArea: texts[(i + 3) % texts.length] ?? '',
      offers: [texts[(i + 4) % texts.length] ?? '', 'Elterncafé'],
      since: 2000 + i,
      attributes,
    });
  });
  const cooperations = partners.map((p, i) =>
    createCooperation({
      source: p.id,
      target: partners[(i + 1) % partners.length]?.id ?? p.id,
      intensity: ((i % 4) + 1) as Intensity,
      formal: i % 2 === 0,
      kind: texts[(i + 5) % texts.length] ?? '',
    }),
  );
  return { partners, cooperations };
}

function parseXml(text: string, type: DOMParserSupportedType = 'application/xml'): Document {
  const document = new DOMParser().parseFromString(text, type);
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

// eslint-disable-next-line no-control-regex -- the control characters the CSV writer leaves out
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A spreadsheet cell as the CSV writer promises to write it: no control characters, neutralised. */
function expectedCell(cell: string | number | null): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : neutraliseFormula(cell.replace(CONTROL, ''));
}

const network = hostileNetwork();

afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

describe('the hostile corpus', () => {
  it('exports the ties of partners whose IDs are "__proto__" and "constructor" under those IDs', () => {
    const partners = ['__proto__', 'constructor'].map((id) => createPartner({ id, name: id }));
    const tied: Network = {
      partners,
      cooperations: [createCooperation({ source: '__proto__', target: 'constructor' })],
    };
    for (const [format, xml] of [
      ['gexf', networkToGexf(tied)],
      ['graphml', networkToGraphml(tied)],
    ] as const) {
      expect(writtenIds(xml)).toEqual({
        nodes: ['__proto__', 'constructor'],
        ties: [['__proto__', 'constructor']],
      });
      const graph = readBack(format, xml);
      expect(graph.size).toBe(1);
      expect(graph.getNodeAttribute(graphKey('__proto__'), 'label')).toBe('__proto__');
    }
  });

  it('is a real test: the XML check notices a broken document', () => {
    const broken = new DOMParser().parseFromString('<a><b></a>', 'application/xml');
    expect(broken.getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  });

  it('CSV re-parses to the same cells, formula-like cells neutralised', () => {
    const csv = networkToCsv(network);
    const tables = networkTables(network);
    for (const [text, table] of [
      [csv.partners, tables.partners],
      [csv.cooperations, tables.cooperations],
    ] as const) {
      const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n' });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.slice(0, -1)).toEqual(
        [table.headers, ...table.rows].map((row) => row.map(expectedCell)),
      );
    }
  });

  it('XLSX reads back with the same cells, less what XML cannot carry', async () => {
    const sheets = await readXlsxFile(Buffer.from(await networkToXlsx(network)));
    const tables = networkTables(network);
    // Text equal to an Object.prototype member reads back as itself (see xlsx.ts); empty text is an
    // empty cell.
    const expected = [tables.partners.headers, ...tables.partners.rows].map((row) =>
      row.map((cell) => {
        if (typeof cell !== 'string') return cell;
        // Written as text, not neutralised; the reader trims a cell's leading tab or line break.
        const text = xmlSafeText(cell).trim();
        return text === '' ? null : text;
      }),
    );
    // XLSX stores line breaks as LF; write-excel-file drops U+FFFD where we put it for characters
    // XML cannot carry, and read-excel-file drops byte order marks.
    const normalise = (row: unknown[]) =>
      row.map((cell) =>
        typeof cell === 'string'
          ? cell.replace(/\r\n?/g, '\n').replace(/[\uFFFD\uFEFF]/g, '')
          : cell,
      );
    expect(sheets[0]?.data.map(normalise)).toEqual(expected.map(normalise));
  });

  it('GEXF stays well-formed and reads back with every name', () => {
    const gexf = networkToGexf(network, {
      measures: new Map([['degree', new Map([['__proto__', 2]])]]),
    });
    expect(gexf).not.toMatch(/<script|<img|<!ENTITY/i);
    parseXml(gexf);
    expect(writtenIds(gexf).nodes).toEqual(network.partners.map((p) => xmlSafeText(p.id)));
    const graph = readBack('gexf', gexf);
    expect(graph.order).toBe(network.partners.length);
    expect(graph.size).toBe(network.cooperations.length);
    for (const partner of network.partners) {
      const node = graph.getNodeAttributes(graphKey(xmlSafeText(partner.id)));
      expect(node.label).toBe(xmlSafeText(partner.name));
      expect(node.sector).toBe(xmlSafeText(partner.sector));
    }
    expect(graph.getNodeAttribute(graphKey('__proto__'), 'measures.degree')).toBe(2);
    expect(graph.getNodeAttribute(graphKey('constructor'), 'attributes.constructor')).toBe(
      xmlSafeText(texts[2] ?? ''),
    );
  });

  it('GraphML stays well-formed and reads back with every name', () => {
    const graphml = networkToGraphml(network);
    expect(graphml).not.toMatch(/<script|<img|<!ENTITY/i);
    parseXml(graphml);
    expect(writtenIds(graphml).nodes).toEqual(network.partners.map((p) => xmlSafeText(p.id)));
    const graph = readBack('graphml', graphml);
    expect(graph.order).toBe(network.partners.length);
    expect(graph.size).toBe(network.cooperations.length);
    for (const partner of network.partners) {
      const node = graph.getNodeAttributes(graphKey(xmlSafeText(partner.id)));
      expect(node.label).toBe(xmlSafeText(partner.name));
      expect(node.type).toBe(xmlSafeText(partner.type));
    }
  });

  it('SVG stays well-formed and shows names only as text', () => {
    const svg = mapToSvg({
      title: texts[0] ?? '',
      nodes: network.partners.map((p, i) => ({
        id: p.id,
        label: p.name,
        x: Math.cos(i),
        y: Math.sin(i),
        size: 5,
        color: p.sector,
      })),
      edges: network.cooperations.map((c) => ({
        source: c.source,
        target: c.target,
        size: c.intensity,
      })),
      legend: texts.map((text) => ({ label: text, color: text })),
    });
    expect(svg).not.toMatch(/<script|<img|<svg onload|<!ENTITY/i);
    const document = parseXml(svg, 'image/svg+xml');
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    const attributes = [...document.getElementsByTagName('*')].flatMap((e) =>
      [...e.attributes].map((a) => a.name),
    );
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    const labels = [...document.getElementsByTagName('title')].map((t) => t.textContent);
    expect(labels).toContain('<script>alert(1)</script>');
  });

  it('JSON parses back to the same network', () => {
    const document = JSON.parse(networkToJson(network)) as Network;
    expect(document.partners.map((p) => p.id)).toEqual(network.partners.map((p) => p.id));
    expect(document.partners.map((p) => p.name)).toEqual(texts);
    expect(Object.keys(document.partners[0]?.attributes ?? {})).toEqual(corpus.columns);
  });
});

describe('the hostile CSV pair', () => {
  function readFixture(name: string): string[][] {
    const bytes = readFileSync(join(fixtures, name));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const parsed = Papa.parse<string[]>(text, {
      delimiter: ';',
      newline: '\r\n',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  }

  it('holds every hostile name that UTF-8 can encode, with prototype keys as IDs and columns', () => {
    const [header, ...rows] = readFixture('partner.csv');
    expect(header).toEqual(
      expect.arrayContaining(['ID', 'Name', '__proto__', 'constructor', 'prototype']),
    );
    expect(rows.map((row) => row[0]).slice(0, 3)).toEqual([
      '__proto__',
      'constructor',
      'prototype',
    ]);
    expect(rows.map((row) => row[1])).toEqual(
      texts.filter((t) => xmlSafeText(t) === t || !/[\uD800-\uDFFF]/.test(t)),
    );
  });

  it('ties only partners that exist', () => {
    const ids = new Set(
      readFixture('partner.csv')
        .slice(1)
        .map((row) => row[0]),
    );
    const [header, ...ties] = readFixture('kooperationen.csv');
    expect(header).toEqual(['Von', 'An', 'Intensität', 'Vereinbarung', 'Art', 'Seit']);
    for (const [from, to] of ties) {
      expect(ids.has(from)).toBe(true);
      expect(ids.has(to)).toBe(true);
    }
  });
});
