import {
  addCooperation,
  removeCooperation,
  updateCooperation,
  type EditProblem,
} from '../../core/edit';
import type { Cooperation, Network } from '../../core/model/types';
import { changeLabel } from '../history';
import { applyEdit, currentNetwork } from '../store/state';
import { update, useNetworkStore } from '../store/store';
import { cooperationFields, type CooperationValues } from './cooperation-values';

/** Partner names for the change list ("Kooperation „Jugendamt“ – „Kita“ …"); an unknown ID as it is. */
function names(network: Network, source: string, target: string) {
  const name = (id: string) => network.partners.find((p) => p.id === id)?.name ?? id;
  return { source: name(source), target: name(target) };
}

const network = () => currentNetwork(useNetworkStore.getState());

/** Adds a cooperation of the partner `from`; answers why not, if refused. */
export function addTie(from: string, values: CooperationValues): EditProblem[] {
  const read = cooperationFields(values, from);
  if ('problem' in read) return [read.problem];
  const current = network();
  const result = addCooperation(current, read.fields);
  update(applyEdit(result, changeLabel('add-cooperation', names(current, from, values.other))));
  return 'problems' in result ? result.problems : [];
}

export function changeTie(
  from: string,
  tie: Cooperation,
  values: CooperationValues,
): EditProblem[] {
  const read = cooperationFields(values, from);
  if ('problem' in read) return [read.problem];
  const current = network();
  const result = updateCooperation(current, tie.source, tie.target, read.fields);
  update(applyEdit(result, changeLabel('update-cooperation', names(current, from, values.other))));
  return 'problems' in result ? result.problems : [];
}

export function removeTie(tie: Cooperation): void {
  const current = network();
  const result = removeCooperation(current, tie.source, tie.target);
  update(
    applyEdit(result, changeLabel('remove-cooperation', names(current, tie.source, tie.target))),
  );
}
