/**
 * What a change in the history was, as a code the change list words (`storage.history.<code>`)
 * with the names it mentions, e.g. `{ code: 'remove-partner', params: { name: 'Kita Sonnenschein' } }`.
 */
export const CHANGE_CODES = [
  'opened',
  'import',
  'merge',
  'replace',
  'merge-partners',
  'add-partner',
  'update-partner',
  'remove-partner',
  'add-cooperation',
  'update-cooperation',
  'remove-cooperation',
  'bulk-set',
  'move-partners',
  'correct-type',
  'take-snapshot',
  'restore-snapshot',
  'rename',
  'survey-round',
  'survey-round-discarded',
  'survey-answers',
  'survey-answer-removed',
  'survey-merge-rule',
] as const;

export type ChangeCode = (typeof CHANGE_CODES)[number];

export interface ChangeLabel {
  code: ChangeCode;
  params: Record<string, string | number>;
}

export function changeLabel(
  code: ChangeCode,
  params: Record<string, string | number> = {},
): ChangeLabel {
  return { code, params };
}
