import { ReportSection, NoneFound } from './ReportSection';
import { svgDataUri } from './svg-image';
import type { SectionProps } from './types';

export function MapSection({ data, t }: SectionProps) {
  const { mapImage, mapSvg } = data;
  const src = mapImage ?? (mapSvg === undefined ? undefined : svgDataUri(mapSvg));
  return (
    <ReportSection id="map" heading={t('report.sections.map')}>
      {src === undefined ? (
        <NoneFound text={t('report.map.none')} />
      ) : src === 'drawing' ? (
        <p role="status">{t('report.map.drawing')}</p>
      ) : (
        <figure>
          <img src={src} alt={t('report.map.alt')} />
          <figcaption>{t('report.map.caption')}</figcaption>
        </figure>
      )}
    </ReportSection>
  );
}
