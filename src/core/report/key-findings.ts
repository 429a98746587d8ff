import type { PartnerRef } from '../compare/types';
import { DEFAULT_GAP_OPTIONS } from '../gaps/find-gaps';
import type { SectorPair } from '../gaps/types';
import type { KeyPointLoss } from '../what-if/key-point-losses';
import type { DoublesSummary } from './doubles-summary';
import type { GapsSummary } from './gaps-summary';
import type { KeyFigures } from './key-figures';
import type { NetworkReport } from './report';

/**
 * What a steering group must know first, as facts: each finding a kind, the number it turns on
 * (`count`) and the partners or catalogue types behind it, by ID. The report's first page
 * ("Das Wichtigste in Kürze") writes one sentence of each, in this order; a finding whose count is
 * 0 is written too, as the sentence that says so ("checked, nothing"), never left out.
 */
export type KeyFinding =
  | {
      /** Partner groups the law names (§ 3 Abs. 2 and 4 KKG) that no partner stands for. */
      kind: 'missing-by-law';
      count: number;
      /** Catalogue type IDs, in the gaps' order. */
      types: string[];
    }
  | {
      /** Partner groups the NZFH recommends that no partner stands for. */
      kind: 'missing-recommended';
      count: number;
      types: string[];
    }
  | {
      /**
       * Who carries the link between Kinder- und Jugendhilfe and Gesundheitswesen (the national
       * weak spot): `count` partners on both sides together with `ties` cooperations across.
       * `side-missing`: one of the two has no partner; `unconnected`: no tie across; `weak`: one
       * partner carries a side alone; `carried`: more than one on each side.
       */
      kind: 'youth-health';
      state: 'side-missing' | 'unconnected' | 'weak' | 'carried';
      count: number;
      ties: number;
      youthSector: string;
      healthSector: string;
      youth: string[];
      health: string[];
    }
  | {
      /** Partners with exactly one cooperation: they hang on a single tie. */
      kind: 'single-tie';
      count: number;
      partners: string[];
    }
  | {
      /**
       * Articulation points (Schlüsselstellen): partners without whom the network falls apart;
       * `dependents` partners reach the network through them alone.
       */
      kind: 'key-points';
      count: number;
      partners: string[];
      dependents: string[];
    }
  | {
      /** Partners with no cooperation at all. */
      kind: 'isolated';
      count: number;
      partners: string[];
    }
  | {
      /** Hints of doubled structures, by kind; `count` all of them. */
      kind: 'doubles';
      count: number;
      partners: number;
      offers: number;
      committees: number;
      networks: number;
    }
  | {
      /**
       * What changed since the last Stand: partners who came and went (when the earlier list is
       * known) and the figures then and now. `count` the partners who came or went, or where they
       * are not known the change in partners.
       */
      kind: 'changes';
      count: number;
      date?: string;
      added?: PartnerRef[];
      gone?: PartnerRef[];
      partners: { before: number; after: number };
      cooperations: { before: number; after: number };
      isolates: { before: number; after: number };
    }
  | {
      /** No earlier Stand to compare with. */
      kind: 'no-previous-stand';
      count: 0;
    }
  | {
      /**
       * The what-if of the key partner: the articulation point whose loss would cut off the most
       * partners (the first of `keyPointLosses`), null where no single partner's loss splits the
       * network. `count` partners who would lose their connection to the rest.
       */
      kind: 'key-partner-loss';
      count: number;
      partner: string | null;
      isolated: number;
      cutOff: number;
      sectorPairsUnlinked: SectorPair[];
      sectorsCutOff: string[];
      parts: { before: number; after: number };
    };

export type KeyFindingKind = KeyFinding['kind'];

/** The finding of a kind among `findings`, if there is one. */
export function findingOf<K extends KeyFindingKind>(
  findings: readonly KeyFinding[],
  kind: K,
): Extract<KeyFinding, { kind: K }> | undefined {
  return findings.find(
    (finding): finding is Extract<KeyFinding, { kind: K }> => finding.kind === kind,
  );
}

/** The last Stand a report is compared with: its key figures and, when known, who came and went. */
export interface PreviousStand {
  date?: string;
  figures: KeyFigures;
  partners?: { added: PartnerRef[]; gone: PartnerRef[] };
}

export interface KeyFindingsInput {
  report: Pick<NetworkReport, 'network' | 'partners'>;
  gaps: Pick<GapsSummary, 'missingTypes' | 'youthHealthLink' | 'articulationDependents'>;
  doubles: DoublesSummary;
  /** Each articulation point's what-if, gravest first; absent, the key partner's loss is not told. */
  keyPointLosses?: readonly KeyPointLoss[];
  /**
   * The last Stand; null says there is none (the report says so), undefined leaves the change out
   * (`analyse`, which compares with nothing).
   */
  previous?: PreviousStand | null;
}

/**
 * The findings of the report's first page, in the order a steering group decides on them: the
 * groups the law requires first, then who carries the link between youth welfare and health care,
 * who hangs on a single tie or on a key partner, who is isolated, doubled structures, what changed
 * since the last Stand, and what the loss of the key partner would cause.
 */
export function keyFindings(input: KeyFindingsInput): KeyFinding[] {
  const { report, gaps, doubles } = input;
  const byLaw = gaps.missingTypes.filter((m) => m.basis !== 'nzfh').map((m) => m.type);
  const recommended = gaps.missingTypes.filter((m) => m.basis === 'nzfh').map((m) => m.type);
  const singleTie = report.partners.filter((p) => p.degree === 1).map((p) => p.id);
  const keyPoints = report.network.articulationPoints;
  const doubleCounts = {
    partners: doubles.partners.length,
    offers: doubles.offers.length,
    committees: doubles.committees.length,
    networks: doubles.networks.length,
  };
  const findings: KeyFinding[] = [
    { kind: 'missing-by-law', count: byLaw.length, types: byLaw },
    { kind: 'missing-recommended', count: recommended.length, types: recommended },
    youthHealth(gaps.youthHealthLink),
    { kind: 'single-tie', count: singleTie.length, partners: singleTie },
    {
      kind: 'key-points',
      count: keyPoints.length,
      partners: [...keyPoints],
      dependents: gaps.articulationDependents.map((d) => d.partner),
    },
    {
      kind: 'isolated',
      count: report.network.isolates.length,
      partners: [...report.network.isolates],
    },
    {
      kind: 'doubles',
      count: Object.values(doubleCounts).reduce((sum, n) => sum + n, 0),
      ...doubleCounts,
    },
  ];
  if (input.previous === null) findings.push({ kind: 'no-previous-stand', count: 0 });
  else if (input.previous !== undefined) findings.push(changes(report, input.previous));
  if (input.keyPointLosses !== undefined)
    findings.push(keyPartnerLoss(input.keyPointLosses, report.network.components));
  return findings;
}

function youthHealth(link: GapsSummary['youthHealthLink']): KeyFinding {
  const { youthSector, healthSector } = DEFAULT_GAP_OPTIONS;
  const base = { kind: 'youth-health' as const, youthSector, healthSector };
  if (link === null)
    return { ...base, state: 'side-missing', count: 0, ties: 0, youth: [], health: [] };
  const [youth, health] =
    link.a === youthSector ? [link.partnersA, link.partnersB] : [link.partnersB, link.partnersA];
  const state =
    link.ties === 0
      ? 'unconnected'
      : Math.min(youth.length, health.length) <= 1
        ? 'weak'
        : 'carried';
  return {
    ...base,
    state,
    count: youth.length + health.length,
    ties: link.ties,
    youth: [...youth],
    health: [...health],
  };
}

function changes(report: KeyFindingsInput['report'], previous: PreviousStand): KeyFinding {
  const { figures } = previous;
  const partners = { before: figures.partners, after: report.network.partners };
  return {
    kind: 'changes',
    count:
      previous.partners === undefined
        ? Math.abs(partners.after - partners.before)
        : previous.partners.added.length + previous.partners.gone.length,
    ...(previous.date === undefined ? {} : { date: previous.date }),
    ...(previous.partners === undefined
      ? {}
      : { added: previous.partners.added, gone: previous.partners.gone }),
    partners,
    cooperations: { before: figures.cooperations, after: report.network.cooperations },
    isolates: { before: figures.isolates, after: report.network.isolates.length },
  };
}

function keyPartnerLoss(losses: readonly KeyPointLoss[], components: number): KeyFinding {
  const gravest = losses[0];
  if (gravest === undefined)
    return {
      kind: 'key-partner-loss',
      count: 0,
      partner: null,
      isolated: 0,
      cutOff: 0,
      sectorPairsUnlinked: [],
      sectorsCutOff: [],
      parts: { before: components, after: components },
    };
  return {
    kind: 'key-partner-loss',
    count: gravest.isolated.length + gravest.cutOffCount,
    partner: gravest.partner,
    isolated: gravest.isolated.length,
    cutOff: gravest.cutOffCount,
    sectorPairsUnlinked: gravest.sectorPairsUnlinked,
    sectorsCutOff: gravest.sectorsCutOff,
    parts: { before: components, after: gravest.parts },
  };
}
