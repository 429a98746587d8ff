import { ReportSection, NoneFound } from './ReportSection';
import { svgDataUri } from './svg-image';
import type { SectionProps } from './types';

export function MapSection({ data, t }: SectionProps) {
  return (
    <ReportSection id="map" heading={t('report.sections.map')}>
      {data.mapSvg === undefined ? (
        <NoneFound text={t('report.map.none')} />
      ) : (
        <figure>
          <img src={svgDataUri(data.mapSvg)} alt={t('report.map.alt')} />
          <figcaption>{t('report.map.caption')}</figcaption>
        </figure>
      )}
    </ReportSection>
  );
}
