import { PictureOfMap } from '../export/PictureOfMap';
import type { ShownPicture } from '../export/use-map-picture';
import { ReportSection, NoneFound } from './ReportSection';
import { svgDataUri } from './svg-image';
import type { SectionProps } from './types';

export function MapSection({ data, t }: SectionProps) {
  const { mapImage, mapSvg } = data;
  const picture: ShownPicture | 'drawing' | undefined =
    mapImage ?? (mapSvg === undefined ? undefined : { kind: 'svg', url: svgDataUri(mapSvg) });
  return (
    <ReportSection id="map" heading={t('report.sections.map')}>
      {picture === undefined ? (
        <NoneFound text={t('report.map.none')} />
      ) : picture === 'drawing' ? (
        <p role="status">{t('report.map.drawing')}</p>
      ) : (
        <figure>
          <PictureOfMap picture={picture} alt={t('report.map.alt')} />
          <figcaption>{t('report.map.caption')}</figcaption>
        </figure>
      )}
    </ReportSection>
  );
}
