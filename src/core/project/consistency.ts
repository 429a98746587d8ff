import type { Network } from '../model/types';
import type { ProjectProblem } from './problems';
import type { Project } from './types';

/**
 * What a project file must hold together beyond its form: each partner ID once, and every tie
 * between two different partners of the same network. A file changed by hand or by another program
 * can break either; such a file is refused, every place named by a JSON Pointer, before anything
 * opens — the app would otherwise show fewer partners than the file's summary counts.
 */
export function checkConsistency(project: Project, version: number): ProjectProblem[] {
  // Version 1 files and version 2 files keep the current network at the top.
  const problems = checkNetwork(project.network, '');
  if (version >= 2)
    project.stands.forEach((stand, index) =>
      problems.push(...checkNetwork(stand.network, `/snapshots/${index}/network`)),
    );
  return problems;
}

function checkNetwork(network: Network, base: string): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  const first = new Map<string, number>();
  network.partners.forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      problems.push({
        code: 'duplicate-partner-id',
        path: `${base}/partners/${index}/id`,
        id,
        first: `${base}/partners/${earlier}/id`,
      });
  });
  network.cooperations.forEach(({ source, target }, index) => {
    for (const [end, id] of [
      ['source', source],
      ['target', target],
    ] as const)
      if (!first.has(id))
        problems.push({
          code: 'tie-to-missing-partner',
          path: `${base}/cooperations/${index}/${end}`,
          id,
        });
    if (source === target)
      problems.push({ code: 'self-tie', path: `${base}/cooperations/${index}`, id: source });
  });
  return problems;
}
