import { SigmaContainer } from '@react-sigma/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../core/model/types';
import type { Appearance } from './appearance';
import { buildMapGraph } from './map-graph';
import { MapControls } from './MapControls';
import { MapInteractions } from './MapInteractions';
import { MapLayout } from './MapLayout';
import { MapSearch } from './MapSearch';

interface Props {
  network: Network;
  /** Changes when a new network replaces the old one; the map graph is rebuilt only then. */
  revision: number;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** Size, colour and key points from the analysis; null until it is computed. */
  appearance: Appearance | null;
}

/** The interactive network map. The only part of the app (with its siblings here) that uses sigma. */
export function NetworkMap({ network, revision, selected, onSelect, appearance }: Props) {
  const { t } = useTranslation();
  // Rebuild only on a new revision: sigma is recreated when the graph instance changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const graph = useMemo(() => buildMapGraph(network), [revision]);
  const settings = useMemo(
    () => ({
      labelFont: 'system-ui, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelDensity: 0.35,
      labelGridCellSize: 140,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 5,
    }),
    [],
  );
  if (network.partners.length === 0) return <p className="map-empty">{t('map.empty')}</p>;
  return (
    <div className="map" role="region" aria-label={t('map.label')}>
      <SigmaContainer graph={graph} settings={settings} className="map-canvas">
        <MapInteractions selected={selected} onSelect={onSelect} appearance={appearance} />
        <MapLayout key={revision} />
        <MapControls />
        <MapSearch partners={network.partners} onSelect={onSelect} />
      </SigmaContainer>
    </div>
  );
}
