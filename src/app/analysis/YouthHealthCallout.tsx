import { useTranslation } from 'react-i18next';
import type { SectorBlock } from '../../core/analysis/block-density';
import { HEALTH_CARE, YOUTH_WELFARE } from '../../core/appearance/key-sectors';
import { findSector } from './heat-map';
import { useMeasureFormat } from './use-measure-format';

interface Props {
  sectors: readonly string[];
  lookup: (a: string, b: string) => SectorBlock | undefined;
}

/**
 * One sentence on the cooperations between youth welfare and health care, the known weak spot of
 * Frühe Hilfen networks, called out below the matrix.
 */
export function YouthHealthCallout({ sectors, lookup }: Props) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  const youthWelfare = findSector(sectors, YOUTH_WELFARE.name);
  const health = findSector(sectors, HEALTH_CARE.name);
  if (youthWelfare === undefined || health === undefined) {
    const sector = youthWelfare === undefined ? YOUTH_WELFARE.name : HEALTH_CARE.name;
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
