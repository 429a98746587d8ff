import { scaleSqrt } from 'd3-scale';

/** The smallest dot, of a partner with the least (or nothing) of what the size shows. */
export const MIN_PARTNER_SIZE = 3;
/** The largest dot, of the partner with the most. */
export const MAX_PARTNER_SIZE = 16;

/**
 * How large a partner's dot is drawn, on the live map, its exports and the report's map alike:
 * its area grows with the value (a square-root scale, so that twice the ties look twice as
 * much), from `MIN_PARTNER_SIZE` for nothing to `MAX_PARTNER_SIZE` for `largest`, the network's
 * largest value. A value that is not a positive number is drawn as the smallest.
 */
export function partnerSizes(largest: number): (value: number) => number {
  const scale = scaleSqrt()
    .domain([0, Number.isFinite(largest) && largest > 0 ? largest : 1])
    .range([MIN_PARTNER_SIZE, MAX_PARTNER_SIZE])
    .clamp(true);
  return (value) => scale(Number.isFinite(value) && value > 0 ? value : 0);
}
