import type { CatalogueLabel } from '../../core/catalogue/types';
import { NoneFound, ReportSection } from './ReportSection';
import type { SectionProps } from './types';

export function GapsSection({ data, t }: SectionProps) {
  const { gaps, language } = data;
  const labels = new Map(gaps.sectorLabels.map(({ id, label }) => [id, label]));
  const sector = (id: string) => pick(labels.get(id), language) ?? id;
  return (
    <ReportSection id="gaps" heading={t('report.sections.gaps')}>
      <p>{t('report.gaps.intro')}</p>
      <h3>{t('report.gaps.missingTypes')}</h3>
      {gaps.missingTypes.length === 0 ? (
        <NoneFound text={t('report.gaps.noMissingTypes')} />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('report.gaps.type')}</th>
              <th scope="col">{t('report.gaps.sector')}</th>
              <th scope="col">{t('report.gaps.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.missingTypes.map((missing) => (
              <tr key={missing.type}>
                <td>{pick(missing.typeLabel, language)}</td>
                <td>{pick(missing.sectorLabel, language)}</td>
                <td>{t(`report.gaps.bases.${missing.basis}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('report.gaps.missingSectors')}</h3>
      {gaps.missingSectors.length === 0 ? (
        <NoneFound text={t('report.gaps.noMissingSectors')} />
      ) : (
        <ul>
          {gaps.missingSectors.map((id) => (
            <li key={id}>{sector(id)}</li>
          ))}
        </ul>
      )}
      <h3>{t('report.gaps.unconnected')}</h3>
      {gaps.unconnectedSectorPairs.length === 0 ? (
        <NoneFound text={t('report.gaps.noUnconnected')} />
      ) : (
        <ul>
          {gaps.unconnectedSectorPairs.map(({ a, b }) => (
            <li key={`${a}\u0000${b}`}>{t('report.gaps.pair', { a: sector(a), b: sector(b) })}</li>
          ))}
        </ul>
      )}
      <h3>{t('report.gaps.areas')}</h3>
      {gaps.areaCoverage.emptyCells.length === 0 ? (
        <NoneFound text={t('report.gaps.noAreas')} />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('report.gaps.area')}</th>
              <th scope="col">{t('report.gaps.offer')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.areaCoverage.emptyCells.map(({ area, offer }, i) => (
              <tr key={i}>
                <td>{area}</td>
                <td>{offer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}

function pick(label: CatalogueLabel | undefined, language: 'de' | 'en'): string | undefined {
  return label === undefined ? undefined : label[language] || label.de;
}
