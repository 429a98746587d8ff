import fc from 'fast-check';

/**
 * Pieces hostile or careless lists are made of: delimiters, quotes, line breaks of every platform,
 * the template's comment mark, formula starts, markup, keys of Object.prototype, BOMs, controls,
 * umlauts and emoji. Arbitraries built from them reach the parser's corners far more often than
 * uniformly random text does.
 */
export const HOSTILE_PIECES = [
  ';',
  ',',
  '\t',
  '|',
  '"',
  '""',
  '\r\n',
  '\n',
  '\r',
  '#',
  '=',
  '+',
  '-',
  '@',
  "'",
  '<script>alert(1)</script>',
  ']]>',
  '&amp;',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '\uFEFF',
  '\u0000',
  '\u001b',
  '\u202e',
  '\u200b',
  '\ud800',
  'Ä',
  'ß',
  'é',
  '👶🏽',
  'x',
  '0',
  '4',
  '7',
  '2,5',
  ' ',
  'ID',
  'Name',
  'Von',
  'An',
  'Intensität',
  'Sektor',
];

/** Text assembled from hostile pieces and random characters. */
export const hostileText = (maxLength = 60): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 4 })),
      {
        maxLength,
      },
    )
    .map((pieces) => pieces.join(''));

/** A header or cell as a list could hold it. */
export const hostileCell: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_PIECES),
  hostileText(6),
);

/** The keys that turn a plain object into a trap. */
export function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && Object.getPrototypeOf(probe) === Object.prototype;
}
