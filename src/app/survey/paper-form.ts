import type {
  Instrument,
  PairItem,
  PartnerItem,
  RoundPartner,
  Scale,
  SurveyRound,
} from '../../core/survey';

/** One partner's paper form: the same questions as its workbook, to tick by hand. */
export interface PaperForm {
  respondent: RoundPartner;
  /** The other partners in the forms' order, in runs of one sector ("" for none). */
  groups: { sector: string; partners: RoundPartner[] }[];
  pairItems: PairItem[];
  partnerItems: PartnerItem[];
  /** The scales the questions use, once each, in the order first used: the key to the boxes. */
  scales: { id: string; scale: Scale; items: string[] }[];
}

/**
 * The paper form of `partnerId` in `round`: every other partner of the round, grouped by sector
 * in the order the workbook lists them, and the questions the round asks. Null for a partner
 * the round does not know.
 */
export function paperForm(
  round: SurveyRound,
  instrument: Instrument,
  partnerId: string,
): PaperForm | null {
  const respondent = round.partners.find((p) => p.id === partnerId);
  if (respondent === undefined) return null;
  const groups: PaperForm['groups'] = [];
  for (const partner of round.partners) {
    if (partner.id === partnerId) continue;
    const last = groups.at(-1);
    if (last !== undefined && last.sector === partner.sector) last.partners.push(partner);
    else groups.push({ sector: partner.sector, partners: [partner] });
  }
  const asked = new Set(round.items);
  const pairItems = instrument.pairItems.filter((item) => asked.has(item.id));
  const partnerItems = instrument.partnerItems.filter((item) => asked.has(item.id));
  const scales: PaperForm['scales'] = [];
  const used = [
    ...pairItems.map((item) => ({ id: item.id, scale: item.scale })),
    ...partnerItems.flatMap((item) =>
      item.kind === 'scale' ? [{ id: item.id, scale: item.scale }] : [],
    ),
  ];
  for (const { id, scale } of used) {
    const known = scales.find((s) => s.id === scale);
    if (known !== undefined) known.items.push(id);
    else if (instrument.scales[scale] !== undefined)
      scales.push({ id: scale, scale: instrument.scales[scale], items: [id] });
  }
  return { respondent, groups, pairItems, partnerItems, scales };
}

/**
 * Rows of the other partners shown for printing at once: every row is 30 to 40 boxes, and a page
 * of hundreds of thousands of them no longer answers. 45 partners all at once are 1,980 rows.
 */
export const PAPER_ROWS_AT_ONCE = 5000;

/**
 * The partners asked, in runs small enough to show for printing at once (all in one run where
 * their forms stay below PAPER_ROWS_AT_ONCE rows together), each run with its first and last place.
 */
export function paperBatches(round: SurveyRound): { from: number; to: number; ids: string[] }[] {
  const asked = round.partners.filter((p) => round.asked.includes(p.id)).map((p) => p.id);
  const rows = Math.max(1, round.partners.length - 1);
  const size = Math.max(1, Math.floor(PAPER_ROWS_AT_ONCE / rows));
  const batches: { from: number; to: number; ids: string[] }[] = [];
  for (let start = 0; start < asked.length; start += size) {
    const ids = asked.slice(start, start + size);
    batches.push({ from: start + 1, to: start + ids.length, ids });
  }
  return batches;
}
