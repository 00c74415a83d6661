/**
 * Exit codes of the `dialogrum` command line, for scripts (a secretariat's batch export):
 * stable numbers, each one kind of failure. 2 is only `programme`'s partial success (issue 5
 * asks for it), not a failure: the lines it could read were used.
 */
export const EXIT = {
  ok: 0,
  usage: 1,
  someUnread: 2,
  fileMissing: 3,
  fileUnreadable: 4,
  exportFailed: 5,
  noChromium: 6,
  // 7 is browser mode's (main/server/serveOptions.ts SERVE_EXIT): its data folder cannot be written.
  outputIsInput: 8,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_TEXT = `Exit codes:
  0  done
  1  usage error (unknown command or option, missing or bad value)
  2  programme: some lines could not be read (the others were used)
  3  the input file (a workshop, or a programme) is missing, or is a folder, pipe or device
  4  the workshop file is corrupt, not a Dialogrum workshop, or from a newer Dialogrum
  5  the export failed (including writing the output file)
  6  pdf: no Chromium found (install it, or set DIALOGRUM_CHROMIUM)
  8  export: --out is the workshop file, its journal, its .bak or a copy kept aside (nothing written)`;

/** A failure with the exit code it ends the program with. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
