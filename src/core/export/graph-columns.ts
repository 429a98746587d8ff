import type { CooperationAttributes, NetworkGraph, PartnerAttributes } from '../model/graph';
import { OFFER_SEPARATOR, attributeNames, ownAttribute } from './network-tables';
import type { MapDecoration } from './map-decoration';

/**
 * The attribute columns that GEXF and GraphML carry for partners and cooperations, defined once so
 * that both formats name and type them alike. Custom columns are prefixed `attributes.` and
 * measures `measures.`: a custom column called "sector" or "__proto__" can then neither overwrite a
 * field nor reach an object prototype in the readers of those formats.
 */
export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';
export type ColumnValue = string | number | boolean | null;

export interface GraphColumn<Attributes> {
  name: string;
  type: ColumnType;
  value: (id: string, attributes: Attributes) => ColumnValue;
}

export const CUSTOM_PREFIX = 'attributes.';
export const MEASURE_PREFIX = 'measures.';

export function partnerColumns(
  graph: NetworkGraph,
  decoration: MapDecoration,
): GraphColumn<PartnerAttributes>[] {
  const fixed: GraphColumn<PartnerAttributes>[] = [
    { name: 'label', type: 'string', value: (_, p) => p.name },
    { name: 'sector', type: 'string', value: (_, p) => p.sector },
    { name: 'type', type: 'string', value: (_, p) => p.type },
    { name: 'carrier', type: 'string', value: (_, p) => p.carrier },
    { name: 'municipality', type: 'string', value: (_, p) => p.municipality },
    { name: 'socialArea', type: 'string', value: (_, p) => p.socialArea },
    { name: 'offers', type: 'string', value: (_, p) => p.offers.join(OFFER_SEPARATOR) },
    { name: 'since', type: 'integer', value: (_, p) => p.since },
  ];
  const custom = attributeNames(graph.mapNodes((_, p) => p)).map(
    (name): GraphColumn<PartnerAttributes> => ({
      name: CUSTOM_PREFIX + name,
      type: 'string',
      value: (_, p) => ownAttribute(p.attributes, name) ?? null,
    }),
  );
  const measures = [...(decoration.measures ?? [])].map(
    ([measure, values]): GraphColumn<PartnerAttributes> => ({
      name: MEASURE_PREFIX + measure,
      type: 'double',
      value: (id) => finiteOrNull(values.get(id)),
    }),
  );
  return [...fixed, ...custom, ...measures];
}

export const COOPERATION_COLUMNS: readonly GraphColumn<CooperationAttributes>[] = [
  { name: 'intensity', type: 'integer', value: (_, c) => c.intensity },
  { name: 'formal', type: 'boolean', value: (_, c) => c.formal },
  { name: 'kind', type: 'string', value: (_, c) => c.kind },
  { name: 'since', type: 'integer', value: (_, c) => c.since },
];

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}
