import { useSigma } from '@react-sigma/core';
import type { downloadAsPNG } from '@sigma/export-image';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mapToSvg, type LegendEntry } from '../../core/export/svg';
import { downloadFile } from '../export/download';
import { afterNextPaint } from '../in-steps';
import type { MapEdge, MapNode } from './map-graph';

const loadPngWriter = () => import('@sigma/export-image');

interface Props {
  fileName: string;
  legend: LegendEntry[];
}

/**
 * The map as PNG (sigma's own renderer, at twice the screen's resolution) or SVG (vector, with
 * legend): exactly what is on screen, filters, highlighting and layout included.
 */
export function MapExport({ fileName, legend }: Props) {
  const { t } = useTranslation();
  const sigma = useSigma<MapNode, MapEdge>();
  // The export helper is typed for sigma's default attributes; ours only add fields.
  const renderer = sigma as unknown as Parameters<typeof downloadAsPNG>[0];

  // The PNG writer is not needed to show the map: fetched after it, ready before a click.
  useEffect(() => {
    void loadPngWriter();
  }, []);

  // Sigma draws the picture on the page in one go (a second renderer at twice the size): for a
  // large map that takes seconds, so the note that it is being drawn is on screen first.
  const [png, setPng] = useState<'drawing' | 'failed' | null>(null);
  const savePng = async () => {
    setPng('drawing');
    try {
      const { downloadAsPNG } = await loadPngWriter();
      await afterNextPaint();
      const { width, height } = sigma.getDimensions();
      await downloadAsPNG(renderer, {
        fileName,
        backgroundColor: '#ffffff',
        width: width * 2,
        height: height * 2,
      });
      setPng(null);
    } catch {
      setPng('failed');
    }
  };

  const svg = () => {
    const graph = sigma.getGraph();
    const shown = new Set<string>();
    const nodes = graph
      .filterNodes((node) => !sigma.getNodeDisplayData(node)?.hidden)
      .map((node) => {
        const data = sigma.getNodeDisplayData(node);
        const point = sigma.framedGraphToViewport({ x: data?.x ?? 0, y: data?.y ?? 0 });
        shown.add(node);
        // The viewport's y points down; the SVG writer expects graph coordinates (y up).
        return {
          id: node,
          label: graph.getNodeAttribute(node, 'label'),
          x: point.x,
          y: -point.y,
          size: data?.size ?? 3,
          color: data?.color ?? '#777777',
        };
      });
    const edges = graph
      .filterEdges(
        (edge, _attributes, source, target) =>
          shown.has(source) && shown.has(target) && !sigma.getEdgeDisplayData(edge)?.hidden,
      )
      .map((edge) => {
        const [source, target] = graph.extremities(edge);
        return { source, target, size: sigma.getEdgeDisplayData(edge)?.size ?? 1 };
      });
    downloadFile(
      `${fileName}.svg`,
      mapToSvg({ title: fileName, nodes, edges, legend }),
      'image/svg+xml',
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
    </div>
  );
}
