import { INTENSITIES, type Intensity } from '../model/types';
import type { InterpretationLog } from './interpretations';
import { foldGerman } from './names';
import { readIntensity, type Reading } from './values';

/**
 * Words for the 1–4 intensity scale as coordinators write them (DOMAIN.md): the words of our own
 * template (1 kennen sich / Informationsaustausch, 2 punktuelle, fallbezogene Zusammenarbeit,
 * 3 regelmäßige, fallübergreifende Zusammenarbeit, 4 verbindliche Kooperation) and the common
 * four-step scales of network surveys (gering/mittel/hoch/sehr hoch, selten/gelegentlich/
 * regelmäßig/eng), in German and English. Compared after `wordKey`.
 */
const WORDS: ReadonlyArray<[Intensity, readonly string[]]> = [
  [
    1,
    [
      'kennen sich',
      'kennt sich',
      'bekannt',
      'informationsaustausch',
      'information',
      'gering',
      'niedrig',
      'schwach',
      'selten',
      'lose',
      'low',
      'weak',
      'rare',
      'rarely',
      'know each other',
    ],
  ],
  [
    2,
    [
      'punktuell',
      'punktuelle zusammenarbeit',
      'fallbezogen',
      'fallbezogene zusammenarbeit',
      'mittel',
      'gelegentlich',
      'manchmal',
      'medium',
      'moderate',
      'occasional',
      'occasionally',
      'case by case',
    ],
  ],
  [
    3,
    [
      'regelmaessig',
      'regelmaessige zusammenarbeit',
      'falluebergreifend',
      'falluebergreifende zusammenarbeit',
      'hoch',
      'haeufig',
      'oft',
      'high',
      'regular',
      'regularly',
      'frequent',
      'often',
    ],
  ],
  [
    4,
    [
      'verbindlich',
      'verbindliche kooperation',
      'verbindliche zusammenarbeit',
      'sehr hoch',
      'eng',
      'sehr eng',
      'intensiv',
      'very high',
      'close',
      'binding',
    ],
  ],
];

/** A cell reduced for comparison: lower case, umlauts spelt out, words separated by one space. */
export function wordKey(text: string): string {
  return foldGerman(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_WORD = new Map<string, Intensity>(
  WORDS.flatMap(([value, words]) => words.map((word) => [wordKey(word), value] as const)),
);
/** The first words of the template's phrases: "regelmäßige, fallübergreifende Zusammenarbeit". */
const BY_FIRST_WORD = new Map<string, Intensity>([
  ['kennen', 1],
  ['informationsaustausch', 1],
  ['punktuelle', 2],
  ['punktuell', 2],
  ['fallbezogene', 2],
  ['regelmaessige', 3],
  ['regelmaessig', 3],
  ['falluebergreifende', 3],
  ['verbindliche', 4],
  ['verbindlich', 4],
]);
/** "3 – regelmäßig", "3) regelmäßig", "Stufe 3": a number of the scale with its word beside it. */
const LEADING_NUMBER = /^(?:stufe\s*([1-4])$|([1-4])(?:\s*[-–—:.)=]\s*|\s+)\S)/iu;

/** The intensity a word or phrase stands for, or undefined when it is not one of the scale's. */
export function intensityOfWords(cell: string): Intensity | undefined {
  const numbered = LEADING_NUMBER.exec(cell.trim());
  if (numbered !== null) return Number(numbered[1] ?? numbered[2]) as Intensity;
  const key = wordKey(cell);
  return BY_WORD.get(key) ?? BY_FIRST_WORD.get(key.split(' ')[0] ?? '');
}

const CHOICES = INTENSITIES.map((value) => ({ value: String(value), label: String(value) }));

/**
 * Reads an intensity cell: numbers by `readIntensity`; words of the scale as their step, noted for
 * the review; a word the user gave a reading to as she chose; any other text is 1 with a warning,
 * and the review asks what it means.
 */
export function readIntensityCell(
  cell: string,
  log: InterpretationLog,
  file: string,
  line: number,
): Reading<Intensity> {
  const number = readIntensity(cell);
  if (number.warning?.code !== 'invalid-intensity') return number;
  const chosen = log.choice('intensity', cell);
  const chosenValue = Number(chosen);
  if (chosen !== undefined && chosenValue >= 1 && chosenValue <= 4) {
    log.note({
      field: 'intensity',
      written: cell,
      readAs: chosen,
      reason: 'chosen',
      choices: CHOICES,
      file,
      line,
    });
    return { value: chosenValue as Intensity };
  }
  const word = intensityOfWords(cell);
  log.note({
    field: 'intensity',
    written: cell,
    readAs: word === undefined ? null : String(word),
    reason: word === undefined ? 'unknown' : 'word',
    choices: CHOICES,
    file,
    line,
  });
  return word === undefined ? number : { value: word };
}
