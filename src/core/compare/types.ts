import type { MissingType } from '../gaps/types';
import type { Intensity } from '../model/types';

/** A partner as the comparison names it: its ID and its name at the time it was seen. */
export interface PartnerRef {
  id: string;
  name: string;
}

/** A partner that kept its place in the network under another ID (matched by its name). */
export interface RenamedPartner {
  before: PartnerRef;
  after: PartnerRef;
}

/** A detail of a partner the comparison follows; `attribute` is a further column of the list. */
export type PartnerDetail =
  | 'name'
  | 'sector'
  | 'type'
  | 'carrier'
  | 'municipality'
  | 'socialArea'
  | 'offers'
  | 'since'
  | 'attribute';

/** One detail of a partner, then and now; an empty text where it was or is not given. */
export interface DetailChange {
  field: PartnerDetail;
  /** The column's name, for a further column (`field: 'attribute'`). */
  attribute?: string;
  before: string;
  after: string;
}

/** A partner present in both networks whose details changed. */
export interface PartnerChange {
  before: PartnerRef;
  after: PartnerRef;
  changes: DetailChange[];
}

/**
 * A cooperation as the comparison lists it. IDs are those of the later network, except for a
 * partner that has left, which keeps its earlier ID; endpoints are in order of their names.
 */
export interface TieRef {
  source: PartnerRef;
  target: PartnerRef;
  intensity: Intensity;
  formal: boolean;
}

/** A cooperation found in both networks whose intensity changed. */
export interface IntensityChange {
  source: PartnerRef;
  target: PartnerRef;
  before: Intensity;
  after: Intensity;
}

/** The figures a steering group compares from one Stand to the next. */
export interface ComparisonFigures {
  partners: number;
  cooperations: number;
  density: number;
  components: number;
  isolates: number;
  /** Krackhardt & Stern's E-I index over sectors; null without ties. */
  eiIndex: number | null;
  /** Ties between Kinder- und Jugendhilfe and Gesundheitswesen (0 when a side has no partner). */
  youthHealthTies: number;
  /** Catalogue types no partner matches. */
  missingTypes: number;
}

export const COMPARISON_FIGURES: readonly (keyof ComparisonFigures)[] = [
  'partners',
  'cooperations',
  'density',
  'components',
  'isolates',
  'eiIndex',
  'youthHealthTies',
  'missingTypes',
];

/** What changed between an earlier and a later network, as plain data (IDs, names, numbers). */
export interface NetworkComparison {
  figures: { before: ComparisonFigures; after: ComparisonFigures };
  partners: {
    added: PartnerRef[];
    gone: PartnerRef[];
    /** Present in both under different IDs, matched by their normalised names. */
    renamed: RenamedPartner[];
    /** Present in both, with details changed (name, sector, type, …), sorted by name now. */
    changed: PartnerChange[];
  };
  ties: {
    added: TieRef[];
    lost: TieRef[];
    stronger: IntensityChange[];
    weaker: IntensityChange[];
    /** Cooperations in both networks that gained or lost a written agreement. */
    formalGained: TieRef[];
    formalLost: TieRef[];
  };
  catalogueTypes: {
    /** Missing before, matched by a partner now. */
    nowPresent: MissingType[];
    /** Matched before, missing now. */
    nowMissing: MissingType[];
  };
}
