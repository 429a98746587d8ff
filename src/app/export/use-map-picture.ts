import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReportMap } from '../../core/export/report-map';
import type { ExportTask } from '../../worker/protocol';
import { runInWorker } from '../worker/client';

/** What a picture of the map is: its address, 'drawing' while it is written, or none (no places). */
export type MapPicture = string | 'drawing' | undefined;

/**
 * The map as an SVG picture (the report's, and the map itself where the browser has no WebGL):
 * written in the export worker (10,000 partners and 40,000 ties took the page a tenth of a second,
 * 50,000 more than one) and shown from a `blob:` address, which goes when the next picture
 * replaces it or the view closes. Null `map` (no places yet) draws nothing.
 */
export function useMapPicture(
  map: ReportMap | null,
  onFailure: (message: string) => void,
): MapPicture {
  const task = useMemo<ExportTask | null>(
    () => (map === null ? null : { task: 'export', format: 'report-map', ...map }),
    [map],
  );
  const [picture, setPicture] = useState<{ url: string; of: ExportTask } | null>(null);
  const shown = useRef<string | null>(null);
  const failed = useRef(onFailure);
  useEffect(() => {
    failed.current = onFailure;
  }, [onFailure]);
  useEffect(
    () => () => {
      if (shown.current !== null) URL.revokeObjectURL(shown.current);
    },
    [],
  );
  useEffect(() => {
    if (task === null) return;
    const running = runInWorker(task);
    running.result.then(
      (svg) => {
        const url = URL.createObjectURL(new Blob([new Uint8Array(svg)], { type: 'image/svg+xml' }));
        if (shown.current !== null) URL.revokeObjectURL(shown.current);
        shown.current = url;
        setPicture({ url, of: task });
      },
      (error: unknown) => {
        if (error instanceof Error && error.name === 'TaskCancelled') return;
        failed.current(error instanceof Error ? error.message : String(error));
      },
    );
    return () => running.cancel();
  }, [task]);
  if (task === null) return undefined;
  return picture?.of === task ? picture.url : 'drawing';
}
