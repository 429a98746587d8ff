import { useCamera } from '@react-sigma/core';
import { useTranslation } from 'react-i18next';

/** Zoom and fit buttons, labelled, reachable by keyboard. */
export function MapControls() {
  const { t } = useTranslation();
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 300, factor: 1.5 });
  return (
    <div className="map-controls">
      <button
        type="button"
        onClick={() => zoomIn()}
        aria-label={t('map.zoomIn')}
        title={t('map.zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => zoomOut()}
        aria-label={t('map.zoomOut')}
        title={t('map.zoomOut')}
      >
        −
      </button>
      <button type="button" onClick={() => reset()} aria-label={t('map.fit')} title={t('map.fit')}>
        ⤢
      </button>
    </div>
  );
}
