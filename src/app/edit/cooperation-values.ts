import type { CooperationChanges, EditProblem } from '../../core/edit';
import type { Cooperation } from '../../core/model/types';
import { readYear } from './year';

/** A cooperation as its form shows it: the other partner, and each field as input text. */
export interface CooperationValues {
  other: string;
  intensity: string;
  formal: boolean;
  kind: string;
  since: string;
}

export const EMPTY_COOPERATION_VALUES: CooperationValues = {
  other: '',
  intensity: '1',
  formal: false,
  kind: '',
  since: '',
};

export function cooperationValues(cooperation: Cooperation, from: string): CooperationValues {
  return {
    other: cooperation.source === from ? cooperation.target : cooperation.source,
    intensity: String(cooperation.intensity),
    formal: cooperation.formal,
    kind: cooperation.kind,
    since: cooperation.since === null ? '' : String(cooperation.since),
  };
}

/** The form's values as a cooperation from `from`, for `addCooperation`/`updateCooperation`. */
export function cooperationFields(
  values: CooperationValues,
  from: string,
): { fields: CooperationChanges & { source: string; target: string } } | { problem: EditProblem } {
  const since = readYear(values.since);
  if ('problem' in since) return since;
  return {
    fields: {
      source: from,
      target: values.other,
      intensity: Number(values.intensity),
      formal: values.formal,
      kind: values.kind.trim(),
      since: since.year,
    },
  };
}
