import { describe, expect, it } from 'vitest';
import { buildMapGraph } from '../../../src/app/map/map-graph';
import { sectorPalette } from '../../../src/core/appearance/sector-colors';
import { startPositions } from '../../../src/core/appearance/start-positions';
import { AGREEMENT_TIE_COLOR, TIE_COLOR } from '../../../src/core/appearance/tie-color';
import { reportMapDrawing } from '../../../src/core/export/report-map';
import { graphKey } from '../../../src/core/model/keys';
import {
  createCooperation,
  createPartner,
  type Intensity,
  type Network,
} from '../../../src/core/model/types';

/** A star: the Jugendamt tied to four partners, one tie of each intensity. */
const star: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'GK', name: 'Geburtsklinik', sector: 'Gesundheitswesen' }),
    createPartner({ id: 'HB', name: 'Hebamme', sector: 'Gesundheitswesen' }),
    createPartner({ id: 'SB', name: 'Schwangerschaftsberatung', sector: 'Beratung' }),
    createPartner({ id: 'KT', name: 'Kita Sonnenschein', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'FZ', name: 'Familienzentrum', sector: 'Kinder- und Jugendhilfe' }),
  ],
  cooperations: (['GK', 'HB', 'SB', 'KT'] as const).map((target, i) =>
    createCooperation({ source: 'JA', target, intensity: (i + 1) as Intensity, formal: i === 3 }),
  ),
};

const report = reportMapDrawing({
  network: star,
  positions: startPositions(star),
  sectorColors: sectorPalette(star.partners, '').colors,
  title: 'Beispielkreis',
  legend: [],
});
const map = buildMapGraph(star);
const onMap = (target: string) => map.getEdgeAttribute(graphKey('JA'), graphKey(target), 'size');
const inReport = (target: string) => report.edges.find((e) => e.target === target)?.size;
const dotOnMap = (id: string) => map.getNodeAttribute(graphKey(id), 'size');
const dotInReport = (id: string) => report.nodes.find((n) => n.id === id)?.size;

describe('the live map and the report’s map', () => {
  it('draw a tie of each intensity equally wide against their pictures', () => {
    const ratios = ['GK', 'HB', 'SB', 'KT'].map((target) => onMap(target) / inReport(target)!);
    for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0]!, 12);
    expect(onMap('SB')).toBeCloseTo(2.3, 12);
    expect(inReport('SB')).toBeCloseTo(2.3, 12);
  });

  it('draw a partner with more ties larger, on the same scale', () => {
    for (const id of ['JA', 'GK', 'FZ']) expect(dotInReport(id)).toBeCloseTo(dotOnMap(id), 12);
    expect(dotOnMap('JA')).toBeGreaterThan(dotOnMap('GK'));
    expect(dotOnMap('GK')).toBeGreaterThan(dotOnMap('FZ'));
  });

  it('start every partner from the same seeded place', () => {
    for (const [id, place] of startPositions(star))
      expect(map.getNodeAttributes(graphKey(id))).toMatchObject({ x: place.x, y: place.y });
  });

  it('draw a tie with a written agreement darker on the map', () => {
    expect(map.getEdgeAttribute(graphKey('JA'), graphKey('KT'), 'color')).toBe(AGREEMENT_TIE_COLOR);
    expect(map.getEdgeAttribute(graphKey('JA'), graphKey('GK'), 'color')).toBe(TIE_COLOR);
  });
});
