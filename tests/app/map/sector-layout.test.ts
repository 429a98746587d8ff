import { describe, expect, it } from 'vitest';
import { SECTOR_RADIUS, sectorLayout, sliceOrder } from '../../../src/app/map/sector-layout';
import { createPartner } from '../../../src/core/model/types';

const sectors = [
  'Kinder- und Jugendhilfe',
  'Gesundheitswesen',
  'Beratung',
  'Bildung',
  'Schutz und Justiz',
  'Zivilgesellschaft',
];
const partners = sectors.flatMap((sector, s) =>
  Array.from({ length: 4 + s }, (_, i) =>
    createPartner({ id: `${s}-${i}`, name: `${sector} ${i}`, sector }),
  ),
);

function angleOf({ x, y }: { x: number; y: number }): number {
  const angle = Math.atan2(y, x);
  return angle < 0 ? angle + 2 * Math.PI : angle;
}

describe('the sector layout', () => {
  it('puts youth welfare and health care opposite each other', () => {
    const order = sliceOrder(partners.map((p) => p.sector));
    expect(order[0]).toBe('Kinder- und Jugendhilfe');
    expect(order[order.length / 2]).toBe('Gesundheitswesen');
  });

  it('places every partner inside its own sector slice and inside the circle', () => {
    const centrality = new Map(partners.map((p, i) => [p.id, (i * 7) % 11]));
    const { slices, positions } = sectorLayout(partners, centrality);
    for (const partner of partners) {
      const position = positions.get(partner.id);
      const slice = slices.find((s) => s.sector === partner.sector);
      expect(position && slice).toBeTruthy();
      if (!position || !slice) continue;
      const angle = angleOf(position);
      expect(angle).toBeGreaterThan(slice.start);
      expect(angle).toBeLessThan(slice.end);
      expect(Math.hypot(position.x, position.y)).toBeLessThan(SECTOR_RADIUS);
    }
  });

  it('puts the most central partner nearest the middle', () => {
    const centrality = new Map(partners.map((p) => [p.id, p.id === '3-2' ? 10 : 1]));
    const { positions } = sectorLayout(partners, centrality);
    const distance = (id: string) =>
      Math.hypot(positions.get(id)?.x ?? 0, positions.get(id)?.y ?? 0);
    for (const partner of partners)
      if (partner.id !== '3-2') expect(distance('3-2')).toBeLessThan(distance(partner.id));
  });
});
