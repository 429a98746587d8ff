import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/app/i18n';
import type { TypeMatchReason } from '../../../src/core/catalogue/match-partner-type';
import { BASES } from '../../../src/core/catalogue/types';
import type { DuplicateReason } from '../../../src/core/doubles/score-partner-pair';
import type { MergeField } from '../../../src/core/doubles/merge-partners';
import type { GapKind, Suggestion } from '../../../src/core/gaps/types';

// Each list is typed as a record over the core's code union, so a code added to the core fails to
// compile here until it is listed, and the test below then asks for its text.
const codes = <T extends string>(all: Record<T, true>): T[] => Object.keys(all) as T[];

const TYPE_MATCH = codes<TypeMatchReason>({
  'user-correction': true,
  'type-label': true,
  'type-synonym': true,
  'type-fuzzy': true,
  'type-contains': true,
  'name-and-sector': true,
  name: true,
  'sector-only': true,
  none: true,
});
const SUGGESTION = codes<Suggestion['reason']>({
  'tied-to-both-sectors': true,
  'type-names-type': true,
  'offer-names-type': true,
  'name-names-type': true,
});
const GAP_KIND = codes<GapKind>({
  'missing-type': true,
  'unconnected-sector-pair': true,
  'weak-sector-link': true,
});
const DUPLICATE = codes<DuplicateReason>({
  'same-name': true,
  'similar-name': true,
  'same-words': true,
  'same-distinctive-words': true,
  acronym: true,
  'same-type': true,
  'same-municipality': true,
  'same-street': true,
  'same-carrier': true,
});
const MERGE_FIELD = [
  ...codes<MergeField>({
    name: true,
    sector: true,
    type: true,
    carrier: true,
    municipality: true,
    socialArea: true,
    since: true,
  }),
  'attribute',
];

const expected = [
  ...BASES.map((code) => `basis.${code}`),
  ...TYPE_MATCH.map((code) => `typeMatch.${code}`),
  ...SUGGESTION.map((code) => `suggestion.${code}`),
  ...GAP_KIND.map((code) => `suggestions.gap.${code}`),
  ...DUPLICATE.map((code) => `doubles.reason.${code}`),
  ...MERGE_FIELD.map((code) => `doubles.field.${code}`),
];

function text(language: 'de' | 'en', key: string): unknown {
  let node: unknown = resources[language].translation.gaps;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

describe('texts for the codes the gaps and doubles core returns', () => {
  it.each(['de', 'en'] as const)('every code has a text in %s', (language) => {
    const missing = expected.filter(
      (key) => typeof text(language, key) !== 'string' || text(language, key) === '',
    );
    expect(missing).toEqual([]);
  });

  it('every suggestion reads as a suggestion, not as a fact', () => {
    for (const code of SUGGESTION) {
      expect(text('de', `suggestion.${code}`)).toMatch(/^Vorschlag: /);
      expect(text('en', `suggestion.${code}`)).toMatch(/^Suggestion: /);
    }
  });
});
