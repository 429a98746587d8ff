import { scaleSqrt } from 'd3-scale';
import { schemeTableau10 } from 'd3-scale-chromatic';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import { tieKey } from '../filters/filters';
import type { MapStyle } from '../store/state';

/** What the map's reducers draw, derived from the analysis and the chosen style. */
export interface Appearance {
  size: Map<string, number>;
  /** Colours that replace the sector colour (by community); empty when colouring by sector. */
  color: Map<string, string>;
  keyPartners: Set<string>;
  /** Bridges as `a\u0000b` with a < b, so either direction finds them. */
  keyTies: Set<string>;
}

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;

export function communityColor(community: number): string {
  return schemeTableau10[community % schemeTableau10.length] ?? '#777777';
}

/** Node sizes proportional (by area) to a measure; all partners the same when it does not vary. */
export function sizesBy(values: Map<string, number>): Map<string, number> {
  let max = 0;
  for (const value of values.values()) if (Number.isFinite(value) && value > max) max = value;
  const scale = scaleSqrt()
    .domain([0, max || 1])
    .range([MIN_NODE_SIZE, MAX_NODE_SIZE])
    .clamp(true);
  const sizes = new Map<string, number>();
  for (const [id, value] of values)
    sizes.set(id, scale(Number.isFinite(value) && value > 0 ? value : 0));
  return sizes;
}

export function mapAppearance(
  analysis: NetworkAnalysis,
  style: MapStyle,
  values: Map<string, number>,
): Appearance {
  const color = new Map<string, string>();
  if (style.colorBy === 'community') {
    for (const p of analysis.partners) color.set(p.id, communityColor(p.community));
  }
  return {
    size: sizesBy(values),
    color,
    keyPartners: new Set(style.keyPoints ? analysis.network.articulationPoints : []),
    keyTies: new Set(style.keyPoints ? analysis.network.bridges.map(([a, b]) => tieKey(a, b)) : []),
  };
}
