/**
 * Exit codes are part of the CLI contract (documented in README):
 * 0 ok, 1 a bug in taskgen, 2 bad input or bad arguments, 3 a batch where some files failed.
 */
export const EXIT = {
  OK: 0,
  BUG: 1,
  INPUT: 2,
  PARTIAL: 3,
} as const;

/** A problem with the user's input: reported as one line `taskgen: <file>: <reason>`, never with a stack. */
export class InputError extends Error {
  readonly file: string;
  readonly reason: string;
  readonly exitCode: number;

  constructor(file: string, reason: string, exitCode: number = EXIT.INPUT) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.reason = reason;
    this.exitCode = exitCode;
  }
}

/** Bad command-line usage (unknown option value, conflicting flags). */
export class UsageError extends Error {
  readonly exitCode = EXIT.INPUT;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * An InputError the file's content alone decides (empty, no document format, a corrupt PDF): the same
 * bytes fail the same way on any machine, so a batch rerun need not read them again. Failures that
 * depend on the machine (LibreOffice or Tesseract missing, a timeout) stay plain InputErrors.
 */
export class ContentError extends InputError {}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/** An fs error in the user's terms. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EEXIST':
    case 'ENOTDIR':
      return `a file is in the way of a folder${pathOf(e)}`;
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return (e as Error)?.message ?? String(e);
  }
}

function pathOf(e: unknown): string {
  const path = (e as NodeJS.ErrnoException)?.path;
  return path ? ` (${path})` : '';
}
