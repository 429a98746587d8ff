import type { ShownPicture } from '../export/use-map-picture';
import type { TFunction } from 'i18next';
import type { DoublesSummary } from '../../core/report/doubles-summary';
import type { GapsSummary } from '../../core/report/gaps-summary';
import type { NetworkReport } from '../../core/report/report';
import type { ReferenceComparison } from '../../core/reference/compare-with-reference';
import type { SurveyReport } from '../../core/survey';
import type { KeyPointLoss } from '../../core/what-if/key-point-losses';
import type { KeyFinding, PreviousStand } from '../../core/report/key-findings';

export type ReportLanguage = 'de' | 'en';

/**
 * A previous snapshot's figures, to show the change year over year: its ISO date (YYYY-MM-DD) when
 * known, and who came and went where its partner list is known.
 */
export type ReportComparison = PreviousStand;

/**
 * Everything the Netzwerkbericht shows, as plain data, so that the app (print view) and the CLI
 * (static HTML) render the same document. Names inside are user data and are only ever rendered
 * as text.
 */
export interface ReportData {
  title: string;
  networkName: string;
  /** ISO date (YYYY-MM-DD) the report describes. */
  date: string;
  language: ReportLanguage;
  catalogue: { id: string; version: string; source: string };
  report: NetworkReport;
  gaps: GapsSummary;
  /**
   * The published shares of municipalities with each partner group beside the network's answer
   * (compareWithReference on `gaps.missingTypes`); absent, the gaps section shows none.
   */
  reference?: ReferenceComparison;
  /**
   * What the loss of each articulation point would cause (the full report's `keyPointLosses`);
   * absent, the report leaves the section out.
   */
  keyPointLosses?: readonly KeyPointLoss[];
  doubles: DoublesSummary;
  /** The map as an SVG string from `mapToSvg`; shown as an image, never as markup. */
  mapSvg?: string;
  /**
   * The map as a picture made elsewhere (the app: in the export worker, an SVG from a `blob:`
   * address or a bitmap); 'drawing' while it is being made.
   */
  mapImage?: ShownPicture | 'drawing';
  comparison?: ReportComparison;
  /**
   * The Netzwerkbefragung of the network (surveyReport of a round with answers taken over);
   * absent, the report leaves the section out.
   */
  survey?: SurveyReport;
  /** Sectors by the name the reader's language gives them (see sectorLabelIn); others as written. */
  sectorNames?: ReadonlyMap<string, string>;
}

/** A sector's name in the report, "no sector" where a partner has none. */
export function reportSectorName(data: ReportData, sector: string, noSector: string): string {
  return sector === '' ? noSector : (data.sectorNames?.get(sector) ?? sector);
}

export interface ReportDocumentProps extends ReportData {
  t: TFunction;
}

/** What each section needs: the data, the texts and the formatters of the report's language. */
export interface SectionProps {
  data: ReportData;
  t: TFunction;
  format: ReportFormat;
  /** Partner name by id, for lists that carry ids. */
  nameOf: (id: string) => string;
  /** The first page's findings (`keyFindings` of the data), which the sections detail. */
  findings: readonly KeyFinding[];
}

export interface ReportFormat {
  number: (value: number | null, digits?: number) => string;
  date: (iso: string) => string;
}
