import { useSigma } from '@react-sigma/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectorColor } from '../../core/appearance/sector-colors';
import type { MapEdge, MapNode } from './map-graph';
import type { SectorArrangement } from './sector-layout';
import { useSectorName } from '../text/use-sector-name';

interface Props {
  arrangement: SectorArrangement;
}

interface Frame {
  cx: number;
  cy: number;
  r: number;
}

/** The slices of the sector layout drawn under the partners, with each sector's name at its rim. */
export function SectorOverlay({ arrangement }: Props) {
  const { t } = useTranslation();
  const sectorName = useSectorName();
  const sigma = useSigma<MapNode, MapEdge>();
  const [frame, setFrame] = useState<Frame | null>(null);

  useEffect(() => {
    const measure = () => {
      const centre = sigma.graphToViewport({ x: 0, y: 0 });
      const rim = sigma.graphToViewport({ x: arrangement.radius, y: 0 });
      setFrame({ cx: centre.x, cy: centre.y, r: Math.hypot(rim.x - centre.x, rim.y - centre.y) });
    };
    measure();
    sigma.on('afterRender', measure);
    return () => {
      sigma.off('afterRender', measure);
    };
  }, [sigma, arrangement]);

  if (!frame) return null;
  const { cx, cy, r } = frame;
  // Graph y points up, the screen's down: angles are mirrored.
  const point = (angle: number, radius: number) => ({
    x: cx + radius * Math.cos(angle),
    y: cy - radius * Math.sin(angle),
  });
  return (
    <svg className="sector-overlay" aria-hidden="true">
      <circle cx={cx} cy={cy} r={r} fill="none" stroke="#D0D4DB" />
      {arrangement.slices.map((slice) => {
        const edge = point(slice.start, r);
        const middle = (slice.start + slice.end) / 2;
        const label = point(middle, r + 14);
        return (
          <g key={slice.sector}>
            <line x1={cx} y1={cy} x2={edge.x} y2={edge.y} stroke="#D0D4DB" />
            <text
              x={label.x}
              y={label.y}
              fill={sectorColor(slice.sector)}
              textAnchor={Math.cos(middle) >= 0 ? 'start' : 'end'}
              dominantBaseline="middle"
              className="sector-label"
            >
              {slice.sector === '' ? t('map.noSector') : sectorName(slice.sector)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
