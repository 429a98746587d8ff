import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** A key press moves the view by this share of what is in view. */
const STEP = 0.15;
const ZOOM = 1.5;

/**
 * The map itself takes keyboard focus: arrow keys move the view, + and − zoom, 0 shows the whole
 * network. Partners are chosen with the search field or in the table (the map's text alternative).
 */
export function MapKeyboard() {
  const { t } = useTranslation();
  const sigma = useSigma();

  useEffect(() => {
    const container = sigma.getContainer();
    container.tabIndex = 0;
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', t('map.keys'));
    const camera = sigma.getCamera();
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const { x, y, ratio } = camera.getState();
      // The camera's coordinates: 1 is the whole network's extent at ratio 1; y grows upwards.
      const step = STEP * ratio;
      const moves: Record<string, () => void> = {
        ArrowLeft: () => camera.animate({ x: x - step }, { duration: 150 }),
        ArrowRight: () => camera.animate({ x: x + step }, { duration: 150 }),
        ArrowUp: () => camera.animate({ y: y + step }, { duration: 150 }),
        ArrowDown: () => camera.animate({ y: y - step }, { duration: 150 }),
        '+': () => camera.animatedZoom({ duration: 200, factor: ZOOM }),
        '-': () => camera.animatedUnzoom({ duration: 200, factor: ZOOM }),
        '0': () => camera.animatedReset({ duration: 200 }),
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      void move();
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [sigma, t]);

  return null;
}
