import { useState, type FormEvent } from 'react';
import type { EditProblem } from '../../core/edit';

/**
 * The state every edit form shares: the values typed, the problems of the last attempt, and a
 * submit that applies the values and, when they were taken, empties the form if asked to.
 */
export function useEditForm<V>(initial: V, apply: (values: V) => EditProblem[], clearAfter?: V) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const set = <K extends keyof V>(field: K, value: V[K]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refused = apply(values);
    setProblems(refused);
    if (refused.length === 0 && clearAfter !== undefined) setValues(clearAfter);
  };
  return { values, problems, set, submit };
}
