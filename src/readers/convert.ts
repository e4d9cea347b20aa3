/**
 * Formats taskgen reads through another program: legacy Office and WPS files
 * through LibreOffice (to HTML, which keeps tables as tables), scanned PDFs
 * through Tesseract. Both are optional system packages; without them the user
 * is told which Debian package to install, and the rest of taskgen is unaffected.
 *
 * Each conversion runs in its own scratch folder with its own LibreOffice
 * profile: two soffice processes sharing a profile block each other, and a
 * profile left by a killed run must not poison the next. The scratch folder is
 * removed afterwards, whatever happens.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../errors.js';
import { heartbeat, HEARTBEAT_MS } from '../util/heartbeat.js';
import { officeFormatOf } from './formats.js';

/** A slow file is abandoned after this long; the batch goes on with the others. */
export const CONVERT_TIMEOUT_MS = 180_000;

/**
 * The programs used, overridable for installs off the PATH (LibreOffice from libreoffice.org installs under
 * /opt/libreofficeN.N/program): TASKGEN_SOFFICE, TASKGEN_TESSERACT, TASKGEN_PDFTOPPM.
 */
export function program(name: 'soffice' | 'tesseract' | 'pdftoppm'): string {
  return process.env[`TASKGEN_${name.toUpperCase()}`] || name;
}

const available = new Map<string, boolean>();

/** Whether a program runs here (checked once per process). */
export function hasProgram(cmd: string, versionArg = '--version'): boolean {
  let ok = available.get(cmd);
  if (ok === undefined) {
    ok = spawnSync(cmd, [versionArg], { stdio: 'ignore', timeout: 60_000 }).status === 0;
    available.set(cmd, ok);
  }
  return ok;
}

export function scratchDir(base: string | undefined, prefix: string): string {
  return mkdtempSync(join(base ?? tmpdir(), prefix));
}

/** Runs a program with a deadline; resolves with its exit code, or throws InputError naming the timeout. */
export function runWithTimeout(
  file: string,
  cmd: string,
  args: string[],
  timeoutMs: number,
  what: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout kills soffice.bin and its helpers, not only the wrapper script.
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-2000)));
    // The program has its own deadline (below); until then the batch must not take this file for hung.
    const alive = setInterval(heartbeat, HEARTBEAT_MS);
    const stop = () => {
      clearTimeout(timer);
      clearInterval(alive);
    };
    const timer = setTimeout(() => {
      clearInterval(alive);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      reject(new InputError(file, `${what} took longer than ${Math.round(timeoutMs / 1000)} s; abandoned`));
    }, timeoutMs);
    child.on('error', (e) => {
      stop();
      reject(new InputError(file, `${what} could not start: ${e.message}`));
    });
    child.on('close', (code) => {
      stop();
      resolve({ code, stderr });
    });
  });
}

/**
 * Converts a legacy Office/WPS file to HTML with LibreOffice headless. Throws InputError naming the Debian
 * package when LibreOffice is missing, and the file when LibreOffice cannot read it.
 */
export async function officeToHtml(bytes: Buffer, file: string, opts: { scratch?: string | undefined; timeoutMs?: number | undefined } = {}): Promise<string> {
  const format = officeFormatOf(file)!;
  if (!hasProgram(program('soffice'))) {
    throw new InputError(file, `${format.what} needs LibreOffice to be read; install it (Debian: apt-get install ${format.pkg}) or save the file as .docx`);
  }
  const dir = scratchDir(opts.scratch, 'taskgen-office-');
  try {
    const input = join(dir, `input${extname(file).toLowerCase()}`);
    writeFileSync(input, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const out = join(dir, 'out');
    const r = await runWithTimeout(
      file,
      program('soffice'),
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'html', '--outdir', out, input],
      opts.timeoutMs ?? CONVERT_TIMEOUT_MS,
      'LibreOffice conversion',
    );
    const html = readdirSafe(out).find((f) => f.toLowerCase().endsWith('.html'));
    if (r.code !== 0 || !html) throw new InputError(file, `LibreOffice could not read this ${format.what}; the file is damaged or not what its name says`);
    return readFileSync(join(out, html), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
