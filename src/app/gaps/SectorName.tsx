import { sectorColor } from '../../core/appearance/sector-colors';
import type { GapLabels } from './labels';

/** A catalogue sector's name with its map colour. */
export function SectorName({ id, labels }: { id: string; labels: GapLabels }) {
  return (
    <>
      <span
        className="swatch"
        style={{ background: sectorColor(labels.sectorColourKey(id)) }}
        aria-hidden="true"
      />
      {labels.sector(id)}
    </>
  );
}
