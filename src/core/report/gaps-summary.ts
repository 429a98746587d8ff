import type { Basis, Catalogue, CatalogueLabel } from '../catalogue/types';
import type {
  AreaCoverage,
  ArticulationDependent,
  GapReport,
  SectorLink,
  SectorPair,
} from '../gaps/types';

export interface MissingTypeEntry {
  type: string;
  sector: string;
  basis: Basis;
  /** The catalogue's German and English names, so a report can print them without the catalogue. */
  typeLabel: CatalogueLabel;
  sectorLabel: CatalogueLabel;
}

/** The gaps as the `analyse` contract and the report carry them. */
export interface GapsSummary {
  /** Law first (§ 3 Abs. 2, then Abs. 4 KKG), then NZFH, as `findGaps` orders them. */
  missingTypes: MissingTypeEntry[];
  /** Catalogue sector ids without any partner. */
  missingSectors: string[];
  unconnectedSectorPairs: SectorPair[];
  areaCoverage: AreaCoverage;
  /**
   * The ties between Kinder- und Jugendhilfe and Gesundheitswesen and the partners on each side
   * that carry them; null when a side has no partner.
   */
  youthHealthLink: SectorLink | null;
  /** Partners tied to the network only through articulation points. */
  articulationDependents: ArticulationDependent[];
  /** Names of every catalogue sector, in catalogue order, for the ids above. */
  sectorLabels: { id: string; label: CatalogueLabel }[];
}

export function summariseGaps(gaps: GapReport, catalogue: Catalogue): GapsSummary {
  const sectorLabels = catalogue.sectors.map((sector) => ({ id: sector.id, label: sector.label }));
  const sectorLabel = new Map(sectorLabels.map(({ id, label }) => [id, label]));
  const typeLabel = new Map(
    catalogue.sectors.flatMap((sector) =>
      sector.types.map((type) => [type.id, type.label] as const),
    ),
  );
  const fallback = (id: string): CatalogueLabel => ({ de: id, en: id });
  return {
    missingTypes: gaps.missingTypes.map(({ type, sector, basis }) => ({
      type,
      sector,
      basis,
      typeLabel: typeLabel.get(type) ?? fallback(type),
      sectorLabel: sectorLabel.get(sector) ?? fallback(sector),
    })),
    missingSectors: gaps.missingSectors,
    unconnectedSectorPairs: gaps.unconnectedSectorPairs,
    areaCoverage: gaps.areaCoverage,
    youthHealthLink: gaps.youthHealthLink,
    articulationDependents: gaps.articulationDependents,
    sectorLabels,
  };
}
