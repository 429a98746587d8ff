/** A tie with a written cooperation agreement (_Kooperationsvereinbarung_): darker. */
export const AGREEMENT_TIE_COLOR = '#555555';

/** A tie without a written agreement. */
export const TIE_COLOR = '#B5B5B5';

/** The colour of a tie on the map: darker for a written agreement. */
export function tieColor(tie: { formal: boolean }): string {
  return tie.formal ? AGREEMENT_TIE_COLOR : TIE_COLOR;
}
