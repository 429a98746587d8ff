import { addPartner, type EditResult } from '../../core/edit';
import type { Network } from '../../core/model/types';
import { normaliseName } from '../../core/catalogue/normalise';

/**
 * The network with the survey's cooperations instead of its own ("als Netzwerk übernehmen"): the
 * partners stay as they are (with every detail), the ties are the merged ones between them.
 */
export function withSurveyCooperations(current: Network, merged: Network): EditResult {
  const present = new Set(current.partners.map((p) => p.id));
  return {
    network: {
      partners: current.partners,
      cooperations: merged.cooperations.filter(
        (c) => present.has(c.source) && present.has(c.target),
      ),
    },
  };
}

/** Whether the network has a partner of (nearly) this name already. */
export function hasPartnerNamed(network: Network, name: string): boolean {
  const wanted = normaliseName(name);
  return network.partners.some((p) => normaliseName(p.name) === wanted);
}

/** A partner the survey's answers named as missing, added with its name (an undoable edit). */
export function addNamedPartner(network: Network, name: string): EditResult {
  return addPartner(network, { name: name.trim() });
}
