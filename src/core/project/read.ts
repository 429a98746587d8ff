import * as v from 'valibot';
import { NETWORK_JSON_FORMAT } from '../export/json';
import { IMPORT_LIMITS } from '../import/limits';
import { PROJECT_FORMAT, PROJECT_SCHEMA_VERSION } from './format';
import { checkConsistency } from './consistency';
import { upgradeV1 } from './migrate';
import type { ProjectProblem } from './problems';
import { projectV1Schema } from './schema-v1';
import { projectV2Schema } from './schema-v2';
import type { Project } from './types';

/**
 * What a project file may hold: far above any network kept in the app (an import keeps at most
 * 500,000 rows a table), low enough that reading it cannot take the tab down. A project of 50,000
 * partners with their ties and positions is some tens of megabytes.
 */
export const PROJECT_LIMITS = {
  /** Characters of the file's text (a UTF-8 file has at least as many bytes). */
  characters: 256 * 1024 * 1024,
  partners: IMPORT_LIMITS.rows,
  cooperations: 10 * IMPORT_LIMITS.rows,
};

export type ProjectReading = { project: Project } | { problems: ProjectProblem[] };

export interface ReadOptions {
  /** ISO timestamp used as the dates of a file that has none (version 1); defaults to the clock. */
  now?: string;
}

/** Each schema version: how to check it and how to bring it to the current version. */
const VERSIONS = new Map<number, (fileContent: unknown, now: string) => ProjectReading>([
  [1, (fileContent, now) => check(projectV1Schema, fileContent, (doc) => upgradeV1(doc, now), 1)],
  [2, (fileContent) => check(projectV2Schema, fileContent, (project) => project, 2)],
]);

const FORMATS: ReadonlySet<unknown> = new Set([NETWORK_JSON_FORMAT, PROJECT_FORMAT]);

/**
 * Reads a `.netzwerkkarte.json` file (or a network JSON export) of any version up to the current
 * one. Never throws: whatever the text, the answer is a project or the reason it is none.
 */
export function readProjectFile(text: string, options: ReadOptions = {}): ProjectReading {
  if (text.length > PROJECT_LIMITS.characters)
    return { problems: [{ code: 'too-large', limit: PROJECT_LIMITS.characters }] };
  let fileContent: unknown;
  try {
    fileContent = JSON.parse(text);
  } catch {
    return { problems: [{ code: 'not-json' }] };
  }
  if (typeof fileContent !== 'object' || fileContent === null || Array.isArray(fileContent))
    return { problems: [{ code: 'not-a-project' }] };
  const { format, schemaVersion } = fileContent as { format?: unknown; schemaVersion?: unknown };
  if (!FORMATS.has(format)) return { problems: [{ code: 'not-a-project' }] };
  if (
    typeof schemaVersion === 'number' &&
    Number.isInteger(schemaVersion) &&
    schemaVersion > PROJECT_SCHEMA_VERSION
  ) {
    return { problems: [{ code: 'newer-version', version: schemaVersion }] };
  }
  const { partners, cooperations } = fileContent as { partners?: unknown; cooperations?: unknown };
  if (
    (Array.isArray(partners) && partners.length > PROJECT_LIMITS.partners) ||
    (Array.isArray(cooperations) && cooperations.length > PROJECT_LIMITS.cooperations)
  )
    return { problems: [{ code: 'too-large', limit: PROJECT_LIMITS.characters }] };
  const read = typeof schemaVersion === 'number' ? VERSIONS.get(schemaVersion) : undefined;
  if (read === undefined) return { problems: [{ code: 'corrupt', path: '/schemaVersion' }] };
  return read(fileContent, options.now ?? new Date().toISOString());
}

function check<TSchema extends v.GenericSchema>(
  schema: TSchema,
  fileContent: unknown,
  toProject: (output: v.InferOutput<TSchema>) => Project,
  version: number,
): ProjectReading {
  const result = v.safeParse(schema, fileContent);
  if (result.success) {
    const project = toProject(result.output);
    const problems = checkConsistency(project, version);
    return problems.length === 0 ? { project } : { problems };
  }
  return {
    problems: result.issues.map((issue) => ({ code: 'corrupt', path: pointer(issue.path ?? []) })),
  };
}

/** The issue's place as a JSON Pointer (RFC 6901): "/partners/3/intensity". */
function pointer(path: readonly { key: unknown }[]): string {
  return path
    .map(({ key }) => '/' + String(key).replaceAll('~', '~0').replaceAll('/', '~1'))
    .join('');
}
