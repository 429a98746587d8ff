import type { Catalogue } from '../catalogue/types';
import { DEFAULT_GAP_OPTIONS, findGaps, type GapOptions } from '../gaps/find-gaps';
import type { MissingType } from '../gaps/types';
import { buildGraph } from '../model/graph';
import type { Network } from '../model/types';
import { compareTies } from './compare-ties';
import { matchPartners } from './match-partners';
import { networkFigures } from './network-figures';
import { partnerChanges } from './partner-changes';
import type { NetworkComparison } from './types';

export interface CompareOptions extends Pick<GapOptions, 'youthSector' | 'healthSector'> {
  /** The catalogue both networks are checked against. */
  catalogue: Catalogue;
  /**
   * The coordinator's catalogue corrections (partner ID → type ID) of the later network; a partner
   * matched by name takes its correction into the earlier network too.
   */
  corrections?: ReadonlyMap<string, string>;
}

/**
 * Compares an earlier Stand of a network with a later one: which partners came and went, which
 * partners' details changed, which cooperations are new, lost, closer or looser, and the key
 * figures side by side. Partners are matched by ID, then by normalised name (`matchPartners`).
 */
export function compareNetworks(
  before: Network,
  after: Network,
  options: CompareOptions,
): NetworkComparison {
  const { catalogue, corrections } = options;
  const matching = matchPartners(before.partners, after.partners);
  const laterCorrections = corrections ?? new Map<string, string>();
  const earlierCorrections = new Map<string, string>();
  for (const [earlierId, laterId] of matching.laterIdOf) {
    const type = laterCorrections.get(laterId);
    if (type !== undefined) earlierCorrections.set(earlierId, type);
  }
  const gapOptions = {
    youthSector: options.youthSector ?? DEFAULT_GAP_OPTIONS.youthSector,
    healthSector: options.healthSector ?? DEFAULT_GAP_OPTIONS.healthSector,
  };
  const earlierGaps = findGaps(before, catalogue, {
    ...gapOptions,
    corrections: earlierCorrections,
  });
  const laterGaps = findGaps(after, catalogue, { ...gapOptions, corrections: laterCorrections });
  const earlierGraph = buildGraph(before);
  const laterGraph = buildGraph(after);
  return {
    figures: {
      before: networkFigures(earlierGraph, earlierGaps),
      after: networkFigures(laterGraph, laterGaps),
    },
    partners: {
      added: matching.added,
      gone: matching.gone,
      renamed: matching.renamed,
      changed: partnerChanges(before.partners, after.partners, matching.laterIdOf),
    },
    ties: compareTies(earlierGraph, laterGraph, matching),
    catalogueTypes: {
      nowPresent: missingOnlyIn(earlierGaps.missingTypes, laterGaps.missingTypes),
      nowMissing: missingOnlyIn(laterGaps.missingTypes, earlierGaps.missingTypes),
    },
  };
}

/** The types missing in the first list that the second does not miss. */
function missingOnlyIn(
  missing: readonly MissingType[],
  other: readonly MissingType[],
): MissingType[] {
  const alsoMissing = new Set(other.map((m) => m.type));
  return missing.filter((m) => !alsoMissing.has(m.type));
}
