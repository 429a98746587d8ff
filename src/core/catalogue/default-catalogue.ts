import catalogueData from '../../../data/catalogue/kkg-nzfh-2024.json';
import { parseCatalogueJson } from './parse-catalogue-json';
import type { Catalogue } from './types';

/**
 * The catalogue the app starts with (data/catalogue/kkg-nzfh-2024.json), read through the same
 * parser as a user's file so it obeys the same rules.
 */
export function defaultCatalogue(): Catalogue {
  const { catalogue, problems } = parseCatalogueJson(JSON.stringify(catalogueData));
  if (catalogue === null)
    throw new Error(`netzwerkkarte: default catalogue invalid (${problems[0]?.code ?? ''})`);
  return catalogue;
}
