import type { CatalogueLabel } from '../../core/catalogue/types';
import { FindingList, Findings, moreRows } from './Findings';
import { ReportSection } from './ReportSection';
import type { SectionProps } from './types';

export function GapsSection({ data, t, format }: SectionProps) {
  const more = moreRows(t, format);
  const { gaps, language } = data;
  const labels = new Map(gaps.sectorLabels.map(({ id, label }) => [id, label]));
  const sector = (id: string) => pick(labels.get(id), language) ?? id;
  return (
    <ReportSection id="gaps" heading={t('report.sections.gaps')}>
      <p>{t('report.gaps.intro')}</p>
      <Findings
        more={more}
        heading={t('report.gaps.missingTypes')}
        none={t('report.gaps.noMissingTypes')}
        columns={[
          { label: t('report.gaps.type') },
          { label: t('report.gaps.sector') },
          { label: t('report.gaps.basis') },
        ]}
        items={gaps.missingTypes}
        row={(missing) => ({
          key: missing.type,
          cells: [
            pick(missing.typeLabel, language),
            pick(missing.sectorLabel, language),
            t(`report.gaps.bases.${missing.basis}`),
          ],
        })}
      />
      <FindingList
        more={more}
        heading={t('report.gaps.missingSectors')}
        none={t('report.gaps.noMissingSectors')}
        items={gaps.missingSectors}
        text={sector}
      />
      <FindingList
        more={more}
        heading={t('report.gaps.unconnected')}
        none={t('report.gaps.noUnconnected')}
        items={gaps.unconnectedSectorPairs}
        text={({ a, b }) => t('report.gaps.pair', { a: sector(a), b: sector(b) })}
      />
      <Findings
        more={more}
        heading={t('report.gaps.areas')}
        none={t('report.gaps.noAreas')}
        columns={[{ label: t('report.gaps.area') }, { label: t('report.gaps.offer') }]}
        items={gaps.areaCoverage.emptyCells}
        row={({ area, offer }, i) => ({
          key: String(i),
          cells: [area, offer],
        })}
      />
    </ReportSection>
  );
}

/** A catalogue label in the report's language, the German one where the catalogue has no other. */
export function pick(label: CatalogueLabel | undefined, language: 'de' | 'en'): string | undefined {
  return label === undefined ? undefined : label[language] || label.de;
}
