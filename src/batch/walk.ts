/**
 * Finds the files a batch will look at. Folders are walked recursively; a
 * symlink is followed only while it stays inside the folder the user named
 * (an archive folder must not pull in /etc through a stray link), and a folder
 * reached twice through links is walked once, so link cycles terminate.
 * Whether a file is a document is decided later, by content, in the workers.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { globToRegExp, isGlob, splitGlob } from './glob.js';

export interface InputFile {
  /** Absolute path as reached (through links, if any); this is the document's identity in the archive. */
  abs: string;
  /** Path relative to the common base of all inputs, with '/' separators: mirrored under --out. */
  rel: string;
  /** The folder the user named (or the fixed part of a glob, or a named file's folder): folder names below it may name the place. */
  root: string;
}

export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface CollectedInputs {
  files: InputFile[];
  /** Real paths of the folders the user named (or the fixed part of a glob): the trees outputs must stay out of. */
  trees: string[];
  base: string;
  skipped: SkippedEntry[];
}

export function isInside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && r !== '..' && !/^[A-Za-z]:/.test(r));
}

/** Real path of a path that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
export function realpathLenient(p: string): string {
  const abs = resolve(p);
  let existing = abs;
  const tail: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    tail.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync(existing), ...tail);
}

export function collectInputs(inputs: string[], opts: { cwd?: string; exclude?: string[] } = {}): CollectedInputs {
  const cwd = opts.cwd ?? process.cwd();
  const exclude = (opts.exclude ?? []).map(realpathLenient);
  const found: { abs: string; real: string; root: string }[] = [];
  const skipped: SkippedEntry[] = [];
  const trees: string[] = [];
  const anchors: string[] = [];
  const visitedDirs = new Set<string>();

  const isExcluded = (real: string) => exclude.some((x) => isInside(real, x));

  const walk = (dir: string, root: string, accept: (abs: string) => boolean, named: string) => {
    const real = realpathSync(dir);
    if (visitedDirs.has(real) || isExcluded(real)) return;
    visitedDirs.add(real);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      // Hidden entries are version-control folders and OS litter, never documents.
      if (e.name.startsWith('.')) continue;
      const abs = join(dir, e.name);
      let kind: 'dir' | 'file' | 'other';
      let target = abs;
      if (e.isSymbolicLink()) {
        try {
          target = realpathSync(abs);
        } catch {
          skipped.push({ path: abs, reason: 'broken symlink' });
          continue;
        }
        if (!isInside(target, root)) {
          skipped.push({ path: abs, reason: 'symlink leads out of the input folder; not followed' });
          continue;
        }
        const st = statSync(target);
        kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
      } else kind = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
      if (kind === 'dir') walk(abs, root, accept, named);
      else if (kind === 'file' && accept(abs) && !isExcluded(target)) found.push({ abs, real: target, root: named });
      // Opening a FIFO would wait for a writer and a device may never end: named, never read.
      else if (kind === 'other' && accept(abs)) skipped.push({ path: abs, reason: 'not a regular file (a FIFO, socket or device); not read' });
    }
  };

  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let st: ReturnType<typeof statSync> | undefined;
    try {
      lstatSync(abs);
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const root = realpathSync(abs);
      trees.push(root);
      anchors.push(abs);
      walk(abs, root, () => true, abs);
    } else if (st?.isFile()) {
      anchors.push(dirname(abs));
      found.push({ abs, real: realpathSync(abs), root: dirname(abs) });
    } else if (st) {
      throw new InputError(input, 'not a regular file or folder');
    } else if (isGlob(input)) {
      const { base, rest } = splitGlob(input, cwd);
      if (!existsSync(base) || !statSync(base).isDirectory()) throw new InputError(input, 'pattern matches no file');
      const re = globToRegExp(rest);
      const before = found.length;
      const root = realpathSync(base);
      trees.push(root);
      anchors.push(base);
      walk(base, root, (p) => re.test(relative(base, p).split(sep).join('/')), base);
      if (found.length === before) throw new InputError(input, 'pattern matches no file');
    } else {
      throw new InputError(input, 'no such file or folder');
    }
  }

  // The same file reached twice (named twice, or through a link inside the tree) is one document.
  const seen = new Set<string>();
  const unique = found.filter((f) => (seen.has(f.real) ? false : (seen.add(f.real), true)));
  const base = commonDir(anchors);
  return {
    files: unique.map((f) => ({ abs: f.abs, rel: relative(base, f.abs).split(sep).join('/'), root: f.root })),
    trees,
    base,
    skipped,
  };
}

export function commonDir(paths: string[]): string {
  if (paths.length === 0) return process.cwd();
  let common = paths[0]!.split(sep);
  for (const p of paths.slice(1)) {
    const parts = p.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}
