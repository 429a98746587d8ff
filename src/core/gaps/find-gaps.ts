import { HEALTH_CARE, YOUTH_WELFARE } from '../appearance/key-sectors';
import { indexCatalogue } from '../catalogue/catalogue-index';
import { classifyPartners } from '../catalogue/classify-partners';
import type { Catalogue } from '../catalogue/types';
import { buildGraph, type NetworkGraph } from '../model/graph';
import type { Network, Offer } from '../model/types';
import { areaCoverage, offersOfPartners } from './area-coverage';
import { findArticulationDependents } from './find-articulation-dependents';
import { findIsolates, findWithoutCrossSectorTie } from './find-loners';
import { findMissingSectors, findMissingTypes } from './find-missing-types';
import { partnerSectors } from './partner-sectors';
import { sectorLinks } from './sector-links';
import { suggestBrokers } from './suggest-brokers';
import { suggestTypeCandidates } from './suggest-type-candidates';
import type { GapReport, SectorLink } from './types';

export interface GapOptions {
  /** The coordinator's corrections: partner id → catalogue type id. */
  corrections?: ReadonlyMap<string, string>;
  /** Articulation points from the structure analysis. */
  articulationPoints?: readonly string[];
  /** The offers table; without it the offers listed on the partners are used. */
  offers?: readonly Offer[];
  /** The two sectors whose link is watched most (DOMAIN.md: health is the national weak spot). */
  youthSector?: string;
  healthSector?: string;
  /** The graph of `network` when the caller has built it already: it is not built again. */
  graph?: NetworkGraph;
}

export const DEFAULT_GAP_OPTIONS = {
  youthSector: YOUTH_WELFARE.id,
  healthSector: HEALTH_CARE.id,
};

/**
 * Compares a network with the reference catalogue and with itself: missing types and sectors,
 * sectors without ties, partners in silos or hanging on one partner, social areas without an offer,
 * and partners who might close a gap.
 */
export function findGaps(
  network: Network,
  catalogue: Catalogue,
  options: GapOptions = {},
): GapReport {
  const { youthSector, healthSector } = { ...DEFAULT_GAP_OPTIONS, ...options };
  const index = indexCatalogue(catalogue);
  const matches = classifyPartners(network.partners, index, options.corrections);
  const sectors = partnerSectors(network.partners, index, matches);
  const sectorOf = new Map(sectors.map(({ partnerId, sectorId }) => [partnerId, sectorId]));
  const graph = options.graph ?? buildGraph(network);
  const links = sectorLinks(
    graph,
    sectorOf,
    catalogue.sectors.map((s) => s.id),
  );
  const unconnected = links.filter((link) => link.ties === 0).map(({ a, b }) => ({ a, b }));
  const youthHealthLink = findLink(links, youthSector, healthSector);
  const missingTypes = findMissingTypes(index, matches.values());
  const suggestions = [
    ...suggestTypeCandidates(network.partners, index, missingTypes),
    ...unconnected.flatMap((pair) =>
      suggestBrokers(graph, sectorOf, { kind: 'unconnected-sector-pair', ...pair }),
    ),
  ];
  if (youthHealthLink !== null && isWeak(youthHealthLink)) {
    const bridging = new Set([...youthHealthLink.partnersA, ...youthHealthLink.partnersB]);
    const gap = { kind: 'weak-sector-link' as const, a: youthHealthLink.a, b: youthHealthLink.b };
    suggestions.push(...suggestBrokers(graph, sectorOf, gap, bridging));
  }
  return {
    missingTypes,
    missingSectors: findMissingSectors(index, sectorOf.values()),
    unconnectedSectorPairs: unconnected,
    areaCoverage: areaCoverage(options.offers ?? offersOfPartners(network)),
    youthHealthLink,
    sectorLinks: links,
    withoutCrossSectorTie: findWithoutCrossSectorTie(graph, sectorOf),
    isolates: findIsolates(graph),
    articulationDependents: findArticulationDependents(graph, options.articulationPoints ?? []),
    suggestions,
    matches: [...matches.values()],
    partnerSectors: sectors,
  };
}

function findLink(links: readonly SectorLink[], x: string, y: string): SectorLink | null {
  return (
    links.find((link) => (link.a === x && link.b === y) || (link.a === y && link.b === x)) ?? null
  );
}

/**
 * A link is weak when one partner on either side carries it alone: that partner leaving would
 * cut the sectors apart. (An unconnected pair is already reported as such.)
 */
function isWeak(link: SectorLink): boolean {
  return link.ties > 0 && Math.min(link.partnersA.length, link.partnersB.length) <= 1;
}
