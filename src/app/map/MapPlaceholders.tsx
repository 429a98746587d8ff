import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { graphKey } from '../../core/model/keys';
import type { Network } from '../../core/model/types';
import { sectorColor } from '../../core/appearance/sector-colors';
import type { MapEdge, MapNode } from './map-graph';
import { placeholderPositions, type Placeholder } from './placeholders';

interface Props {
  network: Network;
  placeholders: Placeholder[];
}

export const HOLLOW = 'hollow';

/** Missing partner types as hollow circles in their sector's part of the map (while shown). */
export function MapPlaceholders({ network, placeholders }: Props) {
  const { t, i18n } = useTranslation();
  const sigma = useSigma<MapNode, MapEdge>();
  const language = i18n.language === 'en' ? 'en' : 'de';

  useEffect(() => {
    const graph = sigma.getGraph();
    const positions = placeholderPositions(placeholders, network, (id) => {
      const node = graphKey(id);
      return graph.hasNode(node)
        ? { x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') }
        : undefined;
    });
    for (const placeholder of placeholders) {
      const at = positions.get(placeholder.key) ?? { x: 0, y: 0 };
      graph.mergeNode(placeholder.key, {
        label: t('map.missingType', { type: placeholder.typeLabel[language] }),
        x: at.x,
        y: at.y,
        size: 8,
        color: sectorColor(placeholder.sector),
        sector: placeholder.sector,
        type: HOLLOW,
      });
    }
    return () => {
      for (const placeholder of placeholders)
        if (graph.hasNode(placeholder.key)) graph.dropNode(placeholder.key);
    };
  }, [sigma, network, placeholders, t, language]);

  return null;
}
