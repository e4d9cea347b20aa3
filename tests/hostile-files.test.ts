/**
 * Broken and hostile files around the documents (issue 14): archives that are not taskgen's,
 * special files where a document, JSON or alias file is expected, ZIP bombs, templates that
 * link out of --template or never finish. Each is one InputError (exit 2), never a hang, a stack
 * or a read outside the folder it belongs to.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Archive, ARCHIVE_FILE } from '../src/archive/db.js';
import { runBatch } from '../src/batch/run.js';
import { InputError } from '../src/errors.js';
import { loadAliasFile } from '../src/extract/aliases.js';
import { loadParsedJson } from '../src/pipeline.js';
import { readFile } from '../src/readers/index.js';
import { checkZipLimits } from '../src/readers/zip-limits.js';
import { checkPdfInflation, flateStreams } from '../src/readers/pdf-limits.js';
import { parseBytes } from '../src/pipeline.js';
import { compileReport } from '../src/render/engine.js';
import { readGated } from '../src/util/input-gate.js';
import { ROOT, expectCleanStderr } from './support/cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-hostile-'));
});
afterAll(() => {
  spawnSync('chmod', ['-R', 'u+w', tmp]);
  rmSync(tmp, { recursive: true, force: true });
});

async function inputError(p: Promise<unknown> | (() => unknown)): Promise<InputError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, got a result');
}

const fixture = (name: string) => resolve(ROOT, 'fixtures', name, 'source.txt');

describe('archives that are not taskgen archives', () => {
  const archiveDir = (name: string, bytes: Buffer | null) => {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    if (bytes) writeFileSync(join(dir, ARCHIVE_FILE), bytes);
    return dir;
  };

  it('names a file that is not SQLite at all', async () => {
    const dir = archiveDir('junk', Buffer.from('SQLite format 2\0'.repeat(600)));
    expect((await inputError(() => Archive.open(dir, { readonly: true }))).reason).toMatch(/^not a taskgen archive/);
    expect((await inputError(() => Archive.open(dir))).reason).toMatch(/^not a taskgen archive/);
  });

  it('names a SQLite database with other tables', async () => {
    const dir = archiveDir('foreign', null);
    const db = new Database(join(dir, ARCHIVE_FILE));
    db.exec('CREATE TABLE notes (body TEXT)');
    db.pragma('user_version = 1');
    db.close();
    expect((await inputError(() => Archive.open(dir, { readonly: true }))).reason).toMatch(/^not a taskgen archive/);
  });

  it('names a truncated archive as corrupt, for a batch and for a query', async () => {
    const good = join(tmp, 'good-out');
    await runBatch({ inputs: [fixture('plan-inline-chuzhou')], out: good, jobs: 1, quiet: true });
    const whole = readFileSync(join(good, ARCHIVE_FILE));
    const dir = archiveDir('truncated', whole.subarray(0, Math.floor(whole.length / 3)));
    const fromQuery = await inputError(() => {
      const archive = Archive.open(dir, { readonly: true });
      try {
        return archive.documents();
      } finally {
        archive.close();
      }
    });
    expect(fromQuery.reason).toMatch(/corrupt archive|not a taskgen archive/);
    const fromBatch = await inputError(runBatch({ inputs: [fixture('plan-inline-chuzhou')], out: dir, jobs: 1, quiet: true }));
    expect(fromBatch.reason).toMatch(/corrupt archive|not a taskgen archive/);
  });

  it('leaves a finished archive out of WAL mode, so a read-only copy can be opened', async () => {
    const out = join(tmp, 'settled');
    await runBatch({ inputs: [fixture('plan-inline-chuzhou')], out, jobs: 1, quiet: true });
    const db = new Database(join(out, ARCHIVE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('answers queries on an archive folder made read-only after the batch, WAL or not', async () => {
    if (process.getuid?.() !== 0 || spawnSync('setpriv', ['--version']).status !== 0) return; // needs another user to be read-only for
    const out = join(tmp, 'readonly');
    await runBatch({ inputs: [fixture('plan-inline-chuzhou')], out, jobs: 1, quiet: true });
    const wal = join(tmp, 'readonly-wal');
    cpSync(out, wal, { recursive: true });
    const db = new Database(join(wal, ARCHIVE_FILE));
    db.pragma('journal_mode = WAL'); // as an archive written by an older taskgen is left
    db.close();
    for (const dir of [out, wal]) {
      chmodSync(tmp, 0o755);
      spawnSync('chmod', ['-R', 'a-w,a+rX', dir]);
      const r = spawnSync(
        'setpriv',
        ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/run.ts'), 'units', '--status', 'behind', '--archive', dir, '--format', 'csv'],
        { encoding: 'utf8', cwd: ROOT },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^\ufeff?(?:地区,)?单位,/);
    }
  });
});

describe('the input gate', () => {
  it('refuses a device before reading it, as a document, parsed JSON and alias file alike', async () => {
    expect((await inputError(readFile('/dev/zero'))).reason).toMatch(/^not a regular file/);
    expect((await inputError(loadParsedJson('/dev/zero'))).reason).toMatch(/^not a regular file/);
    expect((await inputError(loadAliasFile('/dev/zero'))).reason).toMatch(/^not a regular file/);
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(tmp, 'pipe.json');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    expect((await inputError(loadParsedJson(fifo))).reason).toMatch(/^not a regular file/);
    expect((await inputError(readFile(fifo))).reason).toMatch(/^not a regular file/);
  });

  it('stops reading at the limit even when the size said otherwise', async () => {
    const file = join(tmp, 'big.json');
    writeFileSync(file, Buffer.alloc(4096, 0x20));
    expect((await inputError(readGated(file, { maxBytes: 1000, what: 'test' }))).reason).toMatch(/^file too large/);
    expect((await readGated(file, { maxBytes: 4096, what: 'test' })).length).toBe(4096);
  });
});

/** A minimal ZIP (deflated entries, no data descriptors), enough for the limit checks. */
function zip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = deflateRawSync(e.data);
    const name = Buffer.from(e.name, 'latin1');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('docx decompression limits', () => {
  const limits = { maxEntries: 10, maxTotalBytes: 4 * 1024 * 1024, maxXmlBytes: 1024 * 1024 };

  it('accepts a small document', () => {
    expect(() => checkZipLimits(zip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]), 'ok.docx', limits)).not.toThrow();
  });

  it('refuses an XML part that inflates past its limit, whatever the header claims', async () => {
    const bomb = zip([{ name: 'word/document.xml', data: Buffer.alloc(2 * 1024 * 1024, 0x61) }]);
    bomb.writeUInt32LE(100, bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24); // the central directory lies
    expect((await inputError(() => checkZipLimits(bomb, 'bomb.docx', limits))).reason).toMatch(/inflates to more than 1\.0 MB/);
  });

  it('refuses too many parts and too much in total', async () => {
    const many = zip(Array.from({ length: 11 }, (_, i) => ({ name: `word/media/${i}.bin`, data: Buffer.from('x') })));
    expect((await inputError(() => checkZipLimits(many, 'many.docx', limits))).reason).toMatch(/11 parts; the limit is 10/);
    const heavy = zip(Array.from({ length: 5 }, (_, i) => ({ name: `word/media/${i}.bin`, data: Buffer.alloc(1024 * 1024) })));
    expect((await inputError(() => checkZipLimits(heavy, 'heavy.docx', limits))).reason).toMatch(/inflates to more than 4\.0 MB/);
  });
});

/** A PDF whose objects are the given streams (dictionary text, raw data), enough structure for the stream scan. */
function pdfWithStreams(streams: { dict: string; data: Buffer }[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1')];
  streams.forEach((s, i) => {
    parts.push(Buffer.from(`${i + 3} 0 obj\n<< ${s.dict} /Length ${s.data.length} >>\nstream\n`, 'latin1'), s.data, Buffer.from('\nendstream\nendobj\n', 'latin1'));
  });
  parts.push(Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'));
  return Buffer.concat(parts);
}

describe('PDF decompression limit', () => {
  const twoMb = deflateSync(Buffer.alloc(2 * 1024 * 1024, 0x20));

  it('finds the compressed streams text extraction inflates, not images or other filters', () => {
    const pdf = pdfWithStreams([
      { dict: '/Filter /FlateDecode', data: twoMb },
      { dict: '/Type /XObject /Subtype /Image /Width 10 /Height 10 /Filter /FlateDecode', data: twoMb },
      { dict: '/Filter /DCTDecode', data: Buffer.from('jpeg') },
      { dict: '/Filter [/FlateDecode]', data: twoMb },
    ]);
    expect(flateStreams(pdf).map((s) => pdf.subarray(s.start, s.end).length)).toEqual([twoMb.length, twoMb.length]);
  });

  it('refuses streams that inflate past the limit in all, and passes those within it', async () => {
    const pdf = pdfWithStreams([{ dict: '/Filter /FlateDecode', data: twoMb }, { dict: '/Filter /FlateDecode', data: twoMb }]);
    await expect(checkPdfInflation(pdf, 'ok.pdf', 5 * 1024 * 1024)).resolves.toBeUndefined();
    expect((await inputError(checkPdfInflation(pdf, 'bomb.pdf', 3 * 1024 * 1024))).reason).toMatch(/inflate to more than 3\.0 MB \(a decompression bomb/);
  });

  it('refuses a PDF of 130 streams of 2 MB of spaces (260 MB) before pdf.js reads it', async () => {
    const pdf = pdfWithStreams(Array.from({ length: 130 }, () => ({ dict: '/Filter /FlateDecode', data: twoMb })));
    expect(pdf.length).toBeLessThan(1024 * 1024);
    const e = await inputError(parseBytes(pdf, 'bomb.pdf'));
    expect(e.file).toBe('bomb.pdf');
    expect(e.reason).toMatch(/more than 256\.0 MB \(a decompression bomb/);
  });
});

describe('templates', () => {
  it('refuses a template file or partials folder that links out of --template', async () => {
    const dir = join(tmp, 'tpl-link');
    mkdirSync(dir, { recursive: true });
    const secret = join(tmp, 'secret.txt');
    writeFileSync(secret, 'root:x:0:0');
    symlinkSync(secret, join(dir, 'plan.hbs'));
    expect((await inputError(compileReport('plan', 'txt', { templateDir: dir }))).reason).toMatch(/links outside the template directory/);

    const dir2 = join(tmp, 'tpl-partials-link');
    const outside = join(tmp, 'outside-partials');
    mkdirSync(dir2, { recursive: true });
    mkdirSync(outside, { recursive: true });
    copyFileSync(secret, join(outside, 'head.hbs'));
    symlinkSync(outside, join(dir2, 'partials'));
    expect((await inputError(compileReport('plan', 'txt', { templateDir: dir2 }))).reason).toMatch(/links outside the template directory/);
  });

  it('follows a link that stays inside --template', async () => {
    const dir = join(tmp, 'tpl-inside');
    mkdirSync(join(dir, 'txt'), { recursive: true });
    writeFileSync(join(dir, 'txt', 'real.hbs'), 'plan');
    symlinkSync(join(dir, 'txt', 'real.hbs'), join(dir, 'plan.hbs'));
    await expect(compileReport('plan', 'txt', { templateDir: dir })).resolves.toBeDefined();
  });

  it('stops a render that would run for ever, with one InputError', async () => {
    const dir = join(tmp, 'tpl-slow');
    mkdirSync(join(dir, 'partials'), { recursive: true });
    writeFileSync(join(dir, 'partials', 'p0.hbs'), 'x');
    for (let i = 1; i <= 60; i++) writeFileSync(join(dir, 'partials', `p${i}.hbs`), `{{> p${i - 1}}}{{> p${i - 1}}}`);
    writeFileSync(join(dir, 'plan.hbs'), '{{> p60}}');
    const report = await compileReport('plan', 'txt', { templateDir: dir, maxRenderMs: 200 });
    const started = performance.now();
    const e = await inputError(() => report.render({}));
    expect(e.reason).toMatch(/took longer than 0\.2 s to render/);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('stops a loop over @root by its count of blocks, long before its text fills memory', async () => {
    const dir = join(tmp, 'tpl-each-root');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'plan.hbs'), '{{#each @root.a}}{{#each @root.a}}{{#each @root.a}}x{{/each}}{{/each}}{{/each}}');
    const report = await compileReport('plan', 'txt', { templateDir: dir });
    const e = await inputError(() => report.render({ a: Array.from({ length: 200 }, (_, i) => i) })); // 8 million blocks
    expect(e.reason).toBe('the template repeats its blocks and partials more than 2,000,000 times (a loop over @root or partials calling each other); gave up');
  });

  it('stops a render whose output passes the limit while it is being built', async () => {
    const dir = join(tmp, 'tpl-big-output');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'plan.hbs'), '{{#each @root.a}}{{@root.big}}{{/each}}');
    const report = await compileReport('plan', 'txt', { templateDir: dir, maxOutputBytes: 1024 * 1024 });
    const e = await inputError(() => report.render({ a: Array.from({ length: 1000 }, (_, i) => i), big: 'x'.repeat(100 * 1024) }));
    expect(e.reason).toBe('the template produced more than 1 MB of output');
  });

  it('turns a read of an inherited property into one InputError, never a console warning', async () => {
    const logged: unknown[] = [];
    const spies = (['error', 'warn', 'log'] as const).map((m) => vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void logged.push(a)));
    try {
      for (const [name, source] of [
        ['toString', '{{toString}}'],
        ['hasOwnProperty', '{{#each tasks}}{{hasOwnProperty}}{{/each}}'],
        ['constructor', '{{constructor}}'],
        ['__proto__', '{{#with meta}}{{__proto__}}{{/with}}'],
        ['__defineGetter__', '{{lookup this "__defineGetter__"}}'],
      ] as const) {
        const dir = join(tmp, `tpl-proto-${name}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'plan.hbs'), source);
        const report = await compileReport('plan', 'txt', { templateDir: dir });
        // Twice: Handlebars itself would warn only the first time in a process.
        for (let i = 0; i < 2; i++) {
          const e = await inputError(() => report.render({ tasks: [{ a: 1 }], meta: { b: 2 } }));
          expect(e.file).toBe(join(dir, 'plan.hbs'));
          expect(e.reason).toBe(`"${name}" is not a field here (templates may read only the report's own fields)`);
        }
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(logged).toEqual([]);
  });

  it('renders the shipped templates within the limit', async () => {
    const report = await compileReport('plan', 'txt', { maxRenderMs: 60_000 });
    expect(report.files.plan).toMatch(/plan\.hbs$/);
  });
});

describe('the CLI', () => {
  it('reports a corrupt archive in one line with exit 2', () => {
    const dir = join(tmp, 'cli-junk');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, ARCHIVE_FILE), Buffer.alloc(8192, 0x41));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), 'units', '--status', 'behind', '--archive', dir], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(2);
    expect(expectCleanStderr(r.stderr)).toEqual([`taskgen: ${join(dir, ARCHIVE_FILE)}: not a taskgen archive (file is not a database)`]);
  });
});

describe('control characters from file and unit names', () => {
  it('are escaped in terminal messages and CSV cells; line breaks stay inside a quoted cell', async () => {
    const { escapeControls } = await import('../src/util/controls.js');
    const { csvCell } = await import('../src/writers/csv.js');
    expect(escapeControls('a\u001b]0;title\u0007b\nc')).toBe('a\\x1b]0;title\\x07b\\x0ac');
    expect(escapeControls('市发改委\u202e局')).toBe('市发改委\\u202e局');
    expect(csvCell('市\u001b[31m发改委')).toBe('市\\x1b[31m发改委');
    expect(csvCell('一行\n两行')).toBe('"一行\n两行"');
  });

  it('are escaped in XLSX cells and sheet names, where most of them are not even valid XML', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { addTableSheet, columnsFor } = await import('../src/writers/xlsx.js');
    const book = new ExcelJS.Workbook();
    const sheet = addTableSheet(book, 'plan\u001b[2J', columnsFor(['工作任务', '牵头单位']), [{ section: '一、\u0007节' }, ['一行\n两行', '市\u001b[31m发改委\u202e局']]);
    // Sheet names may not hold a backslash or brackets, so the escape's backslash becomes a space too.
    expect(sheet.name).toBe('plan x1b 2J');
    expect(sheet.getRow(2).getCell(1).value).toBe('一、\\x07节');
    expect(sheet.getRow(3).getCell(1).value).toBe('一行\n两行');
    expect(sheet.getRow(3).getCell(2).value).toBe('市\\x1b[31m发改委\\u202e局');
  });

  it('never reach stderr raw from the CLI', () => {
    const name = join(tmp, 'bad\u001b]0;pwned\u0007\nname.txt');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), 'parse', name], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(expectCleanStderr(r.stderr)).toEqual([`taskgen: ${tmp}/bad\\x1b]0;pwned\\x07\\x0aname.txt: file not found`]);
  });
});

describe('nothing written or deleted outside --out', () => {
  it('refuses an archive.db planted as a symlink, before writing anything', async () => {
    const out = join(tmp, 'planted-archive');
    mkdirSync(out, { recursive: true });
    const victim = join(tmp, 'victim.db');
    symlinkSync(victim, join(out, ARCHIVE_FILE));
    const e = await inputError(runBatch({ inputs: [fixture('plan-inline-chuzhou')], out, jobs: 1, quiet: true }));
    expect(e.reason).toMatch(/symbolic link/);
    expect(() => readFileSync(victim)).toThrow();
  });

  it('keeps the temp files of a batch that is still running on the same --out', async () => {
    const { removeStaleTemps } = await import('../src/batch/outputs.js');
    const out = join(tmp, 'shared-out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `.taskgen-tmp-${process.ppid}-aaaa`), 'in flight');
    writeFileSync(join(out, '.taskgen-tmp-999999999-bbbb'), 'left by a killed run');
    expect(removeStaleTemps(out)).toBe(1);
    expect(readFileSync(join(out, `.taskgen-tmp-${process.ppid}-aaaa`), 'utf8')).toBe('in flight');
  });

  it('does not delete through a folder link planted in --out between runs', async () => {
    const input = join(tmp, 'linked-in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    copyFileSync(fixture('plan-inline-chuzhou'), join(input, 'sub', 'plan.txt'));
    const out = join(tmp, 'linked-out');
    await runBatch({ inputs: [input], out, jobs: 1, quiet: true });
    const elsewhere = join(tmp, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, 'plan.json'), 'not taskgen’s to delete');
    spawnSync('rm', ['-rf', join(out, 'sub')]);
    symlinkSync(elsewhere, join(out, 'sub'));
    writeFileSync(join(input, 'sub', 'plan.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 9])); // now fails to parse
    await runBatch({ inputs: [input], out, jobs: 1, quiet: true });
    expect(readFileSync(join(elsewhere, 'plan.json'), 'utf8')).toBe('not taskgen’s to delete');
  });
});
