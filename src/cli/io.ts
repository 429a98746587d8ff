/** Where the CLI writes: the process's streams when run, arrays in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A wrong call: exit code 2 with the usage text. */
export class UsageError extends Error {}
