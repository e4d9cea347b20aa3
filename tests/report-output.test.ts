/**
 * Issue 11, what a user sees: --only never changes the totals, a notice needs
 * statuses, -o picks the format and never replaces what is already there
 * unless it is a regular file, and every new option is in --help.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildNoticeView } from '../src/render/view.js';
import { BEHIND_CODES, type BehindCode } from '../src/render/status.js';
import { GOLD, goldDocument } from './support/gold-documents.js';
import { ROOT, runCli } from './support/cli.js';

const SEED_000 = join(ROOT, 'fixtures/seed-000-suzhou-notice/source.txt');
const PLAN = join(ROOT, 'fixtures/plan-table-hefei/source.html');
const OPENING_TOTALS = '目标任务共302项，其中264项（占87%）序时推进，38项（占13%）推进较慢、无实质性进展或完成难度较大。';
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-report-output-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('--only narrows the list, never the totals (seed 000: 302 / 264 / 38)', () => {
  const doc = goldDocument(GOLD.notice000, { period: '一季度' });
  const whole = buildNoticeView(doc);
  const filters: BehindCode[][] = [...BEHIND_CODES.map((c) => [c]), ['lagging', 'stalled'], ['stalled', 'at_risk'], [...BEHIND_CODES]];

  it('without a filter the opening states the document totals', () => {
    expect(whole.opening).toContain(OPENING_TOTALS);
  });

  for (const only of filters) {
    it(`--only ${only.join(',')}`, () => {
      const view = buildNoticeView(doc, { only });
      expect(view.totals).toEqual(whole.totals);
      expect(view.opening).toContain(OPENING_TOTALS);
      // Every listed item is of a chosen code, and no more items than the whole list has.
      expect(view.listedSum).toBeLessThanOrEqual(whole.listedSum);
      const codes = doc.lagging.flatMap((g) => g.items.map((i) => i.status?.code));
      expect(view.listedSum).toBe(codes.filter((c) => c && (only as string[]).includes(c)).length);
    });
  }

  it('the command line agrees: notice --only stalled -f txt', () => {
    const r = runCli(['notice', SEED_000, '-f', 'txt', '--only', 'stalled', '-q']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(OPENING_TOTALS);
    expect(r.stdout).toContain('现将无实质性进展的事项按责任单位通报如下：');
  });
});

describe('notice needs statuses', () => {
  it('a plan without statuses is refused with one line and exit 2', () => {
    const r = runCli(['notice', PLAN, '-f', 'txt', '-q']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `taskgen: ${PLAN}: no task carries a status and there is no lagging list; \`notice\` needs a notice or progress table (use \`taskgen plan\` for a plan)\n`,
    );
  });
});

describe('-o decides the format when -f is not given', () => {
  it('-o x.docx writes Word, -o x.xlsx Excel, parse -o tasks.csv CSV', () => {
    const docx = join(tmp, 'n.docx');
    const xlsx = join(tmp, 'n.xlsx');
    const csv = join(tmp, 'tasks.csv');
    expect(runCli(['notice', SEED_000, '-o', docx, '-q']).status).toBe(0);
    expect(runCli(['notice', SEED_000, '-o', xlsx, '-q']).status).toBe(0);
    expect(runCli(['parse', SEED_000, '-o', csv, '-q']).status).toBe(0);
    for (const f of [docx, xlsx]) expect(readFileSync(f).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readFileSync(xlsx).includes('xl/workbook', 0, 'latin1')).toBe(true);
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFF序号,工作任务,牵头单位,责任单位,牵头领导,完成时限,进展情况,状态,/);
  });

  it('a name that disagrees with -f is an error (exit 2) and nothing is written', () => {
    const out = join(tmp, 'mismatch.docx');
    const r = runCli(['notice', SEED_000, '-f', 'html', '-o', out, '-q']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`taskgen: ${out}: the name says docx but --format is html; change one of them\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('a name with no known extension keeps the default format', () => {
    const out = join(tmp, 'notice.out');
    expect(runCli(['notice', SEED_000, '-o', out, '-q']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('-o never replaces what is not a regular file', () => {
  it('a directory is an error, before any work', () => {
    const dir = join(tmp, 'a-dir');
    mkdirSync(dir);
    const r = runCli(['notice', SEED_000, '-f', 'txt', '-o', dir, '-q']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`taskgen: ${dir}: is a directory; give a file name for the output\n`);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('a FIFO is written into and stays a FIFO', async () => {
    const fifo = join(tmp, 'out.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), 'notice', SEED_000, '-f', 'txt', '-o', fifo, '-q'], { cwd: ROOT });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Opening for reading waits for the writer, as `cat fifo` would.
    const received = await readFile(fifo, 'utf8');
    expect(await exited).toBe(0);
    expect(received).toContain(OPENING_TOTALS);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it.skipIf(process.getuid?.() !== 0)('a character device (a scratch /dev/null made with mknod) stays a device', (ctx) => {
    const dev = join(tmp, 'null-device');
    // 1,3 is /dev/null's major/minor: writes go nowhere. /dev/null itself is never touched.
    const made = spawnSync('mknod', [dev, 'c', '1', '3']);
    if (made.status !== 0) ctx.skip(); // a container may forbid mknod even to root: reported as skipped, not passed
    const r = runCli(['notice', SEED_000, '-f', 'docx', '-o', dev, '-q']);
    expect(r.status).toBe(0);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
  });

  it('through a symlink, the file it points to is replaced and the link stays', () => {
    const target = join(tmp, 'target.txt');
    const link = join(tmp, 'link.txt');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    expect(runCli(['notice', SEED_000, '-o', link, '-q']).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain(OPENING_TOTALS);
    expect(statSync(link, { throwIfNoEntry: true }).isFile()).toBe(true);
    expect(spawnSync('test', ['-L', link]).status).toBe(0);
  });
});

describe('notice options', () => {
  it('--title, --to, --doc-number, --header, --closing and --no-closing reach the text', () => {
    const args = ['notice', SEED_000, '-f', 'txt', '-q', '--title', '关于一季度重点工作推进情况的通报', '--to', '各县、区人民政府，市政府各部门', '--doc-number', '宿政办秘〔2021〕12号', '--header', '宿州市人民政府办公室文件', '--closing', '请各单位于5月10日前报送整改情况。'];
    const r = runCli(args);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 7)).toEqual(['宿州市人民政府办公室文件', '', '宿政办秘〔2021〕12号', '', '关于一季度重点工作推进情况的通报', '', '各县、区人民政府，市政府各部门：']);
    expect(r.stdout).toContain('　　请各单位于5月10日前报送整改情况。\n');
    const plain = runCli(['notice', SEED_000, '-f', 'txt', '-q']);
    expect(plain.stdout).toContain('请各责任单位对照通报事项');
    expect(runCli(['notice', SEED_000, '-f', 'txt', '-q', '--no-closing']).stdout).not.toContain('请各责任单位对照通报事项');
  });

  it('--help shows every new option with an example', () => {
    const notice = runCli(['notice', '--help']).stdout;
    for (const o of ['--title', '--to', '--doc-number', '--header', '--closing', '--no-closing', '--style', 'xlsx']) expect(notice).toContain(o);
    expect(notice).toMatch(/\$ taskgen notice .*--no-closing/);
    expect(notice).toMatch(/\$ taskgen notice .*--header .*--doc-number/);
    expect(notice).toMatch(/\$ taskgen notice .*--style office\.json/);
    const plan = runCli(['plan', '--help']).stdout;
    expect(plan).toMatch(/\$ taskgen plan .*--layout table/);
    expect(plan).toMatch(/\$ taskgen plan .*-o plan\.xlsx/);
    const parse = runCli(['parse', '--help']).stdout;
    expect(parse).toMatch(/\$ taskgen parse .*--keys en/);
    expect(parse).toMatch(/\$ taskgen parse .*\.xlsx/);
    // The archive queries write workbooks too, with -o naming the file.
    expect(runCli(['units', '--help']).stdout).toMatch(/\$ taskgen units .*-o \S+\.xlsx/);
    expect(runCli(['history', '--help']).stdout).toMatch(/\$ taskgen history .*-o \S+\.xlsx/);
    expect(runCli(['documents', '--help']).stdout).toMatch(/\$ taskgen documents .*-o \S+\.xlsx/);
    for (const cmd of ['units', 'history', 'documents']) expect(runCli([cmd, '--help']).stdout).toMatch(/-o, --output <file>/);
  });
});
