import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sectorPalette } from '../../core/appearance/sector-colors';
import { startPositions } from '../../core/appearance/start-positions';
import type { ReportMap } from '../../core/export/report-map';
import type { Network } from '../../core/model/types';
import type { MapPosition } from '../../core/project/types';
import { PictureOfMap } from '../export/PictureOfMap';
import { useMapPicture, useMapSvgFile } from '../export/use-map-picture';
import { tieKey, type Visible } from '../filters/filters';
import { TaskProgress } from '../worker/TaskProgress';
import { useCoreTask } from '../worker/use-core-task';
import { useSectorName } from '../text/use-sector-name';

interface Props {
  network: Network;
  /** What a filter leaves, or null when none is set: only that is drawn. */
  visible: Visible | null;
  /** Where the layout last left the partners; without a place for each, the worker lays them out. */
  positions: Map<string, MapPosition>;
  /** Called once with the places the layout found, so the report and the exports have them too. */
  onPositions: (positions: Map<string, MapPosition>, atRest: boolean) => void;
  /** Places of the sector layout, when the map is arranged by sectors; else null. */
  sectorPlaces: Map<string, { x: number; y: number }> | null;
  /** The network's name, the picture's title. */
  name: string;
  /** Base of the saved picture's file name. */
  fileName: string;
  /** Why the interactive map is not shown: no WebGL, or the message of its failure. */
  reason: { kind: 'no-webgl' } | { kind: 'failed'; message: string };
  /** Shown beside the note (the choice of layout). */
  controls: ReactNode;
}

/**
 * The map as a picture, where the browser cannot draw the interactive one (no WebGL: a computer
 * without graphics acceleration, a virtual desktop, a browser with it switched off). The layout
 * is computed in the worker as the map would settle, the picture drawn as the report's: colour by
 * sector, size by cooperations, the largest partners named. Everything else works from the table.
 * Mounted once per network (the map is keyed by generation); an edit lays out only what it added.
 */
export function MapPicture({
  network,
  visible,
  positions,
  onPositions,
  sectorPlaces,
  name,
  fileName,
  reason,
  controls,
}: Props) {
  const { t } = useTranslation();
  // Laid out again only where partners have no place yet (a new network, a partner added by an
  // edit): noted while rendering, per state of the network.
  const startFor = () =>
    network.partners.every((p) => positions.has(p.id)) ? null : startPositions(network, positions);
  const [laying, setLaying] = useState(() => ({ network, start: startFor() }));
  if (laying.network !== network) setLaying({ network, start: startFor() });
  const start = laying.network === network ? laying.start : null;
  const layoutTask = useMemo(
    () => (start === null ? null : { task: 'layout' as const, network, start }),
    [network, start],
  );
  const layout = useCoreTask<'layout'>(layoutTask);
  const laidOut = layout.current ? layout.result : null;
  const stored = useRef<unknown>(null);
  useEffect(() => {
    if (laidOut === null || stored.current === laidOut) return;
    stored.current = laidOut;
    onPositions(laidOut, true);
  }, [laidOut, onPositions]);

  const [failure, setFailure] = useState<string | null>(null);
  const noSector = t('map.noSector');
  const sectorName = useSectorName();
  const places = sectorPlaces ?? (start === null ? positions : laidOut);
  const map = useMemo<ReportMap | null>(() => {
    if (places === null) return null;
    const shown = visible === null ? network : visiblePart(network, visible);
    const { colors, legend } = sectorPalette(shown.partners, noSector, sectorName);
    return { network: shown, positions: places, sectorColors: colors, legend, title: name };
  }, [network, visible, places, name, noSector, sectorName]);
  const picture = useMapPicture(map, setFailure);
  // The file to save is SVG at any size; a large map is shown as a bitmap, so its SVG is written
  // apart (only then).
  const svgShown = picture !== undefined && picture !== 'drawing' && picture.kind === 'svg';
  const bitmapShown = picture !== undefined && picture !== 'drawing' && picture.kind === 'bitmap';
  const svgFile = useMapSvgFile(bitmapShown ? map : null, setFailure);
  const file = svgShown ? picture.url : svgFile;

  const alt = t('map.pictureAlt', {
    name,
    partners: map?.network.partners.length ?? network.partners.length,
    ties: map?.network.cooperations.length ?? network.cooperations.length,
  });
  return (
    <div className="map-picture">
      <div className="map-picture-top">
        <p className="map-picture-note" role="note">
          {reason.kind === 'no-webgl'
            ? t('map.pictureNoWebgl')
            : t('map.pictureFailed', { message: reason.message })}{' '}
          {t('map.pictureHow')}
        </p>
        {controls}
      </div>
      {layoutTask !== null && (
        <TaskProgress
          label={t('map.pictureLayout')}
          status={layout.status}
          onStop={layout.stop}
          onRestart={layout.restart}
        />
      )}
      {failure !== null && (
        <p role="alert" className="error">
          {t('errors.unexpected', { message: failure })}
        </p>
      )}
      {picture === 'drawing' && <p role="status">{t('map.pictureDrawing')}</p>}
      {picture !== undefined && picture !== 'drawing' && (
        <figure>
          <PictureOfMap picture={picture} alt={alt} />
          {file !== undefined && file !== 'drawing' && (
            <figcaption>
              <a href={file} download={`${fileName} Karte.svg`}>
                {t('map.pictureSave')}
              </a>
            </figcaption>
          )}
        </figure>
      )}
    </div>
  );
}

/** The partners and ties a filter leaves. */
function visiblePart(network: Network, visible: Visible): Network {
  return {
    partners: network.partners.filter((p) => visible.partners.has(p.id)),
    cooperations: network.cooperations.filter((c) =>
      visible.cooperations.has(tieKey(c.source, c.target)),
    ),
  };
}
