import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { sectorLabelIn } from '../../core/appearance/sector-name';
import { defaultCatalogue } from '../../core/catalogue/default-catalogue';
import type { Catalogue } from '../../core/catalogue/types';
import { useNetworkStore } from '../store/store';

let standard: Catalogue | null = null;

/** The default catalogue, read once for the whole app. */
export function standardCatalogue(): Catalogue {
  standard ??= defaultCatalogue();
  return standard;
}

/** The catalogue in use: the one the coordinator chose, else the default. */
export function useCatalogue(): Catalogue {
  return useNetworkStore((state) => state.catalogue) ?? standardCatalogue();
}

/**
 * A sector's name as every view shows it, in the reader's language (see sectorLabelIn); an empty
 * sector stays empty, for each view to name as it does.
 */
export function useSectorName(): (sector: string) => string {
  const { i18n } = useTranslation();
  const chosen = useNetworkStore((state) => state.catalogue);
  const language = i18n.language;
  return useCallback(
    (sector: string) => sectorLabelIn(sector, language, chosen ?? standardCatalogue()),
    [language, chosen],
  );
}
