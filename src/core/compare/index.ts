/**
 * Comparing two Stände of a network (e.g. "Stand 2024" and "Stand 2025"): partners and cooperations
 * that came, went or changed, and the key figures side by side, as plain data.
 */
export { compareNetworks, type CompareOptions } from './compare-networks';
export { matchPartners, type PartnerMatching } from './match-partners';
export {
  COMPARISON_FIGURES,
  type ComparisonFigures,
  type DetailChange,
  type IntensityChange,
  type NetworkComparison,
  type PartnerChange,
  type PartnerDetail,
  type PartnerRef,
  type RenamedPartner,
  type TieRef,
} from './types';
