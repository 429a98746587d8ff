/**
 * The project file `.netzwerkkarte.json`: `writeProjectFile(project)` → text,
 * `readProjectFile(text)` → `{ project }` or `{ problems }`, for every schema version so far.
 */
export { PROJECT_FILE_EXTENSION, PROJECT_FORMAT, PROJECT_SCHEMA_VERSION } from './format';
export { PROJECT_PROBLEM_CODES, type ProjectProblem, type ProjectProblemCode } from './problems';
export { PROJECT_LIMITS, readProjectFile, type ProjectReading, type ReadOptions } from './read';
export {
  createProject,
  keepStand,
  type MapPosition,
  type Project,
  type SettingValue,
  type Stand,
} from './types';
export { compactProjectBody, compactProjectHeader, writeProjectFile } from './write';
