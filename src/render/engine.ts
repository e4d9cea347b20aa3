/**
 * Handlebars, set up the way an untrusted template must be run: an isolated
 * instance per template set, a fixed helper list (knownHelpersOnly), strict
 * field lookup, the default prototype-access protection left untouched, bounded
 * template and output sizes, and every template error reported as
 * `<file>: line L, column C: …`.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { packagePath } from '../util/package-root.js';
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';
import { fsErrorReason, readGated } from '../util/input-gate.js';
import { registerHelpers, HELPER_NAMES } from './helpers.js';

export type TextFormat = 'html' | 'md' | 'txt';
export type ReportKind = 'notice' | 'plan';

export const MAX_TEMPLATE_BYTES = 256 * 1024;
export const MAX_OUTPUT_BYTES = 50 * 1024 * 1024;
/** Rendering a real report takes well under a second; a template that loops (nested each over @root, partials calling each other twice) is stopped here. */
export const MAX_RENDER_MS = 30_000;
/**
 * Block iterations and partial calls one render may make. A real report makes a few per task
 * (seed 000's notice, 400 tasks: about 10,000); a runaway template makes millions a second, and
 * its text in memory grows with them (five nested {{#each @root…}}: 900 MB in 30 s), so this,
 * not the clock, is what stops it on a fast machine.
 */
export const MAX_RENDER_STEPS = 2_000_000;

/** Shipped templates: <package>/templates/<format>/<kind>.hbs and <format>/partials/*.hbs (with the trailing separator). */
export const BUILTIN_TEMPLATE_DIR = packagePath('templates') + sep;

export interface TemplateOptions {
  /** A directory whose .hbs files replace shipped templates or partials of the same file name. */
  templateDir?: string;
  maxTemplateBytes?: number;
  maxOutputBytes?: number;
  /** Milliseconds a render may take before it is abandoned with an InputError. */
  maxRenderMs?: number;
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
  for (const f of await listTemplates(join(builtinDir, 'partials'), null, maxTemplate)) files.set(f.name, f);
  for (const f of await listTemplates(builtinDir, null, maxTemplate)) if (f.name === kind) files.set(f.name, f);
  if (!files.has(kind)) throw new Error(`shipped template ${join(builtinDir, kind + '.hbs')} is missing`);
  if (opts.templateDir) {
    await assertDirectory(opts.templateDir);
    // A file directly in DIR applies to every format; DIR/<format>/ wins for that format.
    for (const dir of [opts.templateDir, join(opts.templateDir, 'partials'), join(opts.templateDir, format), join(opts.templateDir, format, 'partials')]) {
      for (const f of await listTemplates(dir, opts.templateDir, maxTemplate)) {
        if (f.name !== kind && (f.name === 'notice' || f.name === 'plan')) continue;
        files.set(f.name, f);
      }
    }
  }

  const hb = Handlebars.create();
  registerHelpers(hb, format);
  const clock = new RenderClock(opts.maxRenderMs ?? MAX_RENDER_MS, maxOutput);
  clockBlockHelpers(hb, clock);
  const compileOptions: CompileOptions = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(HELPER_NAMES.map((n) => [n, true])),
    noEscape: format !== 'html',
    preventIndent: true,
  };

  let main: Handlebars.TemplateDelegate | undefined;
  for (const file of files.values()) {
    const fn = compileFile(hb, file, compileOptions, clock);
    if (file.name === kind) main = fn;
    else hb.registerPartial(file.name, fn);
  }
  const mainFile = files.get(kind)!;

  return {
    files: Object.fromEntries([...files.values()].map((f) => [f.name, f.path])),
    render(view: object): string {
      let out: string;
      clock.start();
      const restoreLog = refusePrototypeAccess(hb);
      try {
        out = main!(view, PROTOTYPE_GUARD);
      } catch (e) {
        if (e instanceof RenderStopped) throw new InputError(mainFile.path, e.message);
        throw templateRuntimeError(e, mainFile);
      } finally {
        restoreLog();
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
function compileFile(hb: typeof Handlebars, file: TemplateFile, options: CompileOptions, clock: RenderClock): Handlebars.TemplateDelegate {
  try {
    hb.precompile(file.source, options);
  } catch (e) {
    throw templateError(e, file);
  }
  const fn = hb.compile(file.source, options);
  const wrapped = (context: unknown, execOptions?: Handlebars.RuntimeOptions): string => {
    try {
      clock.check();
      return clock.produced(fn(context, execOptions));
    } catch (e) {
      // A stack overflow is handled once, at the top, where there is stack to spare:
      // building a message this deep can itself fail (V8 even aborts compiling a RegExp there).
      if (e instanceof RangeError || e instanceof RenderStopped) throw e;
      throw templateRuntimeError(e, file);
    }
  };
  return wrapped as Handlebars.TemplateDelegate;
}

/**
 * Handlebars refuses a template's read of an inherited property ({{constructor}}, {{toString}},
 * {{__proto__}}), but only by logging "Access has been denied to resolve the property …" to the
 * console, once per name per process, and rendering nothing. A user's template that reads one is
 * wrong, so it gets the same one-line error as a field that does not exist. The names Handlebars
 * denies silently (constructor, __proto__, __defineGetter__ …) are put back among the logged ones
 * with this runtime option, so every denial passes through the log.
 */
const PROTOTYPE_GUARD: Handlebars.RuntimeOptions = {
  // Defined, not assigned: `{ __proto__: … }` in a literal would set the prototype instead.
  allowedProtoProperties: Object.defineProperty(Object.create(null) as Record<string, boolean>, '__proto__', { value: undefined, enumerable: true }),
  allowedProtoMethods: Object.assign(Object.create(null) as Record<string, boolean>, {
    constructor: undefined,
    __defineGetter__: undefined,
    __defineSetter__: undefined,
    __lookupGetter__: undefined,
    __lookupSetter__: undefined,
  }),
};

const DENIED = /^Handlebars: Access has been denied to resolve the property "([^"]*)"/;

/** For one (synchronous) render: a denied property throws instead of logging. Returns the undo. */
function refusePrototypeAccess(hb: typeof Handlebars): () => void {
  const logger = hb.logger as { log: (level: unknown, ...message: unknown[]) => void };
  const log = logger.log;
  // Handlebars logs each name once per process; forget them so this render is told too.
  (hb as unknown as { resetLoggedPropertyAccesses(): void }).resetLoggedPropertyAccesses();
  logger.log = (level, ...message) => {
    const m = DENIED.exec(String(message[0] ?? ''));
    if (m) throw new Error(`"${m[1]}" is not a field here (templates may read only the report's own fields)`);
    log.call(logger, level, ...message);
  };
  return () => {
    logger.log = log;
  };
}

/** Thrown from deep inside a render when its time or output is used up; turned into an InputError at the top. */
class RenderStopped extends Error {}

/**
 * A render's deadline and output budget. Handlebars runs synchronously, so the checks are made where
 * a runaway template must pass again and again: every partial call and every iteration of a block
 * helper. The output is counted there too, not only at the end: five nested {{#each @root…}} build
 * 900 MB of text in the 30 s before the deadline. A block's text is counted again by every block
 * around it, so the running count is allowed twice the output limit; a loop still stops within a
 * few hundred MB, and a real report (under 1 MB, blocks nested two or three deep) never comes near.
 */
class RenderClock {
  private deadline = Infinity;
  private counted = 0;
  private steps = 0;
  constructor(
    private readonly limitMs: number,
    private readonly maxOutputBytes: number,
  ) {}

  start(): void {
    this.deadline = performance.now() + this.limitMs;
    this.counted = 0;
    this.steps = 0;
  }

  produced<T>(text: T): T {
    if (typeof text === 'string') {
      this.counted += text.length;
      if (this.counted > 2 * this.maxOutputBytes) {
        throw new RenderStopped(`the template produced more than ${formatBytes(this.maxOutputBytes)} of output`);
      }
    }
    return text;
  }

  check(): void {
    if (++this.steps > MAX_RENDER_STEPS) {
      throw new RenderStopped(`the template repeats its blocks and partials more than ${MAX_RENDER_STEPS.toLocaleString('en')} times (a loop over @root or partials calling each other); gave up`);
    }
    if (performance.now() > this.deadline) {
      throw new RenderStopped(`the template took longer than ${this.limitMs / 1000} s to render (a loop over @root or partials calling each other); gave up`);
    }
  }
}

/** Wraps the block helpers (each, with, if, unless) so each block they render checks the clock first. */
function clockBlockHelpers(hb: typeof Handlebars, clock: RenderClock): void {
  for (const name of ['each', 'with', 'if', 'unless'] as const) {
    const helper = hb.helpers[name] as (this: unknown, ...args: unknown[]) => unknown;
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const options = args[args.length - 1] as { fn?: (...a: unknown[]) => unknown };
      const fn = options.fn;
      if (fn) {
        args[args.length - 1] = Object.assign(Object.create(Object.getPrototypeOf(options) as object), options, {
          fn: (...a: unknown[]) => {
            clock.check();
            return clock.produced(fn(...a));
          },
        });
      }
      return helper.apply(this, args);
    });
  }
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

async function listTemplates(dir: string, root: string | null, maxBytes: number): Promise<TemplateFile[]> {
  const user = root !== null;
  try {
    await stat(dir);
  } catch {
    return [];
  }
  // Confined before it is listed: a partials/ link out of --template must not even have its names read.
  if (root !== null) await confine(dir, root);
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
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      if (user) throw new InputError(path, fsErrorReason(e));
      throw e;
    }
    if (!info.isFile()) continue;
    if (info.size > maxBytes) {
      throw new InputError(path, `template is ${formatBytes(info.size)}; the limit is ${formatBytes(maxBytes)}`);
    }
    if (root !== null) await confine(path, root);
    const source = (await readGated(path, { maxBytes, what: 'template' })).toString('utf8').replace(/^\uFEFF/, '');
    out.push({ name, path, source, user });
  }
  return out;
}

/**
 * A user's template or partials folder must really be inside --template: a symlink out of it
 * (to /etc/passwd, to someone's home) would print that file into a report.
 */
async function confine(path: string, root: string): Promise<void> {
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(path), realpath(root)]);
  } catch (e) {
    throw new InputError(path, fsErrorReason(e));
  }
  const rel = relative(realRoot, real);
  if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) {
    throw new InputError(path, `links outside the template directory ${root} (to ${real}); copy it into the directory instead`);
  }
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
