import { cleanName } from '../import/names';
import { pairKey } from '../import/ties';
import type { Cooperation, Network, Partner } from '../model/types';
import { INTENSITIES } from '../model/types';
import { editProblem, type EditProblem } from './problems';

/** The rules a partner must meet among the others (`others` excludes the one being edited). */
export function checkPartner(partner: Partner, others: readonly Partner[]): EditProblem[] {
  const problems: EditProblem[] = [];
  if (partner.name === '') problems.push(editProblem('empty-name', { id: partner.id }));
  const holder = others.find((p) => p.id === partner.id);
  if (holder !== undefined)
    problems.push(
      editProblem('duplicate-id', { id: partner.id, name: partner.name, other: holder.name }),
    );
  problems.push(...checkYear(partner.since));
  return problems;
}

/** The rules a cooperation must meet in the network (`others` excludes the one being edited). */
export function checkCooperation(
  cooperation: Cooperation,
  partners: readonly Partner[],
  others: readonly Cooperation[],
): EditProblem[] {
  const problems: EditProblem[] = [];
  const byId = new Map(partners.map((p) => [p.id, p]));
  const source = byId.get(cooperation.source);
  const target = byId.get(cooperation.target);
  if (source === undefined)
    problems.push(editProblem('unknown-partner', { name: cooperation.source }));
  if (target === undefined)
    problems.push(editProblem('unknown-partner', { name: cooperation.target }));
  if (cooperation.source === cooperation.target)
    problems.push(editProblem('self-tie', { name: source?.name ?? cooperation.source }));
  if (!(INTENSITIES as readonly number[]).includes(cooperation.intensity)) {
    problems.push(editProblem('intensity-out-of-range', { value: String(cooperation.intensity) }));
  }
  const key = pairKey(cooperation.source, cooperation.target);
  if (others.some((c) => pairKey(c.source, c.target) === key)) {
    problems.push(
      editProblem('duplicate-tie', {
        source: source?.name ?? cooperation.source,
        target: target?.name ?? cooperation.target,
      }),
    );
  }
  problems.push(...checkYear(cooperation.since));
  return problems;
}

/** A year as the importer accepts it: a whole number from 1900 to 2100, or none. */
function checkYear(year: number | null): EditProblem[] {
  if (year === null || (Number.isInteger(year) && year >= 1900 && year <= 2100)) return [];
  return [editProblem('invalid-year', { value: String(year) })];
}

/** Names and IDs as typed into a form, with surrounding and repeated whitespace removed. */
export function cleanPartner(partner: Partner): Partner {
  const name = cleanName(partner.name);
  return { ...partner, name, id: cleanName(partner.id) || name };
}

export function findPartner(network: Network, id: string): Partner | undefined {
  return network.partners.find((p) => p.id === id);
}

export function touches(cooperation: Cooperation, id: string): boolean {
  return cooperation.source === id || cooperation.target === id;
}
