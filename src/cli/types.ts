/** Where the command line writes, and whether stderr is a terminal (for the progress bar). */
export interface CliIo {
  /** Writes text to standard output (results). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error (messages, progress). */
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal: only then is a progress bar drawn. */
  readonly isTTY: boolean;
}

/** Exit codes: 0 ok, 1 failure, 2 usage error, 3 rejected rows above `--max-reject-rate`. */
export const EXIT = { ok: 0, failure: 1, usage: 2, tooManyRejects: 3 } as const;
