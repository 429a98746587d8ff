import { useEffect, useRef, useState } from 'react';
import type { ReportMap } from '../../core/export/report-map';
import type { MapPictureResult } from '../../worker/protocol';
import { runInWorker, type RunningTask } from '../worker/client';

/** A picture of the map as the page shows it: an SVG image from a `blob:` address, or a bitmap. */
export type ShownPicture = { kind: 'svg'; url: string } | { kind: 'bitmap'; bitmap: ImageBitmap };

/** What a picture of the map is: the picture, 'drawing' while it is made, or none (no places). */
export type MapPicture = ShownPicture | 'drawing' | undefined;

const svgUrl = (bytes: Uint8Array) =>
  URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'image/svg+xml' }));

/** Gives back what a shown picture holds: its address, or the bitmap's memory. */
function release(picture: ShownPicture): void {
  if (picture.kind === 'svg') URL.revokeObjectURL(picture.url);
  else picture.bitmap.close();
}

/**
 * A picture made in the export worker for `map` (none for null: no places yet), kept until the
 * next one is shown or the component goes, then released. 'drawing' while it is made.
 */
function useWorkerPicture(
  map: ReportMap | null,
  run: (map: ReportMap) => RunningTask<ShownPicture>,
  onFailure: (message: string) => void,
): MapPicture {
  const [picture, setPicture] = useState<{ shown: ShownPicture; of: ReportMap } | null>(null);
  const failed = useRef(onFailure);
  useEffect(() => {
    failed.current = onFailure;
  }, [onFailure]);
  // A picture is given back once the next one is on screen, or the component goes: not when the
  // next arrives, as the canvas may not have drawn its bitmap by then.
  useEffect(() => {
    if (picture === null) return;
    return () => release(picture.shown);
  }, [picture]);
  useEffect(() => {
    if (map === null) return;
    const running = run(map);
    running.result.then(
      (shown) => setPicture({ shown, of: map }),
      (error: unknown) => {
        if (error instanceof Error && error.name === 'TaskCancelled') return;
        failed.current(error instanceof Error ? error.message : String(error));
      },
    );
    return () => running.cancel();
  }, [map, run]);
  if (map === null) return undefined;
  return picture?.of === map ? picture.shown : 'drawing';
}

function runPicture(map: ReportMap): RunningTask<ShownPicture> {
  const running = runInWorker({ task: 'map-picture', ...map });
  return {
    ...running,
    result: running.result.then((made: MapPictureResult): ShownPicture =>
      'bitmap' in made
        ? { kind: 'bitmap', bitmap: made.bitmap }
        : { kind: 'svg', url: svgUrl(made.svg) },
    ),
  };
}

function runSvgFile(map: ReportMap): RunningTask<ShownPicture> {
  const running = runInWorker({ task: 'export', format: 'report-map', ...map });
  return {
    ...running,
    result: running.result.then((bytes): ShownPicture => ({ kind: 'svg', url: svgUrl(bytes) })),
  };
}

/**
 * The map as a picture to show (the report's, and the map itself where the browser has no WebGL),
 * made in the export worker (10,000 partners and 40,000 ties took the page a tenth of a second to
 * write as SVG, 50,000 more than one): SVG, or with many ties a bitmap, since a browser draws an
 * SVG image on the page's own thread (40,000 ties held it 0.2–0.55 s each time it was shown).
 */
export function useMapPicture(
  map: ReportMap | null,
  onFailure: (message: string) => void,
): MapPicture {
  return useWorkerPicture(map, runPicture, onFailure);
}

/** The same map as an SVG file to save, at any size; its address, or 'drawing' while written. */
export function useMapSvgFile(
  map: ReportMap | null,
  onFailure: (message: string) => void,
): string | 'drawing' | undefined {
  const file = useWorkerPicture(map, runSvgFile, onFailure);
  if (file === undefined || file === 'drawing') return file;
  return file.kind === 'svg' ? file.url : undefined;
}
