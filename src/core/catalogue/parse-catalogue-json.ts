import * as v from 'valibot';
import { checkCatalogue } from './check-catalogue';
import { catalogueTextTooLarge, catalogueTooLarge } from './limits';
import { catalogueProblem, hasErrors } from './problems';
import { catalogueSchema } from './schema';
import type { CatalogueProblem, CatalogueProblemCode, CatalogueResult } from './types';

const SCHEMA_CODES = new Set<string>(['invalid-field', 'empty-field', 'unknown-basis']);

/** Reads a catalogue from JSON text, as the default file or one a user supplies. */
export function parseCatalogueJson(text: string): CatalogueResult {
  const tooLong = catalogueTextTooLarge(text);
  if (tooLong !== null) return { catalogue: null, problems: [tooLong] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { catalogue: null, problems: [catalogueProblem('invalid-json', {})] };
  }
  const parsed = v.safeParse(catalogueSchema, data);
  if (!parsed.success) return { catalogue: null, problems: parsed.issues.map(toProblem) };
  const tooLarge = catalogueTooLarge(parsed.output);
  if (tooLarge !== null) return { catalogue: null, problems: [tooLarge] };
  const problems = checkCatalogue(parsed.output);
  return { catalogue: hasErrors(problems) ? null : parsed.output, problems };
}

function toProblem(issue: v.BaseIssue<unknown>): CatalogueProblem {
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  const code = (
    SCHEMA_CODES.has(issue.message) ? issue.message : 'invalid-field'
  ) as CatalogueProblemCode;
  return catalogueProblem(code, { path });
}
