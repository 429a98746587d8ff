import { schemeTableau10 } from 'd3-scale-chromatic';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import { partnerSizes } from '../../core/appearance/partner-size';
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

export function communityColor(community: number): string {
  return schemeTableau10[community % schemeTableau10.length] ?? '#777777';
}

/** Node sizes by a measure, on the one scale of partner sizes (`partnerSizes`). */
export function sizesBy(values: Map<string, number>): Map<string, number> {
  let max = 0;
  for (const value of values.values()) if (Number.isFinite(value) && value > max) max = value;
  const size = partnerSizes(max);
  const sizes = new Map<string, number>();
  for (const [id, value] of values) sizes.set(id, size(value));
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
