/**
 * Decompression limits for .docx (a ZIP): checked before mammoth inflates anything, so a 1 MB file
 * whose XML inflates to 400 MB is refused in a fraction of a second instead of exhausting the heap.
 *
 * The sizes a ZIP declares can lie, so each entry is inflated here with a hard output cap
 * (zlib's maxOutputLength) and only the real sizes count. The inflated bytes are dropped at once;
 * the cost is one extra inflate of a document that is at most a few MB of XML.
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { describeSize } from '../util/input-gate.js';

export interface ZipLimits {
  /** Entries in the archive (a docx has a few dozen; thousands are a bomb or not a document). */
  maxEntries: number;
  /** All entries inflated together. */
  maxTotalBytes: number;
  /** One XML part (document.xml, styles.xml…): mammoth builds a DOM of it, several times its size in memory. */
  maxXmlBytes: number;
}

export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxXmlBytes: 48 * 1024 * 1024,
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Throws an InputError naming `file` when the ZIP in `bytes` breaks a limit or its directory is unreadable. */
export function checkZipLimits(bytes: Buffer, file: string, limits: ZipLimits = DOCX_LIMITS): void {
  const entries = centralDirectory(bytes, file, limits);
  let total = 0;
  for (const entry of entries) {
    const isXml = /\.(?:xml|rels)$/i.test(entry.name);
    const cap = Math.min(limits.maxTotalBytes - total, isXml ? limits.maxXmlBytes : Infinity);
    const size = inflatedSize(bytes, entry, cap, file);
    if (size > cap) {
      if (isXml && cap === limits.maxXmlBytes) {
        throw new InputError(file, `Word part ${entry.name} inflates to more than ${describeSize(limits.maxXmlBytes)} (a ZIP bomb, or far larger than any document)`);
      }
      throw new InputError(file, `Word document inflates to more than ${describeSize(limits.maxTotalBytes)} (a ZIP bomb, or far larger than any document)`);
    }
    total += size;
  }
}

function centralDirectory(bytes: Buffer, file: string, limits: ZipLimits): Entry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw corrupt(file);
  const count = bytes.readUInt16LE(eocd + 10);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new InputError(file, 'ZIP64 archive: not a Word document taskgen reads');
  if (count > limits.maxEntries) throw new InputError(file, `Word document has ${count} parts; the limit is ${limits.maxEntries}`);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw corrupt(file);
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('latin1', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** The end-of-central-directory record sits in the last 64 KB + 22 bytes (its comment is at most 64 KB). */
function findEndOfCentralDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/** Real inflated size of one entry, or cap + 1 as soon as it passes `cap`. */
function inflatedSize(bytes: Buffer, entry: Entry, cap: number, file: string): number {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) throw corrupt(file);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return data.length;
  if (entry.method !== DEFLATED) throw new InputError(file, `Word document uses ZIP compression method ${entry.method}, which taskgen does not read`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap + 1) }).length;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return cap + 1;
    throw corrupt(file);
  }
}

function corrupt(file: string): InputError {
  return new InputError(file, 'corrupt or unreadable Word document (.docx)');
}
