/**
 * Task lines are stored deflated in the archive: as text they are ~250 KB per
 * document, and the archive's write volume (with its WAL checkpoints) would
 * otherwise dominate a batch. Level 1: the point is volume, not ratio.
 * Kept apart from db.ts so parse workers can pack without loading SQLite.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export function packTaskLines(jsonl: string): Buffer {
  return deflateRawSync(Buffer.from(jsonl, 'utf8'), { level: 1 });
}

export function unpackTaskLines(packed: Buffer): Buffer {
  return inflateRawSync(packed);
}
