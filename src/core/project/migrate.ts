import type { ProjectV1 } from './schema-v1';
import { createProject, type Project } from './types';

/**
 * Version 1 → 2: a plain network file becomes a project with no offers, memberships, positions,
 * corrections, settings or Stände. The file had no name or dates: the name stays empty for the
 * app to fill from the file name, and both dates are the moment of reading.
 */
export function upgradeV1(fileContent: ProjectV1, now: string): Project {
  return createProject('', now, {
    partners: fileContent.partners,
    cooperations: fileContent.cooperations,
  });
}
