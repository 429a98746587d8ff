import referenceData from '../../../data/reference/nzfh-kommunalbefragung.json';
import { parseReferenceJson } from './parse-reference-json';
import type { ReferenceFigures } from './types';

/**
 * The figures the app starts with (data/reference/nzfh-kommunalbefragung.json), read through the
 * same parser as a state's own file so they obey the same rules.
 */
export function defaultReferenceFigures(): ReferenceFigures {
  const { figures, problems } = parseReferenceJson(JSON.stringify(referenceData));
  if (figures === null)
    throw new Error(
      `netzwerkkarte: default reference figures invalid (${problems[0]?.code ?? ''})`,
    );
  return figures;
}
