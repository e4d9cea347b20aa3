/**
 * Handlebars, set up the way an untrusted template must be run: an isolated
 * instance per template set, a fixed helper list (knownHelpersOnly), strict
 * field lookup, the default prototype-access protection left untouched, bounded
 * template and output sizes, and every template error reported as
 * `<file>: line L, column C: …`.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';
import { registerHelpers, HELPER_NAMES } from './helpers.js';

export type TextFormat = 'html' | 'md' | 'txt';
export type ReportKind = 'notice' | 'plan';

export const MAX_TEMPLATE_BYTES = 256 * 1024;
export const MAX_OUTPUT_BYTES = 50 * 1024 * 1024;

/** Shipped templates: <repo>/templates/<format>/<kind>.hbs and <format>/partials/*.hbs (same path from src/ and dist/). */
export const BUILTIN_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface TemplateOptions {
  /** A directory whose .hbs files replace shipped templates or partials of the same file name. */
  templateDir?: string;
  maxTemplateBytes?: number;
  maxOutputBytes?: number;
  builtinDir?: string;
}

interface TemplateFile {
  name: string;
  path: string;
  source: string;
  /** A user's file: its errors are input errors; a shipped file's errors are bugs. */
  user: boolean;
}

export interface CompiledReport {
  render(view: object): string;
  /** Which file each template name came from, for messages and tests. */
  files: Record<string, string>;
}

const SAFE_NAME = /^[A-Za-z0-9_-]+$/;

export async function compileReport(kind: ReportKind, format: TextFormat, opts: TemplateOptions = {}): Promise<CompiledReport> {
  const maxTemplate = opts.maxTemplateBytes ?? MAX_TEMPLATE_BYTES;
  const maxOutput = opts.maxOutputBytes ?? MAX_OUTPUT_BYTES;
  const builtinDir = join(opts.builtinDir ?? BUILTIN_TEMPLATE_DIR, format);
  const files = new Map<string, TemplateFile>();
  for (const f of await listTemplates(join(builtinDir, 'partials'), false, maxTemplate)) files.set(f.name, f);
  for (const f of await listTemplates(builtinDir, false, maxTemplate)) if (f.name === kind) files.set(f.name, f);
  if (!files.has(kind)) throw new Error(`shipped template ${join(builtinDir, kind + '.hbs')} is missing`);
  if (opts.templateDir) {
    await assertDirectory(opts.templateDir);
    // A file directly in DIR applies to every format; DIR/<format>/ wins for that format.
    for (const dir of [opts.templateDir, join(opts.templateDir, 'partials'), join(opts.templateDir, format), join(opts.templateDir, format, 'partials')]) {
      for (const f of await listTemplates(dir, true, maxTemplate)) {
        if (f.name !== kind && (f.name === 'notice' || f.name === 'plan')) continue;
        files.set(f.name, f);
      }
    }
  }

  const hb = Handlebars.create();
  registerHelpers(hb, format);
  const compileOptions: CompileOptions = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(HELPER_NAMES.map((n) => [n, true])),
    noEscape: format !== 'html',
    preventIndent: true,
  };

  let main: Handlebars.TemplateDelegate | undefined;
  for (const file of files.values()) {
    const fn = compileFile(hb, file, compileOptions);
    if (file.name === kind) main = fn;
    else hb.registerPartial(file.name, fn);
  }
  const mainFile = files.get(kind)!;

  return {
    files: Object.fromEntries([...files.values()].map((f) => [f.name, f.path])),
    render(view: object): string {
      let out: string;
      try {
        out = main!(view);
      } catch (e) {
        throw templateRuntimeError(e, mainFile);
      }
      if (Buffer.byteLength(out, 'utf8') > maxOutput) {
        throw new InputError(mainFile.path, `the template produced more than ${formatBytes(maxOutput)} of output`);
      }
      return out;
    },
  };
}

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

/**
 * Compile eagerly (precompile checks syntax and the helper list now, with the
 * file name at hand) and wrap the function so a runtime error names its file.
 */
function compileFile(hb: typeof Handlebars, file: TemplateFile, options: CompileOptions): Handlebars.TemplateDelegate {
  try {
    hb.precompile(file.source, options);
  } catch (e) {
    throw templateError(e, file);
  }
  const fn = hb.compile(file.source, options);
  const wrapped = (context: unknown, execOptions?: Handlebars.RuntimeOptions): string => {
    try {
      return fn(context, execOptions);
    } catch (e) {
      // A stack overflow is handled once, at the top, where there is stack to spare:
      // building a message this deep can itself fail (V8 even aborts compiling a RegExp there).
      if (e instanceof RangeError) throw e;
      throw templateRuntimeError(e, file);
    }
  };
  return wrapped as Handlebars.TemplateDelegate;
}

/** Marks an error with the innermost template file it passed through, so outer partials do not claim it. */
const FILE_TAG = Symbol('taskgen.templateFile');

function templateRuntimeError(e: unknown, file: TemplateFile): Error {
  if (e instanceof InputError) return e;
  if (e instanceof Error && FILE_TAG in e) return e;
  const err = templateError(e, file);
  (err as unknown as Record<symbol, string>)[FILE_TAG] = file.path;
  return err;
}

function templateError(e: unknown, file: TemplateFile): Error {
  if (e instanceof RangeError) {
    const why = e.message.includes('string length') ? 'the output grew too large' : 'partials call each other without end';
    return file.user ? new InputError(file.path, why) : new Error(`${file.path}: ${why}`);
  }
  const { line, column, message } = describeHandlebarsError(e, file.source);
  const where = line ? `line ${line}, column ${column ?? 1}: ` : '';
  const reason = `${where}${message}`;
  return file.user ? new InputError(file.path, reason) : new Error(`shipped template ${file.path}: ${reason}`);
}

/** Handlebars reports positions in two shapes: Exception (lineNumber, 0-based column) and the parser's hash. */
export function describeHandlebarsError(e: unknown, source = ''): { line: number | null; column: number | null; message: string } {
  const err = e as { message?: string; lineNumber?: number; column?: number; hash?: { loc?: { first_line?: number; first_column?: number }; line?: number } };
  const raw = String(err?.message ?? e);
  if (typeof err?.lineNumber === 'number') {
    return { line: err.lineNumber, column: (err.column ?? 0) + 1, message: oneLine(raw.replace(/ - \d+:\d+$/, '')) };
  }
  const loc = err?.hash?.loc;
  if (loc && typeof loc.first_line === 'number') {
    return { line: loc.first_line, column: (loc.first_column ?? 0) + 1, message: parserMessage(raw) };
  }
  const m = /Parse error on line (\d+)/.exec(raw);
  if (m) {
    const line = Number(m[1]);
    return { line, column: parseErrorColumn(raw, source, line), message: parserMessage(raw) };
  }
  return { line: null, column: null, message: oneLine(raw) };
}

/**
 * The parser names only the line; its excerpt shows the input consumed so far
 * (the last 20 characters, newlines removed, '...' in front when cut) with a
 * caret after it. The column is where that excerpt ends on the named line.
 */
function parseErrorColumn(raw: string, source: string, line: number): number | null {
  const lines = raw.split('\n');
  const caretAt = lines.findIndex((l) => /^-*\^$/.test(l));
  const excerpt = caretAt > 0 ? lines[caretAt - 1] : undefined;
  const caret = caretAt > 0 ? lines[caretAt]!.length - 1 : -1;
  if (excerpt === undefined || caret < 0) return null;
  const consumed = excerpt.slice(0, caret).replace(/^\.\.\./, '');
  const srcLines = source.split('\n');
  const target = srcLines[line - 1];
  if (target === undefined) return null;
  const before = srcLines.slice(0, line - 1).join('');
  for (let p = target.length; p >= 0; p--) {
    if ((before + target.slice(0, p)).endsWith(consumed)) return p + 1;
  }
  return null;
}

/** The parser's message spans lines (source excerpt, caret); keep its last line, the expectation. */
function parserMessage(raw: string): string {
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  const expecting = lines.find((l) => l.startsWith('Expecting')) ?? lines[lines.length - 1] ?? raw;
  return `syntax error: ${expecting}`;
}

/** Handlebars' strict-mode wording names JavaScript values ([object Object]); say it in template terms. */
function oneLine(s: string): string {
  return s
    .replace(/(?<!\s)\s*\n\s*/g, ' ')
    .replace(/^("[^"]+") not defined in .*$/, '$1 is not a field here')
    .replace(/^Cannot use 'in' operator to search for '([^']+)' in .*$/, '"$1" is not a field here (its parent is a text or number)')
    .trim();
}

async function listTemplates(dir: string, user: boolean, maxBytes: number): Promise<TemplateFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out: TemplateFile[] = [];
  for (const entry of names.sort()) {
    if (!entry.endsWith('.hbs')) continue;
    const name = basename(entry, '.hbs');
    const path = join(dir, entry);
    if (!SAFE_NAME.test(name)) {
      if (user) throw new InputError(path, 'template file names may use only letters, digits, "-" and "_"');
      continue;
    }
    const info = await stat(path);
    if (!info.isFile()) continue;
    if (info.size > maxBytes) {
      throw new InputError(path, `template is ${formatBytes(info.size)}; the limit is ${formatBytes(maxBytes)}`);
    }
    const source = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    out.push({ name, path, source, user });
  }
  return out;
}

async function assertDirectory(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch {
    throw new InputError(dir, 'template directory does not exist');
  }
  throw new InputError(dir, '--template must name a directory of .hbs files');
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${n} bytes`;
}
