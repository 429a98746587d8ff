import { INTENSITIES, type Intensity } from '../model/types';
import type { ProblemCode } from '../model/problems';

/** A value read from a cell, and the warning to give when the cell had to be interpreted. */
export interface Reading<T> {
  value: T;
  warning?: { code: ProblemCode; params: Record<string, string | number> };
}

const ZERO = 0x30;
/** The readings of the cells "1" to "4", shared: most cells are one of them, and none is changed. */
const WHOLE_INTENSITIES: readonly Reading<Intensity>[] = INTENSITIES.map((value) =>
  Object.freeze({ value }),
);
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Intensity on the 1–4 scale (DOMAIN.md). Rules:
 * - an empty cell is 1: a listed tie means the partners at least know each other;
 * - a decimal ("2,5" from German Excel, Gephi's "3.0") is rounded half up, with a warning when it
 *   was not whole;
 * - a number outside 1–4 (Gephi weights, a 0 or a 5) is clamped to 1 or 4 with a warning;
 * - text that is no number is 1 with a warning; the tie itself is kept.
 */
export function readIntensity(cell: string): Reading<Intensity> {
  const digit = cell.length === 1 ? cell.charCodeAt(0) - ZERO : NaN;
  if (digit >= 1 && digit <= 4) return WHOLE_INTENSITIES[digit - 1]!;
  if (cell === '') return WHOLE_INTENSITIES[0]!;
  if (!NUMBER.test(cell))
    return { value: 1, warning: { code: 'invalid-intensity', params: { value: cell } } };
  const number = Number(cell.replace(',', '.'));
  const rounded = Math.round(number);
  const value = Math.min(4, Math.max(1, rounded)) as Intensity;
  if (value !== rounded)
    return {
      value,
      warning: { code: 'intensity-out-of-range', params: { value: cell, used: value } },
    };
  if (rounded !== number)
    return { value, warning: { code: 'intensity-rounded', params: { value: cell, used: value } } };
  return { value };
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'wahr', '✓', '✔']);
const NO = new Set(['', 'nein', 'n', 'no', '0', 'false', 'falsch', '-']);
const AGREED: Reading<boolean> = Object.freeze({ value: true });
const NOT_AGREED: Reading<boolean> = Object.freeze({ value: false });

/** Whether a cooperation agreement (Kooperationsvereinbarung) exists: ja/nein, x, 1/0, true/false. */
export function readAgreement(cell: string): Reading<boolean> {
  // The words are lower case: a cell written that way is found without making a lowered copy.
  if (YES.has(cell)) return AGREED;
  if (NO.has(cell)) return NOT_AGREED;
  const key = cell.toLowerCase();
  if (YES.has(key)) return AGREED;
  if (NO.has(key)) return NOT_AGREED;
  return { value: false, warning: { code: 'invalid-agreement', params: { value: cell } } };
}

/** The number a cell of four ASCII digits spells (the common "2019"), else NaN: no pattern run. */
function fourDigits(cell: string): number {
  let number = 0;
  for (let i = 0; i < 4; i++) {
    const digit = cell.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    number = number * 10 + digit;
  }
  return number;
}

const YEAR = /^(\d{4})(?:\.0+)?$/;
const GERMAN_DATE = /^\d{1,2}\.\d{1,2}\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-\d{2}-\d{2}/;

/** A year ("2019", a whole-number cell "2019.0", or a date "01.03.2019" / "2019-03-01"), else null. */
export function readYear(cell: string): Reading<number | null> {
  if (cell === '') return { value: null };
  const year = cell.length === 4 ? fourDigits(cell) : NaN;
  if (year >= 1900 && year <= 2100) return { value: year };
  const match = YEAR.exec(cell) ?? GERMAN_DATE.exec(cell) ?? ISO_DATE.exec(cell);
  const matched = match?.[1] === undefined ? NaN : Number(match[1]);
  if (matched >= 1900 && matched <= 2100) return { value: matched };
  return { value: null, warning: { code: 'invalid-year', params: { value: cell } } };
}

/**
 * The offers column lists several offers. Separated by '|' when there is one in the cell (so an
 * offer name may hold a comma), otherwise by ','.
 */
export function readList(cell: string): string[] {
  const separator = cell.includes('|') ? '|' : ',';
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
