import { createPartner, type Network, type Partner } from '../model/types';
import { editProblem, outcome, type EditResult } from './problems';
import { checkPartner, cleanPartner, findPartner, touches } from './rules';

export type PartnerInput = Partial<Partner> & Pick<Partner, 'name'>;

/** Adds a partner. Without an ID the name is the ID, as in a partner list without an ID column. */
export function addPartner(network: Network, input: PartnerInput): EditResult {
  const partner = cleanPartner(createPartner({ id: '', ...input }));
  const problems = checkPartner(partner, network.partners);
  return outcome({ ...network, partners: [...network.partners, partner] }, problems);
}

/**
 * Changes a partner's fields. A new ID is carried into its cooperations, so the ties stay with
 * the partner; the new ID must be free.
 */
export function updatePartner(network: Network, id: string, changes: Partial<Partner>): EditResult {
  const current = findPartner(network, id);
  if (current === undefined) return { problems: [editProblem('unknown-partner', { name: id })] };
  const partner = cleanPartner({ ...current, ...changes });
  const others = network.partners.filter((p) => p !== current);
  const problems = checkPartner(partner, others);
  const partners = network.partners.map((p) => (p === current ? partner : p));
  const cooperations =
    partner.id === id
      ? network.cooperations
      : network.cooperations.map((c) =>
          touches(c, id)
            ? {
                ...c,
                source: c.source === id ? partner.id : c.source,
                target: c.target === id ? partner.id : c.target,
              }
            : c,
        );
  return outcome({ partners, cooperations }, problems);
}

/** Removes a partner and every cooperation it has: a tie needs both ends. */
export function removePartner(network: Network, id: string): EditResult {
  if (findPartner(network, id) === undefined)
    return { problems: [editProblem('unknown-partner', { name: id })] };
  return {
    network: {
      partners: network.partners.filter((p) => p.id !== id),
      cooperations: network.cooperations.filter((c) => !touches(c, id)),
    },
  };
}
