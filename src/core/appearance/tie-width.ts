import { scaleLinear } from 'd3-scale';
import { hasOwnWeights, tieWeight, type WeighedTie } from '../model/tie-weight';

/** How wide a drawing makes ties: `base + perIntensity × intensity` on the 1–4 scale. */
export interface TieLine {
  base: number;
  perIntensity: number;
}

/**
 * The width of each tie of a network. On the 1–4 scale a tie is `base + perIntensity × intensity`
 * wide. When ties carry their own weights (Gephi, Kumu), the network's range of weights is spread
 * linearly over the same widths that intensities 1 to 4 give, so that a weight of 12 is not drawn
 * three times as wide as the widest intensity and a map keeps its look whatever the scale.
 */
export function tieWidths(ties: readonly WeighedTie[], line: TieLine): (tie: WeighedTie) => number {
  const { base, perIntensity } = line;
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
