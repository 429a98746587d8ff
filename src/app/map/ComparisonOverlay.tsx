import { useSigma } from '@react-sigma/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphKey } from '../../core/model/keys';
import type { MapEdge, MapNode } from './map-graph';

interface Props {
  /** Ties of an earlier Stand that no longer exist, as pairs of partner keys. */
  lostTies: [string, string][];
}

interface Line {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Lost ties are not in the network any more, so sigma cannot draw them: they are drawn as dashed
 * lines over the map, between the two partners' places, redrawn whenever the map is.
 */
export function ComparisonOverlay({ lostTies }: Props) {
  const { t } = useTranslation();
  const sigma = useSigma<MapNode, MapEdge>();
  const [lines, setLines] = useState<Line[]>([]);

  useEffect(() => {
    const measure = () => {
      const at = (id: string) => {
        const data = sigma.getNodeDisplayData(graphKey(id));
        return data && !data.hidden ? sigma.framedGraphToViewport(data) : null;
      };
      setLines(
        lostTies.flatMap(([a, b]) => {
          const from = at(a);
          const to = at(b);
          return from && to
            ? [{ key: `${a}\u0000${b}`, x1: from.x, y1: from.y, x2: to.x, y2: to.y }]
            : [];
        }),
      );
    };
    measure();
    sigma.on('afterRender', measure);
    return () => {
      sigma.off('afterRender', measure);
    };
  }, [sigma, lostTies]);

  if (lines.length === 0) return null;
  return (
    <svg
      className="comparison-overlay"
      role="img"
      aria-label={t('map.lostTies', { count: lines.length })}
    >
      {lines.map((line) => (
        <line
          key={line.key}
          x1={line.x1}
          y1={line.y1}
          x2={line.x2}
          y2={line.y2}
          className="lost-tie"
        />
      ))}
    </svg>
  );
}
