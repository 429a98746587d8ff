import type { Catalogue } from '../../core/catalogue/types';
import type { MissingType } from '../../core/gaps/types';
import type { Network } from '../../core/model/types';
import { sectorKey } from '../../core/appearance/sector-key';

/** A partner type the catalogue expects and the network lacks, drawn as a hollow circle. */
export interface Placeholder {
  /** Map key; the prefix keeps it apart from partner IDs. */
  key: string;
  typeLabel: { de: string; en: string };
  /** The sector as the network's partners name it (for colour and place). */
  sector: string;
}

export const PLACEHOLDER_PREFIX = '\u0000gap:';

export function isPlaceholder(key: string): boolean {
  return key.startsWith(PLACEHOLDER_PREFIX);
}

/** The missing types of a gap report, with the sector named as the catalogue's German label. */
export function placeholdersFor(missing: MissingType[], catalogue: Catalogue): Placeholder[] {
  return missing.flatMap((gap) => {
    const sector = catalogue.sectors.find((s) => s.id === gap.sector);
    const type = sector?.types.find((t) => t.id === gap.type);
    if (!sector || !type) return [];
    return [
      { key: `${PLACEHOLDER_PREFIX}${gap.type}`, typeLabel: type.label, sector: sector.label.de },
    ];
  });
}

/**
 * Where a placeholder sits: on a small ring around the middle of its sector's partners (or, for a
 * sector without partners, at the edge of the map), so it shows in which part a type is missing.
 */
export function placeholderPositions(
  placeholders: Placeholder[],
  network: Network,
  position: (id: string) => { x: number; y: number } | undefined,
): Map<string, { x: number; y: number }> {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of network.partners) {
    const at = position(p.id);
    if (!at) continue;
    minX = Math.min(minX, at.x);
    maxX = Math.max(maxX, at.x);
    minY = Math.min(minY, at.y);
    maxY = Math.max(maxY, at.y);
  }
  const extent = Number.isFinite(maxX - minX) ? Math.max(maxX - minX, maxY - minY, 1) : 100;
  const centre = {
    x: Number.isFinite(minX) ? (minX + maxX) / 2 : 0,
    y: Number.isFinite(minY) ? (minY + maxY) / 2 : 0,
  };
  const positions = new Map<string, { x: number; y: number }>();
  placeholders.forEach((placeholder, index) => {
    const members = network.partners
      .map((p) =>
        sectorKey(p.sector) === sectorKey(placeholder.sector) ? position(p.id) : undefined,
      )
      .filter((at) => at !== undefined);
    const angle = index * 2.399963;
    const ring = extent * 0.06;
    if (members.length > 0) {
      const x = members.reduce((sum, at) => sum + at.x, 0) / members.length;
      const y = members.reduce((sum, at) => sum + at.y, 0) / members.length;
      positions.set(placeholder.key, {
        x: x + ring * Math.cos(angle),
        y: y + ring * Math.sin(angle),
      });
    } else {
      positions.set(placeholder.key, {
        x: centre.x + 0.55 * extent * Math.cos(angle),
        y: centre.y + 0.55 * extent * Math.sin(angle),
      });
    }
  });
  return positions;
}
