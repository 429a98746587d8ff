import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { LabelPlacer } from './labels';

/** Connects the map's frames to its label placer (see `createLabelPlacer`). */
export function MapLabels({ placer }: { placer: LabelPlacer }) {
  const sigma = useSigma();
  useEffect(() => {
    placer.attach(sigma.getCanvases().labels?.getContext('2d') ?? null);
    sigma.on('beforeRender', placer.reset);
    sigma.on('afterRender', placer.flush);
    sigma.scheduleRender();
    return () => {
      placer.attach(null);
      sigma.off('beforeRender', placer.reset);
      sigma.off('afterRender', placer.flush);
    };
  }, [sigma, placer]);
  return null;
}
