import { indexCatalogue } from '../catalogue/catalogue-index';
import { defaultCatalogue } from '../catalogue/default-catalogue';
import { acrossNetworks, type NamedNetwork } from './across-networks';
import { findDuplicatePartners } from './find-duplicate-partners';
import type { DuplicateReason } from './score-partner-pair';
import type { Network } from '../model/types';

/** One organisation found in several networks, as the table shows it. */
export interface PartnerAcrossNetworks {
  id: string;
  /** Its entry in each network, in the order the networks were given. */
  entries: { network: string; name: string }[];
  networks: string[];
  /** 0–1: the surest match between two of its entries. */
  score: number;
  reasons: DuplicateReason[];
}

export interface NetworksComparison {
  partners: PartnerAcrossNetworks[];
  merged: Network;
}

type Progress = (done: number, total: number, step: string) => void;

/**
 * Partners in more than one of the networks (the inter-municipal case, Kreis Viersen and its
 * towns), with how sure the match is and why. The networks need distinct names, since a partner
 * is known by "<network>/<id>". Progress counts the match first, then each shared partner.
 */
export function matchAcrossNetworks(
  networks: readonly NamedNetwork[],
  onProgress: Progress = () => undefined,
): NetworksComparison {
  // One index for every match: the same default catalogue the other doubles checks use.
  const catalogue = indexCatalogue(defaultCatalogue());
  const partnerByKey = new Map(
    networks.flatMap(({ name, network }) =>
      network.partners.map((partner) => [`${name}/${partner.id}`, partner] as const),
    ),
  );
  onProgress(0, 1, 'match');
  const { shared, merged } = acrossNetworks(networks, { catalogue });
  // About a hundred reports in all: enough for the bar, few enough messages for the page.
  const every = Math.max(1, Math.ceil(shared.length / 100));
  const partners = shared.map(({ id, members }, done): PartnerAcrossNetworks => {
    if (done % every === 0) onProgress(done, shared.length, 'reasons');
    const keyed = members.flatMap(({ network, partnerId }) => {
      const partner = partnerByKey.get(`${network}/${partnerId}`);
      return partner === undefined ? [] : [{ network, partner }];
    });
    const networkOf = new Map(keyed.map((e) => [`${e.network}/${e.partner.id}`, e.network]));
    // The pairs that tied the entries together, scored again to say how sure and why.
    const links = findDuplicatePartners(
      keyed.map((e) => ({ ...e.partner, id: `${e.network}/${e.partner.id}` })),
      { catalogue },
    ).filter(({ ids }) => networkOf.get(ids[0]) !== networkOf.get(ids[1]));
    return {
      id,
      entries: keyed.map((e) => ({ network: e.network, name: e.partner.name })),
      networks: [...new Set(keyed.map((e) => e.network))],
      score: Math.max(0, ...links.map((link) => link.score)),
      reasons: [...new Set(links.flatMap((link) => link.reasons))],
    };
  });
  return { partners, merged };
}
