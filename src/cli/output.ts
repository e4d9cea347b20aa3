import { describeFsError, InputError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';

/** Stdout when no file (or `-`) is named; otherwise an atomic write, so an existing file is never left half-written. */
export async function emit(out: string | Uint8Array, output: string | undefined): Promise<void> {
  if (!output || output === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(out, (err) => (err ? reject(err) : resolve())));
    return;
  }
  try {
    await writeFileAtomic(output, out);
  } catch (e) {
    throw new InputError(output, `cannot write output: ${describeFsError(e)}`);
  }
}
