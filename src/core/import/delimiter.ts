/** Candidates in order of preference: German Excel, tab (Unicode-Text), English CSV, pipe. */
export const DELIMITERS = [';', '\t', ',', '|'] as const;

const SAMPLE_LINES = 10;

/**
 * The delimiter of a table, chosen on its first lines: the candidate that occurs in the header and
 * occurs as often in the most following lines wins (ties go to the earlier candidate). Quoted text
 * is left out of the count, so "Beratung, Begleitung" in quotes does not vote for the comma.
 * Written here rather than papaparse's guess, which gives up on quoted line breaks.
 */
export function detectDelimiter(text: string): string {
  const lines = unquoted(text.slice(0, 64 * 1024))
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(0, SAMPLE_LINES);
  let best: { delimiter: string; agreeing: number; fields: number } = {
    delimiter: ';',
    agreeing: -1,
    fields: 0,
  };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    const fields = counts[0] ?? 0;
    if (fields === 0) continue;
    const agreeing = counts.filter((count) => count === fields).length;
    if (agreeing > best.agreeing || (agreeing === best.agreeing && fields > best.fields))
      best = { delimiter, agreeing, fields };
  }
  return best.delimiter;
}

/** The text with every quoted section removed (line breaks inside quotes included). */
function unquoted(text: string): string {
  return text.replace(/"(?:[^"]|"")*("|$)/g, '');
}
