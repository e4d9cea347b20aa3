import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { describeFsError, InputError, UsageError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';

/** The format an output file name asks for; null for names that say nothing (/dev/stdout, out, x.bak). */
const EXTENSION_FORMATS: Record<string, string> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
};

export function formatOfFileName(file: string): string | null {
  return EXTENSION_FORMATS[extname(file).toLowerCase()] ?? null;
}

/**
 * `-f` wins when given, but must agree with an `-o` name that implies a format
 * (HTML in a .docx is a file no one can open); without `-f` the name decides,
 * so `-o tasks.csv` writes CSV, not the default.
 */
export function resolveFormat<F extends string>(
  given: string | undefined,
  output: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  const implied = output && output !== '-' ? formatOfFileName(output) : null;
  if (given !== undefined) {
    if (!(allowed as readonly string[]).includes(given)) {
      throw new UsageError(`--format ${given} is not one of ${allowed.join(', ')}`);
    }
    if (implied && implied !== given) {
      throw new InputError(output!, `the name says ${implied} but --format is ${given}; change one of them`);
    }
    return given as F;
  }
  if (implied) {
    if (!(allowed as readonly string[]).includes(implied)) {
      throw new InputError(output!, `this command cannot write ${implied}; give -f with one of ${allowed.join(', ')}`);
    }
    return implied as F;
  }
  return fallback;
}

/**
 * Refuse a directory before any work is done; everything else is decided when
 * writing (a missing parent folder is reported then, in the same words).
 */
export async function checkOutputTarget(output: string | undefined): Promise<void> {
  if (!output || output === '-') return;
  const st = await stat(output).catch(() => null);
  if (st?.isDirectory()) throw new InputError(output, 'is a directory; give a file name for the output');
}

/**
 * Stdout when no file (or `-`) is named. A regular file (new or existing) is
 * written atomically, so an existing file is never left half-written; through a
 * symlink the file it points to is replaced, not the link. Anything else that
 * exists — a device such as /dev/null, a FIFO, a socket — is opened and written
 * in place: renaming over it would destroy it (as root, /dev/null itself).
 */
export async function emit(out: string | Uint8Array, output: string | undefined): Promise<void> {
  if (!output || output === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(out, (err) => (err ? reject(err) : resolve())));
    return;
  }
  try {
    const st = await stat(output).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw e;
    });
    if (st?.isDirectory()) throw new InputError(output, 'is a directory; give a file name for the output');
    if (st && !st.isFile()) return await writeInPlace(output, out);
    await writeFileAtomic(st ? await realpath(output) : output, out);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(output, `cannot write output: ${describeFsError(e)}`);
  }
}

/** Write-only without O_CREAT: a device or pipe is written to, never created or replaced (a FIFO waits for its reader). */
async function writeInPlace(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, constants.O_WRONLY);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}
