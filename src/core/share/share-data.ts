import { sectorColor, sectorsInOrder } from '../appearance/sector-colors';
import { tieWidths } from '../appearance/tie-width';
import { tieCounts } from '../model/tie-counts';
import type { Network, Partner } from '../model/types';
import type { ShareData, SharedPartner, ShareInput } from './types';

/**
 * What the share file's script reads: the network already made shareable (`sharedNetwork`: keyed
 * by number, pseudonymised if asked), each partner with its sector's number, type, count of ties
 * and further fields as label and value, each tie with its width on the map.
 */
export function shareData(
  shared: Network,
  placed: ReadonlySet<string>,
  {
    pseudonymised,
    sectorNames,
    texts,
  }: Pick<ShareInput, 'pseudonymised' | 'sectorNames' | 'texts'>,
): ShareData {
  const sectors = sectorsInOrder(shared.partners.map((p) => p.sector));
  const sectorNumber = new Map(sectors.map((sector, index) => [sector, index]));
  const counts = tieCounts(shared.cooperations);
  const width = tieWidths(shared.cooperations);
  const partners = shared.partners.map((partner): SharedPartner => ({
    name: partner.name,
    sector: sectorNumber.get(partner.sector) ?? 0,
    type: partner.type,
    ties: counts.get(partner.id) ?? 0,
    onMap: placed.has(partner.id),
    details: details(partner, texts),
  }));
  return {
    format: 'netzwerkkarte-share',
    version: 1,
    pseudonymised,
    sectors: sectors.map((sector) => ({
      name: sector.trim() === '' ? texts.noSector : (sectorNames.get(sector) ?? sector),
      color: sectorColor(sector),
    })),
    partners,
    ties: shared.cooperations.map((tie) => ({
      a: Number(tie.source),
      b: Number(tie.target),
      intensity: tie.intensity,
      formal: tie.formal,
      kind: tie.kind,
      width: Math.round(width(tie) * 100) / 100,
    })),
    texts: {
      foundMany: texts.foundMany,
      foundOne: texts.foundOne,
      foundNone: texts.foundNone,
      selected: texts.selected,
      tiesOf: texts.tiesOf,
      noTies: texts.noTies,
      formal: texts.formal,
      intensity: texts.intensity,
      scale: texts.scale,
      notOnMap: texts.notOnMap,
      sector: texts.sector,
      type: texts.type,
    },
  };
}

/** A partner's fields beside name, sector and type, those it fills, then its further columns. */
function details(partner: Partner, texts: ShareInput['texts']): [string, string][] {
  const fields: [string, string][] = [
    [texts.carrier, partner.carrier],
    [texts.municipality, partner.municipality],
    [texts.socialArea, partner.socialArea],
    [texts.offers, partner.offers.join(', ')],
    [texts.since, partner.since === null ? '' : String(partner.since)],
    ...Object.entries(partner.attributes),
  ];
  return fields.filter(([, value]) => value.trim() !== '');
}
