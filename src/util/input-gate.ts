/**
 * The one way taskgen reads a file the user named: documents (parse, batch), parsed JSON (notice,
 * plan, diff), alias files and templates. Before a byte is read the file must be a regular file
 * and within the size limit; the read itself stops at the limit, so a file that grows meanwhile,
 * `/dev/zero`, a FIFO or a 2 GB sparse file costs a stat, not gigabytes of memory or a hang.
 */
import { constants, fstatSync, openSync, closeSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** Larger documents are refused: no real task document comes near this, and decoding it would only waste memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface GateOptions {
  /** Largest accepted size in bytes. */
  maxBytes: number;
  /** What the file is, for the message: "document", "alias file", "template". */
  what: string;
}

/**
 * O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. It has no
 * effect on the regular files that pass the gate.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function describeSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** A file-system error as the one-line reason the user sees. */
export function fsErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return `cannot read file (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

function checkStat(path: string, st: { isFile(): boolean; isDirectory(): boolean; size: number }, opts: GateOptions): void {
  if (st.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (!st.isFile()) throw new InputError(path, `not a regular file (a device, FIFO or socket)`);
  if (st.size > opts.maxBytes) throw tooLarge(path, st.size, opts);
}

function tooLarge(path: string, size: number, opts: GateOptions): InputError {
  return new InputError(path, `file too large (${describeSize(size)}; the limit is ${describeSize(opts.maxBytes)})`);
}

/** The whole file, checked first (regular file, size) and read with a hard cap. */
export async function readGated(path: string, opts: GateOptions): Promise<Buffer> {
  return (await readGatedWithStat(path, opts)).bytes;
}

/** readGated, also giving the stat of the file as opened (a batch stamps the file with it). */
export async function readGatedWithStat(path: string, opts: GateOptions): Promise<{ bytes: Buffer; stat: Stats }> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (e) {
    throw new InputError(path, fsErrorReason(e));
  }
  try {
    const stat = await handle.stat();
    checkStat(path, stat, opts);
    const acc = new BoundedChunks(path, opts, stat.size);
    for (;;) {
      const chunk = acc.next();
      if (!acc.take(chunk, (await handle.read(chunk, 0, chunk.length, null)).bytesRead)) break;
    }
    return { bytes: acc.done(), stat };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, fsErrorReason(e));
  } finally {
    await handle.close();
  }
}

/**
 * A file's bytes gathered chunk by chunk until EOF, refused once past the limit:
 * the size is not trusted, since the file may have changed since the stat. The first chunk is the
 * size the stat gave (and a byte), the read that finds EOF a small one: two 1 MB buffers for every
 * 25 KB page of a batch were gigabytes of short-lived memory over a few thousand files.
 */
class BoundedChunks {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  private reads = 0;
  constructor(
    private readonly path: string,
    private readonly opts: GateOptions,
    private readonly statSize: number,
  ) {}

  next(): Buffer {
    const read = this.reads++;
    const want = read === 0 ? this.statSize + 1 : read === 1 ? 64 * 1024 : 1024 * 1024;
    return Buffer.allocUnsafe(Math.max(1, Math.min(want, this.opts.maxBytes + 1 - this.total)));
  }

  /** Adds what a read put in `chunk`; false at EOF. */
  take(chunk: Buffer, bytesRead: number): boolean {
    if (bytesRead === 0) return false;
    this.chunks.push(chunk.subarray(0, bytesRead));
    this.total += bytesRead;
    if (this.total > this.opts.maxBytes) throw tooLarge(this.path, this.total, this.opts);
    return true;
  }

  done(): Buffer {
    return Buffer.concat(this.chunks, this.total);
  }
}

/** readGated for the few callers that must stay synchronous. */
export function readGatedSync(path: string, opts: GateOptions): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw new InputError(path, fsErrorReason(e));
  }
  try {
    const stat = fstatSync(fd);
    checkStat(path, stat, opts);
    const acc = new BoundedChunks(path, opts, stat.size);
    for (;;) {
      const chunk = acc.next();
      if (!acc.take(chunk, readSync(fd, chunk, 0, chunk.length, null))) break;
    }
    return acc.done();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, fsErrorReason(e));
  } finally {
    closeSync(fd);
  }
}

/** Text of a gated file as UTF-8, without a leading BOM. */
export async function readGatedText(path: string, opts: GateOptions): Promise<string> {
  return (await readGated(path, opts)).toString('utf8').replace(/^\uFEFF/, '');
}
