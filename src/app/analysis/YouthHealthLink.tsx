import { useTranslation } from 'react-i18next';
import type { SectorBlock } from '../../core/analysis/block-density';
import { findSector } from './heat-map';
import { useMeasureFormat } from './use-measure-format';

/**
 * The catalogue's names of the two sectors whose link is the known weak spot of Frühe Hilfen
 * networks (NZFH monitoring: health care remains the gap), called out below the matrix.
 */
const YOUTH_WELFARE = 'Kinder- und Jugendhilfe';
const HEALTH = 'Gesundheitswesen';

interface Props {
  sectors: readonly string[];
  lookup: (a: string, b: string) => SectorBlock | undefined;
}

/** One sentence on the cooperations between youth welfare and health care. */
export function YouthHealthLink({ sectors, lookup }: Props) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  const youthWelfare = findSector(sectors, YOUTH_WELFARE);
  const health = findSector(sectors, HEALTH);
  if (youthWelfare === undefined || health === undefined) {
    const sector = youthWelfare === undefined ? YOUTH_WELFARE : HEALTH;
    return (
      <p className="analysis-callout">{t('analysis.heatMap.youthHealthMissing', { sector })}</p>
    );
  }
  const block = lookup(youthWelfare, health);
  const ties = block?.ties ?? 0;
  return (
    <p className="analysis-callout">
      {t('analysis.heatMap.youthHealth', {
        count: ties,
        ties: format(ties),
        density: format(block?.density ?? 0, 3),
      })}
    </p>
  );
}
