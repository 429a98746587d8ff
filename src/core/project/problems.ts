/**
 * Why a text could not be read as a project. Codes, not sentences: the app words them
 * (`storage.project.<code>`).
 */
export type ProjectProblem =
  | { code: 'not-json' }
  | { code: 'not-a-project' }
  /** Larger than a project file may be (PROJECT_LIMITS); `limit` is the characters allowed. */
  | { code: 'too-large'; limit: number }
  /** Written by a newer Netzwerkkarte; `version` is the schema version found in the file. */
  | { code: 'newer-version'; version: number }
  /** The file is a project but a value is missing or wrong; `path` is a JSON Pointer (RFC 6901) to it. */
  | { code: 'corrupt'; path: string }
  /** A partner ID that an earlier partner has already (`first` points at it). */
  | { code: 'duplicate-partner-id'; path: string; id: string; first: string }
  /** A tie naming a partner ID no partner of the network has. */
  | { code: 'tie-to-missing-partner'; path: string; id: string }
  /** A tie from a partner to itself. */
  | { code: 'self-tie'; path: string; id: string };

export type ProjectProblemCode = ProjectProblem['code'];

export const PROJECT_PROBLEM_CODES: readonly ProjectProblemCode[] = [
  'not-json',
  'not-a-project',
  'too-large',
  'newer-version',
  'corrupt',
  'duplicate-partner-id',
  'tie-to-missing-partner',
  'self-tie',
];
