import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../core/model/types';
import { readableTextOn } from '../analysis/heat-map';
import { PartnerName } from '../analysis/Names';
import { tieKey } from '../filters/filters';
import { sectorColor } from '../../core/appearance/sector-colors';
import { intensityColour } from './intensity-colours';
import type { SectorBand } from './matrix-bands';
import type { MatrixTie } from './matrix-ties';
import { useSectorName } from '../text/use-sector-name';

interface Props {
  partner: Partner;
  /** The sector band this row opens, drawn down the left edge; null inside a band. */
  opens: SectorBand | null;
  columns: readonly Partner[];
  ties: ReadonlyMap<string, MatrixTie>;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One partner's row of the Kooperationsmatrix; memoised, so selecting redraws two rows only. */
export const MatrixRow = memo(function MatrixRow({
  partner,
  opens,
  columns,
  ties,
  selected,
  onSelect,
}: Props) {
  const { t } = useTranslation();
  const sectorName = useSectorName();
  return (
    <tr className={selected ? 'matrix-selected' : undefined}>
      {opens && (
        <th
          scope="rowgroup"
          rowSpan={opens.partners.length}
          className="matrix-band matrix-row-band"
          style={{ background: sectorColor(opens.sector) }}
          title={sectorName(opens.sector) || t('analysis.noSector')}
        >
          <span>{sectorName(opens.sector) || t('analysis.noSector')}</span>
        </th>
      )}
      <th scope="row" className="matrix-row-name" title={partner.name}>
        <PartnerName
          id={partner.id}
          name={partner.name}
          sector={partner.sector}
          onSelect={onSelect}
        />
      </th>
      {columns.map((other) => {
        if (other.id === partner.id) return <td key={other.id} className="matrix-self" />;
        const tie = ties.get(tieKey(partner.id, other.id));
        if (!tie) return <td key={other.id} />;
        const background = intensityColour(tie.intensity);
        const words = {
          a: partner.name,
          b: other.name,
          intensity: tie.intensity,
          label: t(`intensity.${tie.intensity}`),
        };
        return (
          <td
            key={other.id}
            className="matrix-tie"
            style={{ background, color: readableTextOn(background) }}
            title={tie.formal ? t('matrix.cellFormal', words) : t('matrix.cell', words)}
          >
            {tie.formal ? `${tie.intensity} ✓` : tie.intensity}
          </td>
        );
      })}
    </tr>
  );
});
