import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../core/model/types';
import { PartnerName } from '../analysis/Names';
import { ScrollRegion } from '../components/ScrollRegion';
import type { Visible } from '../filters/filters';
import { sectorColor } from '../../core/appearance/sector-colors';
import { matrixBands } from './matrix-bands';
import { matrixTies } from './matrix-ties';
import { MatrixRow } from './MatrixRow';
import { useSectorName } from '../text/use-sector-name';

interface Props {
  network: Network;
  visible: Visible;
  selected: string | null;
  onSelect: (id: string) => void;
}

/**
 * The partner × partner table: a sector band over the columns and down the rows, the partners'
 * names as buttons in the headers, one shaded cell per tie and the diagonal greyed.
 */
export function PartnerMatrix({ network, visible, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const bands = useMemo(() => matrixBands(network, visible.partners), [network, visible.partners]);
  const columns = useMemo(() => bands.flatMap((band) => band.partners), [bands]);
  const ties = useMemo(
    () => matrixTies(network.cooperations, visible.cooperations),
    [network.cooperations, visible.cooperations],
  );
  const inLanguage = useSectorName();
  const sectorName = (sector: string) => inLanguage(sector) || t('analysis.noSector');

  return (
    <ScrollRegion name={t('matrix.title')}>
      <table className="matrix-table">
        <caption>{t('matrix.caption', { count: columns.length })}</caption>
        <colgroup span={2} />
        {bands.map((band) => (
          <colgroup key={band.sector} span={band.partners.length} />
        ))}
        <thead>
          <tr>
            <td colSpan={2} rowSpan={2} className="matrix-corner">
              <span className="muted">{t('matrix.corner')}</span>
            </td>
            {bands.map((band) => (
              <th
                key={band.sector}
                scope="colgroup"
                colSpan={band.partners.length}
                className="matrix-band matrix-column-band"
                style={{ background: sectorColor(band.sector) }}
                title={sectorName(band.sector)}
              >
                <span>{sectorName(band.sector)}</span>
              </th>
            ))}
          </tr>
          <tr>
            {columns.map((partner) => (
              <th
                key={partner.id}
                scope="col"
                className={
                  partner.id === selected
                    ? 'matrix-column-name matrix-selected'
                    : 'matrix-column-name'
                }
                title={partner.name}
              >
                <PartnerName
                  id={partner.id}
                  name={partner.name}
                  sector={partner.sector}
                  onSelect={onSelect}
                />
              </th>
            ))}
          </tr>
        </thead>
        {bands.map((band) => (
          <tbody key={band.sector}>
            {band.partners.map((partner, index) => (
              <MatrixRow
                key={partner.id}
                partner={partner}
                opens={index === 0 ? band : null}
                columns={columns}
                ties={ties}
                selected={partner.id === selected}
                onSelect={onSelect}
              />
            ))}
          </tbody>
        ))}
      </table>
    </ScrollRegion>
  );
}
