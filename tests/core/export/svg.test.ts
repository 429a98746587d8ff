// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mapToSvg } from '../../../src/core/export/svg';
import type { MapDrawing } from '../../../src/core/export/svg';

function drawing(): MapDrawing {
  return {
    title: 'Netzwerk Frühe Hilfen Beispielstadt',
    nodes: [
      { id: 'JA', label: 'Jugendamt', x: -100, y: 50, size: 10, color: '#1f77b4' },
      { id: 'GK', label: 'Geburtsklinik', x: 300, y: -150, size: 6, color: '#d62728' },
      {
        id: 'HB',
        label: 'Familienhebamme',
        x: 0,
        y: 0,
        size: 4,
        color: 'url(http://example.com/x)',
      },
    ],
    edges: [
      { source: 'JA', target: 'GK', size: 3 },
      { source: 'JA', target: 'HB', size: 1, dashed: true },
      { source: 'JA', target: 'fehlt', size: 1 },
    ],
    legend: [
      { label: 'Kinder- und Jugendhilfe', color: '#1f77b4' },
      { label: 'Gesundheitswesen', color: '#d62728' },
    ],
  };
}

function parseSvg(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

function viewBox(document: Document): number[] {
  return (document.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number);
}

describe('mapToSvg', () => {
  it('draws every partner, every tie between drawn partners, the legend and the title', () => {
    const document = parseSvg(mapToSvg(drawing()));
    expect(document.getElementsByTagName('circle')).toHaveLength(3 + 2);
    // The ties as one path per line style, a segment each.
    const segments = (selector: string) =>
      [...document.querySelectorAll(selector)]
        .map((path) => (path.getAttribute('d') ?? '').match(/M/g)?.length ?? 0)
        .reduce((sum, count) => sum + count, 0);
    expect(segments('path')).toBe(2);
    expect(segments('path[stroke-dasharray]')).toBe(1);
    const texts = [...document.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toEqual([
      'Netzwerk Frühe Hilfen Beispielstadt',
      'Jugendamt',
      'Geburtsklinik',
      'Familienhebamme',
      'Kinder- und Jugendhilfe',
      'Gesundheitswesen',
    ]);
  });

  it('fits the viewBox around every node and its label', () => {
    const document = parseSvg(mapToSvg(drawing()));
    const [minX = 0, minY = 0, width = 0, height = 0] = viewBox(document);
    for (const circle of document.getElementsByTagName('circle')) {
      const cx = Number(circle.getAttribute('cx'));
      const cy = Number(circle.getAttribute('cy'));
      const r = Number(circle.getAttribute('r'));
      expect(cx - r).toBeGreaterThanOrEqual(minX);
      expect(cx + r).toBeLessThanOrEqual(minX + width);
      expect(cy - r).toBeGreaterThanOrEqual(minY);
      expect(cy + r).toBeLessThanOrEqual(minY + height);
    }
    expect(width).toBeGreaterThan(1000);
  });

  it('uses no scripts and no external resources, even for a colour that points outside', () => {
    const svg = mapToSvg(drawing());
    expect(svg).not.toMatch(/<script|url\(|href|@import/i);
    expect(svg).toContain('fill="#999999"');
  });

  it('shortens a very long label and keeps the full name as tooltip', () => {
    const name = 'Beratungsstelle '.repeat(20);
    const document = parseSvg(
      mapToSvg({
        ...drawing(),
        nodes: [{ id: 'B', label: name, x: 0, y: 0, size: 5, color: '#000' }],
      }),
    );
    const label = [...document.getElementsByTagName('text')][1]?.textContent ?? '';
    expect(Array.from(label)).toHaveLength(40);
    expect(label.endsWith('…')).toBe(true);
    expect([...document.getElementsByTagName('title')].map((t) => t.textContent)).toContain(name);
  });

  it('draws an empty network as a valid picture with title and legend', () => {
    const document = parseSvg(mapToSvg({ ...drawing(), nodes: [], edges: [] }));
    expect(viewBox(document).every(Number.isFinite)).toBe(true);
  });
});

describe('a map with more partners than labels', () => {
  it('labels only the largest partners and names every one in its tooltip', () => {
    const nodes = Array.from({ length: 5 }, (_, i) => ({
      id: `p${i}`,
      label: `Partner ${i}`,
      x: i,
      y: i,
      size: i === 3 ? 9 : i === 1 ? 7 : 3,
      color: '#336699',
    }));
    const svg = mapToSvg({ title: 'Kreis', nodes, edges: [], legend: [], labelled: 2 });
    const labels = [...svg.matchAll(/<text [^>]*paint-order="stroke">([^<]*)<\/text>/g)].map(
      (match) => match[1],
    );
    expect(labels).toEqual(['Partner 1', 'Partner 3']);
    for (const node of nodes) expect(svg).toContain(`<title>${node.label}</title>`);
    const everyLabel = mapToSvg({ title: 'Kreis', nodes, edges: [], legend: [] });
    expect(everyLabel.match(/paint-order="stroke"/g)).toHaveLength(5);
  });
});
