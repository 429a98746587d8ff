import { useCamera, useFullScreen } from '@react-sigma/core';
import { useTranslation } from 'react-i18next';

/** Zoom and fit buttons, labelled, reachable by keyboard. */
export function MapControls() {
  const { t } = useTranslation();
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 300, factor: 1.5 });
  const { toggle, isFullScreen } = useFullScreen();
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
      <button
        type="button"
        onClick={toggle}
        aria-pressed={isFullScreen}
        aria-label={t('map.fullScreen')}
        title={t('map.fullScreen')}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path
            d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4"
            stroke="currentColor"
            fill="none"
            strokeWidth="1.6"
          />
        </svg>
      </button>
    </div>
  );
}
