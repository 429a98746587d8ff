import { compactName, normaliseName } from '../catalogue/normalise';
import {
  createCooperation,
  createPartner,
  type Intensity,
  type Network,
  type Partner,
} from '../model/types';
import type { Instrument } from './instrument';
import { surveyProblem, type SurveyProblem } from './problems';
import { tieItems, tieValue } from './response-checks';
import {
  DEFAULT_MERGE_OPTIONS,
  type MergeOptions,
  type SurveyResponse,
  type SurveyRound,
} from './types';

/** Two partners and what each says about their tie: 0 (none) to 4; null where it did not answer. */
export interface SurveyPair {
  a: string;
  b: string;
  aSays: number | null;
  bSays: number | null;
  /** The merged tie's intensity; null where the rule makes no tie. */
  intensity: Intensity | null;
}

/** Where both sides answered and say different things (one may say 0, no cooperation). */
export interface Disagreement {
  a: string;
  b: string;
  aSays: number;
  bSays: number;
}

export interface SectorResponse {
  /** The sector as the partners have it; "" for partners without one. */
  sector: string;
  asked: number;
  responded: number;
  rate: number;
}

/** A name the partners gave as missing from the network, with who gave it. */
export interface NamedOrganisation {
  /** As first written. */
  name: string;
  /** Partner IDs that named it, in the round's order. */
  namedBy: string[];
  /** The round's partner of (nearly) that name: it is in the network already. */
  existing: string | null;
}

export interface OwnAnswerSummary {
  /** Checklist item → option ID → how many answered "yes" and "no". */
  checklists: Record<string, Record<string, { yes: number; no: number }>>;
  /** Scale item → how many answered, their mean, and how many gave each code. */
  scales: Record<string, { answers: number; mean: number | null; counts: Record<string, number> }>;
  /** Checklist item → how many partners answered at least one of its options. */
  respondents: Record<string, number>;
}

export interface SurveyMerge {
  roundId: string;
  options: MergeOptions;
  /** The responses used: one per partner, the later of two. */
  responses: SurveyResponse[];
  /** Returns set aside for a later one, responses of partners outside the round. */
  problems: SurveyProblem[];
  /** Responded ÷ asked; null when nobody was asked. */
  responseRate: number | null;
  /** Partners asked that answered, and that did not (IDs in the round's order). */
  responded: string[];
  missing: string[];
  bySector: SectorResponse[];
  /**
   * Of the ties named where both sides answered, the share both sides name (PARTNER's
   * reciprocity); null where there is no such tie.
   */
  reciprocity: number | null;
  mutual: number;
  oneSided: number;
  disagreements: Disagreement[];
  /** Every pair at least one side names (says 1–4), in the round's order, with the merged tie. */
  pairs: SurveyPair[];
  /** The names each partner gave as missing, by partner, and the same names merged. */
  missingPartners: { partner: string; names: string[] }[];
  newOrganisations: NamedOrganisation[];
  /** The answers about the partners themselves, counted: each checklist option, each scale. */
  own: OwnAnswerSummary;
  /** The network the answers describe: the round's partners and the merged ties, ready to be a Stand. */
  network: Network;
}

/**
 * Merges the directed answers into one network. A response counts once per partner — of two, the
 * one saved later (one without a time counts as the earlier; of equal times the one given later),
 * the other named by `survey-duplicate-return`.
 * A tie is formed by `options.rule` from what the two sides say, and where they name different
 * intensities it gets their mean (rounded half up), the higher or the lower; a side that did not
 * answer says nothing, a side that answered and left the row blank says "none". Partners come
 * from `partners` where the round's ID is there (with all their details), else from the round.
 */
export function mergeSurvey(
  round: SurveyRound,
  instrument: Instrument,
  responses: readonly SurveyResponse[],
  options: MergeOptions = DEFAULT_MERGE_OPTIONS,
  partners: readonly Partner[] = [],
): SurveyMerge {
  const problems: SurveyProblem[] = [];
  const position = new Map(round.partners.map((p, i) => [p.id, i]));
  const used = latestResponses(round, responses, position, problems);
  const n = round.partners.length;
  const items = tieItems(instrument, round);

  // says[i * n + j]: what partner i says about j; -1 where i gave no answer about j.
  const says = new Int8Array(n * n).fill(-1);
  const answered = new Set<number>();
  for (const response of used) {
    const i = position.get(response.respondent)!;
    answered.add(i);
    for (const pair of response.pairs) {
      const j = position.get(pair.partner);
      if (j !== undefined && j !== i) says[i * n + j] = tieValue(pair.values, items);
    }
  }

  const pairs: SurveyPair[] = [];
  const disagreements: Disagreement[] = [];
  const cooperations = [];
  let mutual = 0;
  let oneSided = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const x = says[i * n + j]!;
      const y = says[j * n + i]!;
      if (x <= 0 && y <= 0) continue;
      const a = round.partners[i]!.id;
      const b = round.partners[j]!.id;
      const aSays = x === -1 ? null : x;
      const bSays = y === -1 ? null : y;
      if (aSays !== null && bSays !== null) {
        if (aSays > 0 && bSays > 0) mutual++;
        else oneSided++;
        if (aSays !== bSays) disagreements.push({ a, b, aSays, bSays });
      }
      const intensity = mergedIntensity(aSays, bSays, options);
      pairs.push({ a, b, aSays, bSays, intensity });
      if (intensity !== null)
        cooperations.push(createCooperation({ source: a, target: b, intensity }));
    }
  }

  const asked = new Set(round.asked);
  const respondedIds = new Set(used.map((r) => r.respondent));
  const responded = round.asked.filter((id) => respondedIds.has(id));
  const byId = new Map(partners.map((p) => [p.id, p]));
  return {
    roundId: round.id,
    options,
    responses: used,
    problems,
    responseRate: asked.size === 0 ? null : responded.length / asked.size,
    responded,
    missing: round.asked.filter((id) => !respondedIds.has(id)),
    bySector: sectorResponse(round, respondedIds),
    reciprocity: mutual + oneSided === 0 ? null : mutual / (mutual + oneSided),
    mutual,
    oneSided,
    disagreements,
    pairs,
    ...namedAsMissing(round, instrument, used),
    own: ownSummary(round, instrument, used),
    network: {
      // In the order of the coordinator's list where it has the partner, the round's others after.
      partners: [
        ...partners.filter((p) => position.has(p.id) && byId.get(p.id) === p),
        ...round.partners
          .filter((p) => !byId.has(p.id))
          .map((p) => createPartner({ id: p.id, name: p.name, sector: p.sector })),
      ],
      cooperations,
    },
  };
}

/** The tie two sides make under the rule, or null; an intensity from the sides that name it. */
export function mergedIntensity(
  aSays: number | null,
  bSays: number | null,
  options: MergeOptions,
): Intensity | null {
  const named = [aSays, bSays].filter((v): v is number => v !== null && v > 0);
  if (options.rule === 'both' ? named.length < 2 : named.length === 0) return null;
  const value =
    options.intensity === 'max'
      ? Math.max(...named)
      : options.intensity === 'min'
        ? Math.min(...named)
        : Math.floor(named.reduce((sum, v) => sum + v, 0) / named.length + 0.5);
  return Math.min(4, Math.max(1, value)) as Intensity;
}

/** One response per partner of the round: the later saved (or given) of two, the other named. */
function latestResponses(
  round: SurveyRound,
  responses: readonly SurveyResponse[],
  position: ReadonlyMap<string, number>,
  problems: SurveyProblem[],
): SurveyResponse[] {
  const names = new Map(round.partners.map((p) => [p.id, p.name]));
  const latest = new Map<string, SurveyResponse>();
  for (const response of responses) {
    if (!position.has(response.respondent)) {
      problems.push(
        surveyProblem('survey-respondent-unknown', response.source, null, {
          respondent: response.respondent,
        }),
      );
      continue;
    }
    const before = latest.get(response.respondent);
    if (before === undefined) {
      latest.set(response.respondent, response);
      continue;
    }
    const later = (before.saved ?? '') > (response.saved ?? '') ? before : response;
    const earlier = later === response ? before : response;
    latest.set(response.respondent, later);
    problems.push(
      surveyProblem('survey-duplicate-return', earlier.source, null, {
        partner: names.get(response.respondent) ?? response.respondent,
        kept: later.source,
        keptSaved: later.saved ?? '',
        setAsideSaved: earlier.saved ?? '',
      }),
    );
  }
  return [...latest.values()].sort(
    (x, y) => position.get(x.respondent)! - position.get(y.respondent)!,
  );
}

function sectorResponse(round: SurveyRound, responded: ReadonlySet<string>): SectorResponse[] {
  const sectors = new Map<string, SectorResponse>();
  const sectorOf = new Map(round.partners.map((p) => [p.id, p.sector]));
  for (const id of round.asked) {
    const sector = sectorOf.get(id) ?? '';
    const entry = sectors.get(sector) ?? { sector, asked: 0, responded: 0, rate: 0 };
    entry.asked++;
    if (responded.has(id)) entry.responded++;
    entry.rate = entry.responded / entry.asked;
    sectors.set(sector, entry);
  }
  return [...sectors.values()];
}

/**
 * The names given in the free-text questions (the instrument's missing partners): per partner,
 * and merged by the catalogue's German name normaliser ("Frauenhaus e. V." = "Frauenhaus",
 * "Caritasverband" = "Caritas"), each marked where the round has a partner of that name already.
 */
function namedAsMissing(
  round: SurveyRound,
  instrument: Instrument,
  responses: readonly SurveyResponse[],
): Pick<SurveyMerge, 'missingPartners' | 'newOrganisations'> {
  const textItems = instrument.partnerItems
    .filter((item) => item.kind === 'text' && round.items.includes(item.id))
    .map((item) => item.id);
  const key = (name: string) => compactName(normaliseName(name));
  const existing = new Map(round.partners.map((p) => [key(p.name), p.id]));
  const merged = new Map<string, NamedOrganisation>();
  const missingPartners: SurveyMerge['missingPartners'] = [];
  for (const response of responses) {
    const names = textItems.flatMap((id) => response.own.texts[id] ?? []);
    if (names.length === 0) continue;
    missingPartners.push({ partner: response.respondent, names });
    for (const name of names) {
      const k = key(name);
      if (k === '') continue;
      const entry = merged.get(k) ?? { name, namedBy: [], existing: existing.get(k) ?? null };
      if (!entry.namedBy.includes(response.respondent)) entry.namedBy.push(response.respondent);
      merged.set(k, entry);
    }
  }
  return { missingPartners, newOrganisations: [...merged.values()] };
}

function ownSummary(
  round: SurveyRound,
  instrument: Instrument,
  responses: readonly SurveyResponse[],
): OwnAnswerSummary {
  const summary: OwnAnswerSummary = {
    checklists: Object.create(null) as OwnAnswerSummary['checklists'],
    scales: Object.create(null) as OwnAnswerSummary['scales'],
    respondents: Object.create(null) as OwnAnswerSummary['respondents'],
  };
  for (const item of instrument.partnerItems) {
    if (!round.items.includes(item.id)) continue;
    if (item.kind === 'checklist') {
      const options: Record<string, { yes: number; no: number }> = Object.create(null) as Record<
        string,
        { yes: number; no: number }
      >;
      for (const option of item.options) options[option.id] = { yes: 0, no: 0 };
      let respondents = 0;
      for (const response of responses) {
        const answers = response.own.checklists[item.id];
        const known = (ids: string[] | undefined) =>
          (ids ?? []).some((id) => options[id] !== undefined);
        if (known(answers?.yes) || known(answers?.no)) respondents++;
        for (const id of answers?.yes ?? []) if (options[id] !== undefined) options[id].yes++;
        for (const id of answers?.no ?? []) if (options[id] !== undefined) options[id].no++;
      }
      summary.checklists[item.id] = options;
      summary.respondents[item.id] = respondents;
    } else if (item.kind === 'scale') {
      const counts: Record<string, number> = Object.create(null) as Record<string, number>;
      let sum = 0;
      let answers = 0;
      for (const response of responses) {
        const code = response.own.scales[item.id];
        if (code === undefined) continue;
        counts[code] = (counts[code] ?? 0) + 1;
        sum += code;
        answers++;
      }
      summary.scales[item.id] = { answers, mean: answers === 0 ? null : sum / answers, counts };
    }
  }
  return summary;
}
