/** The parts of a Chrome DevTools CPU profile (`Profiler.stop`) that the summary reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  ms: number;
  /** Function name (minified in the build) and place in its script. */
  where: string;
  /** The first characters of the function in the built bundle, to find it in the source. */
  code: string;
}

/**
 * Self time by function, largest first. The build is minified without source maps, so each entry
 * carries the start of the function's code from the bundle; `bundle` reads a script by its URL.
 */
export function hotspots(
  profile: CpuProfile,
  bundle: (url: string) => string,
  count: number,
): Hotspot[] {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfTime = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id);
    if (!frame || frame.functionName === '(idle)') return;
    const key = `${frame.functionName}\u0000${frame.url}\u0000${frame.lineNumber}\u0000${frame.columnNumber}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const sources = new Map<string, string[]>();
  const codeAt = (url: string, line: number, column: number): string => {
    if (!url.includes('/assets/')) return '';
    if (!sources.has(url)) sources.set(url, bundle(url).split('\n'));
    return (sources.get(url)![line] ?? '').slice(column, column + 70).replace(/\s+/g, ' ');
  };
  return [...selfTime]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => {
      const [name, url, line, column] = key.split('\u0000') as [string, string, string, string];
      const script =
        url === ''
          ? ''
          : ` ${url.slice(url.lastIndexOf('/') + 1)}:${Number(line) + 1}:${Number(column) + 1}`;
      return {
        ms,
        where: `${name || '(anonymous)'}${script}`,
        code: codeAt(url, Number(line), Number(column)),
      };
    });
}
