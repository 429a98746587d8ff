import { useSigma } from '@react-sigma/core';
import type { downloadAsPNG } from '@sigma/export-image';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_MAP_LABELS } from '../../core/export/report-map';
import { partnerIdOf } from '../../core/model/keys';
import type { LegendEntry, MapDrawing } from '../../core/export/svg';
import { downloadFile } from '../export/download';
import { afterNextPaint } from '../in-steps';
import { runInWorker } from '../worker/client';
import type { MapEdge, MapNode } from './map-graph';

const loadPngWriter = () => import('@sigma/export-image');

interface Props {
  fileName: string;
  legend: LegendEntry[];
  /** A large map's SVG and PNG show the partners in view, the largest of them named. */
  large: boolean;
}

type Sigma = ReturnType<typeof useSigma<MapNode, MapEdge>>;

/**
 * The partners and ties as shown (places on screen, sizes, colours; what filters hide left out)
 * for the SVG and PNG writers. `inView`: only the partners within the map's frame, the largest
 * `REPORT_MAP_LABELS` of them named, as on a map zoomed out.
 */
function shownDrawing(
  sigma: Sigma,
  title: string,
  legend: LegendEntry[],
  inView: boolean,
): MapDrawing {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const shown = new Set<string>();
  const nodes: MapDrawing['nodes'] = [];
  graph.forEachNode((node, attributes) => {
    const data = sigma.getNodeDisplayData(node);
    if (data === undefined || data.hidden) return;
    const point = sigma.framedGraphToViewport({ x: data.x, y: data.y });
    if (inView && (point.x < 0 || point.y < 0 || point.x > width || point.y > height)) return;
    shown.add(node);
    // The viewport's y points down; the SVG writer expects graph coordinates (y up).
    nodes.push({
      id: partnerIdOf(node),
      label: attributes.label,
      x: point.x,
      y: -point.y,
      size: data.size,
      color: data.color,
    });
  });
  const edges: MapDrawing['edges'] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (!shown.has(source) || !shown.has(target) || sigma.getEdgeDisplayData(edge)?.hidden) return;
    edges.push({
      source: partnerIdOf(source),
      target: partnerIdOf(target),
      size: sigma.getEdgeDisplayData(edge)?.size ?? 1,
    });
  });
  return { title, nodes, edges, legend, ...(inView ? { labelled: REPORT_MAP_LABELS } : {}) };
}

/**
 * The map as PNG or SVG: what is on screen, filters, highlighting and layout included, with title,
 * names and legend. Both are written in the export worker from the same scene, the PNG painted at
 * twice the SVG's size (sigma's own renderer drew it on the page: 3.2 s for 10,000 partners, the
 * page frozen meanwhile, and without names of small partners or a legend). Only a browser without
 * `OffscreenCanvas` gets sigma's picture of the view.
 */
export function MapExport({ fileName, legend, large }: Props) {
  const { t } = useTranslation();
  const sigma = useSigma<MapNode, MapEdge>();
  // The export helper is typed for sigma's default attributes; ours only add fields.
  const renderer = sigma as unknown as Parameters<typeof downloadAsPNG>[0];
  const inWorker = typeof OffscreenCanvas !== 'undefined';

  // The PNG writer is not needed to show the map: fetched after it, ready before a click.
  useEffect(() => {
    if (!inWorker) void loadPngWriter();
  }, [inWorker]);

  // Sigma draws the picture on the page in one go (a second renderer at twice the size), so the
  // note that it is being drawn is on screen first.
  const [png, setPng] = useState<'drawing' | 'failed' | null>(null);
  const savePng = async () => {
    setPng('drawing');
    try {
      if (inWorker) {
        const drawing = shownDrawing(sigma, fileName, legend, large);
        const bytes = await runInWorker({ task: 'export', format: 'map-png', drawing }).result;
        downloadFile(`${fileName}.png`, bytes, 'image/png');
      } else {
        const { downloadAsPNG } = await loadPngWriter();
        await afterNextPaint();
        const { width, height } = sigma.getDimensions();
        await downloadAsPNG(renderer, {
          fileName,
          backgroundColor: '#ffffff',
          width: width * 2,
          height: height * 2,
        });
      }
      setPng(null);
    } catch {
      setPng('failed');
    }
  };

  const [svgFailed, setSvgFailed] = useState(false);
  const svg = () => {
    setSvgFailed(false);
    const drawing = shownDrawing(sigma, fileName, legend, false);
    runInWorker({ task: 'export', format: 'map-svg', drawing }).result.then(
      (bytes) => downloadFile(`${fileName}.svg`, bytes, 'image/svg+xml'),
      () => setSvgFailed(true),
    );
  };

  return (
    <div className="map-export" role="group" aria-label={t('export.mapTitle')}>
      <button type="button" disabled={png === 'drawing'} onClick={() => void savePng()}>
        {t('export.png')}
      </button>
      <button type="button" onClick={svg}>
        {t('export.svg')}
      </button>
      {png === 'drawing' && <p role="status">{t('export.pngDrawing')}</p>}
      {png === 'failed' && (
        <p role="alert" className="error">
          {t('export.pngFailed')}
        </p>
      )}
      {svgFailed && (
        <p role="alert" className="error">
          {t('export.svgFailed')}
        </p>
      )}
    </div>
  );
}
