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
