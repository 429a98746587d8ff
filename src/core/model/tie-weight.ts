import type { Intensity } from './types';

/** What a tie's strength is read from: its intensity, and its own number when it has one. */
export interface WeighedTie {
  intensity: Intensity;
  weight?: number;
}

/**
 * The number measures of tie strength read: the tie's own weight where the list gave one (Gephi,
 * Kumu), else its intensity 1–4, as networkx reads the `weight` attribute.
 */
export function tieWeight(tie: WeighedTie): number {
  return tie.weight ?? tie.intensity;
}

/** Whether any tie carries its own weight, so that widths and legends follow the weights. */
export function hasOwnWeights(ties: Iterable<WeighedTie>): boolean {
  for (const tie of ties) if (tie.weight !== undefined) return true;
  return false;
}

/**
 * The weight of two rows of one tie merged (a tie listed twice keeps the higher number, as it
 * keeps the higher intensity); undefined when neither has a weight of its own.
 */
export function strongerWeight(a: WeighedTie, b: WeighedTie): number | undefined {
  if (a.weight === undefined && b.weight === undefined) return undefined;
  return Math.max(tieWeight(a), tieWeight(b));
}
