import { fieldForHeader } from './aliases';
import { TABLE_FIELDS, type ColumnMapping, type FieldOf, type TableKind } from './types';

/** Which column feeds which field, and which columns stay free attributes (by their header). */
export interface ColumnPlan<K extends TableKind> {
  fields: Map<FieldOf<K>, number>;
  attributes: { index: number; header: string }[];
}

/**
 * Reads a header as a table of the given kind. The user's mapping wins over the aliases; a field
 * named by two columns takes the first, the other stays an attribute. Headerless columns (Excel's
 * trailing empty columns) are dropped.
 */
export function planColumns<K extends TableKind>(
  kind: K,
  header: readonly string[],
  mapping?: ColumnMapping,
): ColumnPlan<K> {
  const known = new Set<string>(TABLE_FIELDS[kind]);
  const fields = new Map<FieldOf<K>, number>();
  const attributes: { index: number; header: string }[] = [];
  header.forEach((text, index) => {
    if (text === '') return;
    const mapped =
      mapping !== undefined && Object.hasOwn(mapping, text) ? mapping[text] : undefined;
    const field =
      mapped === undefined
        ? fieldForHeader(kind, text)
        : mapped !== null && known.has(mapped)
          ? (mapped as FieldOf<K>)
          : undefined;
    if (field !== undefined && !fields.has(field)) fields.set(field, index);
    else attributes.push({ index, header: text });
  });
  return { fields, attributes };
}

/** The recognised header as a mapping, to prefill the mapping dialog. */
export function recognisedMapping(
  kind: TableKind,
  header: readonly string[],
  mapping?: ColumnMapping,
): ColumnMapping {
  const plan = planColumns(kind, header, mapping);
  const result: ColumnMapping = Object.create(null) as ColumnMapping;
  for (const text of header) if (text !== '') result[text] = null;
  for (const [field, index] of plan.fields) result[header[index] ?? ''] = field;
  return result;
}
