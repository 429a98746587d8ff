import type { MergeConflict } from '../../core/doubles/merge-partners';

/** The prefix mergePartners gives a conflict in one of the list's own extra columns. */
const ATTRIBUTE_PREFIX = 'attributes.';

/** A conflicting field as the text catalogue names it: a partner field, or an extra column by its name. */
export function conflictField(field: MergeConflict['field']): { key: string; column?: string } {
  return field.startsWith(ATTRIBUTE_PREFIX)
    ? { key: 'attribute', column: field.slice(ATTRIBUTE_PREFIX.length) }
    : { key: field };
}
