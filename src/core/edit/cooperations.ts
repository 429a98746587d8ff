import { pairKey } from '../import/ties';
import { createCooperation, type Cooperation, type Intensity, type Network } from '../model/types';
import { editProblem, outcome, type EditResult } from './problems';
import { checkCooperation } from './rules';

/** A cooperation as a form gives it: the intensity is any number until it is checked. */
export type CooperationInput = Partial<Omit<Cooperation, 'intensity'>> &
  Pick<Cooperation, 'source' | 'target'> & { intensity?: number };
export type CooperationChanges = Partial<Omit<Cooperation, 'intensity'>> & { intensity?: number };

export function addCooperation(network: Network, input: CooperationInput): EditResult {
  const cooperation = asCooperation(input);
  const problems = checkCooperation(cooperation, network.partners, network.cooperations);
  return outcome({ ...network, cooperations: [...network.cooperations, cooperation] }, problems);
}

/** Changes the cooperation between two partners (in either order); it may move to another pair. */
export function updateCooperation(
  network: Network,
  source: string,
  target: string,
  changes: CooperationChanges,
): EditResult {
  const current = findCooperation(network, source, target);
  if (current === undefined)
    return { problems: [editProblem('unknown-cooperation', { source, target })] };
  const cooperation = asCooperation(changed(current, changes));
  const others = network.cooperations.filter((c) => c !== current);
  const problems = checkCooperation(cooperation, network.partners, others);
  return outcome(
    {
      ...network,
      cooperations: network.cooperations.map((c) => (c === current ? cooperation : c)),
    },
    problems,
  );
}

export function removeCooperation(network: Network, source: string, target: string): EditResult {
  const current = findCooperation(network, source, target);
  if (current === undefined)
    return { problems: [editProblem('unknown-cooperation', { source, target })] };
  return {
    network: { ...network, cooperations: network.cooperations.filter((c) => c !== current) },
  };
}

function findCooperation(
  network: Network,
  source: string,
  target: string,
): Cooperation | undefined {
  const key = pairKey(source, target);
  return network.cooperations.find((c) => pairKey(c.source, c.target) === key);
}

/**
 * The cooperation after the changes. Its own weight (from a Gephi or Kumu weight column) stays
 * through every change but one: another intensity chosen for the tie replaces it, since measures
 * would otherwise go on reading the old weight and the choice would change nothing.
 */
function changed(current: Cooperation, changes: CooperationChanges): CooperationInput {
  const next: CooperationInput = { ...current, ...changes };
  const newIntensity = changes.intensity !== undefined && changes.intensity !== current.intensity;
  if (newIntensity && !('weight' in changes)) delete next.weight;
  return next;
}

/** The checks that follow refuse an intensity outside 1–4, so the cast only names the type. */
function asCooperation(input: CooperationInput): Cooperation {
  return createCooperation({ ...input, intensity: (input.intensity ?? 1) as Intensity });
}
