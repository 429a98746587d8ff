import { useSigma } from '@react-sigma/core';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectorColor } from '../../core/appearance/sector-colors';
import type { MapEdge, MapNode } from './map-graph';
import { NAME_GAP } from './sector-frame';
import type { SectorArrangement } from './sector-layout';
import { useSectorName } from '../text/use-sector-name';

/** Space kept between a sector's name and the map's edge. */
const EDGE = 4;

interface Props {
  arrangement: SectorArrangement;
}

interface Frame {
  cx: number;
  cy: number;
  r: number;
  /** The map's width. */
  width: number;
}

/** The slices of the sector layout drawn under the partners, with each sector's name at its rim. */
export function SectorOverlay({ arrangement }: Props) {
  const { t } = useTranslation();
  const sectorName = useSectorName();
  const sigma = useSigma<MapNode, MapEdge>();
  const [frame, setFrame] = useState<Frame | null>(null);
  // The names' widths, measured once drawn, so that none runs off the map's edge.
  const drawing = useRef<SVGSVGElement>(null);
  const [widths, setWidths] = useState<number[]>([]);
  const drawn = frame !== null;
  useLayoutEffect(() => {
    const texts = drawing.current?.querySelectorAll('text') ?? [];
    const measured = [...texts].map((text) => Math.ceil(text.getComputedTextLength()));
    if (measured.some((width, index) => width !== widths[index])) setWidths(measured);
  }, [drawn, arrangement, sectorName, t, widths]);

  useEffect(() => {
    const measure = () => {
      const centre = sigma.graphToViewport({ x: 0, y: 0 });
      const rim = sigma.graphToViewport({ x: arrangement.radius, y: 0 });
      setFrame({
        cx: centre.x,
        cy: centre.y,
        r: Math.hypot(rim.x - centre.x, rim.y - centre.y),
        width: sigma.getDimensions().width,
      });
    };
    measure();
    sigma.on('afterRender', measure);
    return () => {
      sigma.off('afterRender', measure);
    };
  }, [sigma, arrangement]);

  if (!frame) return null;
  const { cx, cy, r, width } = frame;
  // Graph y points up, the screen's down: angles are mirrored.
  const point = (angle: number, radius: number) => ({
    x: cx + radius * Math.cos(angle),
    y: cy - radius * Math.sin(angle),
  });
  return (
    <svg className="sector-overlay" aria-hidden="true" ref={drawing}>
      <circle cx={cx} cy={cy} r={r} fill="none" stroke="#D0D4DB" />
      {arrangement.slices.map((slice, index) => {
        const edge = point(slice.start, r);
        const middle = (slice.start + slice.end) / 2;
        const label = point(middle, r + NAME_GAP);
        const anchor = Math.cos(middle) >= 0 ? 'start' : 'end';
        // Kept inside the map when the circle is too wide for its names (a narrow map).
        const room = widths[index] ?? 0;
        const x =
          anchor === 'start'
            ? Math.max(0, Math.min(label.x, width - EDGE - room))
            : Math.min(width, Math.max(label.x, EDGE + room));
        return (
          <g key={slice.sector}>
            <line x1={cx} y1={cy} x2={edge.x} y2={edge.y} stroke="#D0D4DB" />
            <text
              x={x}
              y={label.y}
              data-angle={middle}
              fill={sectorColor(slice.sector)}
              textAnchor={anchor}
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
