import { scaleLinear } from 'd3-scale';
import { hasOwnWeights, tieWeight, type WeighedTie } from '../model/tie-weight';

/** How wide ties are drawn: `base + perIntensity × intensity` on the 1–4 scale. */
export interface TieLine {
  base: number;
  perIntensity: number;
}

/**
 * The one tie scale, on the live map, its exports and the report's map alike: 1.1 (intensity 1)
 * to 2.9 (intensity 4), in the units of a drawing about 1,000 across (the map on screen in pixels,
 * the SVG pictures in their units), so that a tie is as wide against its picture on screen as on
 * paper.
 */
export const TIE_LINE: TieLine = { base: 0.5, perIntensity: 0.6 };

/**
 * The width of each tie of a network. On the 1–4 scale a tie is `base + perIntensity × intensity`
 * wide (`TIE_LINE`). When ties carry their own weights (Gephi, Kumu), the network's range of
 * weights is spread linearly over the same widths that intensities 1 to 4 give, so that a weight
 * of 12 is not drawn three times as wide as the widest intensity and a map keeps its look whatever
 * the scale.
 */
export function tieWidths(ties: readonly WeighedTie[]): (tie: WeighedTie) => number {
  const { base, perIntensity } = TIE_LINE;
  if (!hasOwnWeights(ties)) return (tie) => base + perIntensity * tie.intensity;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const tie of ties) {
    const weight = tieWeight(tie);
    if (weight < lowest) lowest = weight;
    if (weight > highest) highest = weight;
  }
  const scale = scaleLinear()
    .domain([lowest, highest])
    .range([base + perIntensity, base + 4 * perIntensity])
    .clamp(true);
  return (tie) => scale(tieWeight(tie));
}
