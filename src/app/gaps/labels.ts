import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue, CatalogueLabel } from '../../core/catalogue/types';
import type { Network } from '../../core/model/types';

/** Names for the ids a gap report speaks in: partners, catalogue sectors and types. */
export interface GapLabels {
  partner: (id: string) => string;
  sector: (id: string) => string;
  type: (id: string) => string;
  /** The sector's German label, which keys its map colour. */
  sectorColourKey: (id: string) => string;
}

/** Labels in the interface language; the catalogue carries German and English names itself. */
export function useGapLabels(network: Network, catalogue: Catalogue): GapLabels {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  return useMemo(() => {
    const partners = new Map(network.partners.map((p) => [p.id, p.name]));
    const sectors = new Map<string, CatalogueLabel>();
    const types = new Map<string, CatalogueLabel>();
    for (const sector of catalogue.sectors) {
      sectors.set(sector.id, sector.label);
      for (const type of sector.types) types.set(type.id, type.label);
    }
    return {
      partner: (id) => partners.get(id) ?? id,
      sector: (id) => sectors.get(id)?.[language] ?? id,
      type: (id) => types.get(id)?.[language] ?? id,
      sectorColourKey: (id) => sectors.get(id)?.de ?? '',
    };
  }, [network, catalogue, language]);
}
