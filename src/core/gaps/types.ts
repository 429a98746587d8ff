import type { Basis } from '../catalogue/types';
import type { TypeMatch } from '../catalogue/match-partner-type';
import type { PartnerSector } from './partner-sectors';

/** A catalogue type no partner of the network matches. */
export interface MissingType {
  type: string;
  sector: string;
  basis: Basis;
}

/** The ties between two sectors: how many, and which partners on each side carry them. */
export interface SectorLink {
  a: string;
  b: string;
  ties: number;
  /** Partners of sector a tied to sector b. */
  partnersA: string[];
  /** Partners of sector b tied to sector a. */
  partnersB: string[];
}

/** Two sectors, both present in the network, with no tie between them. */
export interface SectorPair {
  a: string;
  b: string;
}

/** A partner whose every tie runs to an articulation point: lose that one and it is cut off. */
export interface ArticulationDependent {
  partner: string;
  articulationPoints: string[];
}

/** Sozialraum × Angebot: how many partners run each offer in each social area. */
export interface AreaCoverage {
  areas: string[];
  /** Offer names as first written; spellings that normalise alike count as one. */
  offers: string[];
  /** counts[area][offer]: distinct providers. */
  counts: number[][];
  /** Areas lacking an offer that another area has. */
  emptyCells: { area: string; offer: string }[];
}

export type GapKind = 'missing-type' | 'unconnected-sector-pair' | 'weak-sector-link';

/** A gap a partner already in the network might close: for the coordinator to weigh, not a verdict. */
export interface Suggestion {
  gap: { kind: GapKind; type?: string; a?: string; b?: string };
  partner: string;
  reason: 'tied-to-both-sectors' | 'type-names-type' | 'offer-names-type' | 'name-names-type';
  /**
   * For a missing type: the partner's text (its type, an offer or its name, as written) in which
   * the catalogue's term (as the catalogue spells it) stands as whole words.
   */
  named?: { text: string; term: string };
  /** Partners on each side the suggested one is tied to, for tied-to-both-sectors. */
  via?: { a: string[]; b: string[] };
}

export interface GapReport {
  /** Law first (§ 3 Abs. 2, then Abs. 4 KKG), then NZFH; catalogue order within a basis. */
  missingTypes: MissingType[];
  missingSectors: string[];
  unconnectedSectorPairs: SectorPair[];
  areaCoverage: AreaCoverage;
  /** The known weak spot: Kinder- und Jugendhilfe ↔ Gesundheitswesen (null if a side is missing). */
  youthHealthLink: SectorLink | null;
  sectorLinks: SectorLink[];
  withoutCrossSectorTie: string[];
  isolates: string[];
  articulationDependents: ArticulationDependent[];
  suggestions: Suggestion[];
  /** How each partner was matched, so the user can correct it. */
  matches: TypeMatch[];
  /** The catalogue sector each partner counts in for the findings above, by its own sector. */
  partnerSectors: PartnerSector[];
}
