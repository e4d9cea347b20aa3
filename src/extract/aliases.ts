/**
 * Grouping keys for unit names, so that the same body printed as 市发改委,
 * 市发展改革委 or 市发展和改革委员会 (or in traditional characters) is
 * recognised as one across documents. The key is for matching only: printed
 * names are never rewritten.
 */
import { createHash } from 'node:crypto';
import { readGatedSync } from '../util/input-gate.js';
import { InputError } from '../errors.js';
import { BUILTIN_ALIASES } from './aliases-data.js';
import { fold, normalizeNameWidth, stripSpaces } from './text.js';
import { PINYIN_GLOSS } from '../classify/lexicon.js';

/** A user alias file: `{ "canonical key": ["variant", ...] }` (validated by the zod schema in model/schema.ts). */
export type AliasFile = Record<string, string[]>;

/** variant → canonical, longest variants first so 住房和城乡建设委员会 wins over 住房和城乡建设局's prefix. */
let variants: Array<[string, string]> = [];

function rebuild(tables: AliasFile[]): void {
  const map = new Map<string, string>();
  for (const table of tables) {
    for (const [canonical, list] of Object.entries(table)) {
      const key = simplifyText(canonical);
      for (const v of [canonical, ...list]) map.set(simplifyText(v), key);
    }
  }
  variants = [...map.entries()].sort((a, b) => b[0].length - a[0].length);
  tableId = createHash('sha256').update(JSON.stringify(variants)).digest('hex');
  keyCache.clear();
}

let tableId = '';

/**
 * Names the table aliasKey works from (built-in and user entries): keys stored under the same id need
 * not be recomputed to know they are current (an archive checks this instead of re-keying every name).
 */
export function aliasTableId(): string {
  return tableId;
}

/** Names repeat across a document and an archive; the key only changes when the table does. */
const keyCache = new Map<string, string>();

const loaded: AliasFile[] = [BUILTIN_ALIASES];
rebuild(loaded);

function simplifyText(s: string): string {
  return normalizeNameWidth(stripSpaces(fold(s)));
}

/**
 * The grouping key of a unit name: simplified characters, ASCII brackets, no
 * spaces, no trailing note in brackets, and the body's name reduced to one
 * canonical abbreviation (发展和改革委员会 → 发改委). The level prefix (市,
 * 市委, 县) and any place name are kept, so 市财政局 and 县财政局 stay apart.
 */
export function aliasKey(name: string): string {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached;
  const key = computeAliasKey(name);
  if (keyCache.size > 100_000) keyCache.clear();
  keyCache.set(name, key);
  return key;
}

function computeAliasKey(name: string): string {
  // 市經(jīng)信局 on a glossing mirror is 市经信局.
  let s = simplifyText(name.replace(PINYIN_GLOSS, ''));
  s = s.replace(/\([^()]*\)$/, '');
  for (const [variant, canonical] of variants) {
    const at = s.indexOf(variant);
    if (at >= 0 && endsAtBodyBoundary(s, at + variant.length)) {
      s = s.slice(0, at) + canonical + s.slice(at + variant.length);
      break;
    }
  }
  return s;
}

/**
 * A variant must end where the body's name ends (or before a collective
 * tail such as 各成员单位), so 财政局 inside 财政局长 is not taken.
 */
function endsAtBodyBoundary(s: string, end: number): boolean {
  return end === s.length || /^(?:各|所属|系统|\(|（)/.test(s.slice(end));
}

/** An alias file lists a few hundred names; anything near this size is not one. */
const MAX_ALIAS_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Reads a user alias file and adds its entries to the table used by
 * `aliasKey`. A file that is not valid JSON of the expected shape is an
 * InputError naming the file. Async because the schema (zod) is loaded only
 * when a file is given: the batch scheduler thread otherwise never needs zod.
 */
export async function loadAliasFile(path: string): Promise<AliasFile> {
  // Synchronous on purpose: aliases load before anything else runs, in the CLI and in each batch worker.
  const text = readGatedSync(path, { maxBytes: MAX_ALIAS_FILE_BYTES, what: 'alias file' }).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(path, `alias file is not valid JSON: ${(e as Error).message}`);
  }
  const { AliasFile } = await import('../model/schema.js');
  const parsed = AliasFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new InputError(path, `alias file must map a name to a list of variant names${where}: ${issue?.message ?? 'invalid'}`);
  }
  loaded.push(parsed.data);
  rebuild(loaded);
  return parsed.data;
}

/** Forgets user alias files (tests, and a batch that switches configuration). */
export function resetAliases(): void {
  loaded.splice(1);
  rebuild(loaded);
}
