/**
 * The two PDF text sources give the same blocks: poppler's pdftotext (pdftotext.ts + pdf-words.ts), used
 * when installed, and pdf.js (pdf-worker.ts), used without it or with TASKGEN_PDF=pdfjs. Every PDF the
 * suite reads is read through both, and where pdf.js must stay (legacy CMaps, pdftotext failing or
 * finding nothing) the choice and the fallback are checked with stand-in pdftotext programs.
 * The pdftotext half is skipped where pdftotext is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../src/errors.js';
import type { Block } from '../src/model/blocks.js';
import { pdfPagesToBlocks, pdfToBlocks, SCANNED_PDF_REASON } from '../src/readers/pdf.js';
import { extractPdfPages, type PdfPageText } from '../src/readers/pdf-worker.js';
import { bboxToPages, pdfTextSource, pdftotextPages, pdftotextProgram } from '../src/readers/pdftotext.js';
import { buildCmapPdf } from '../scripts/fixtures/cmap-pdf.js';
import { CORRUPT_FILES } from './support/batch.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'fixtures');
const hasPdftotext = pdftotextProgram() !== null;
const hasChromium = spawnSync('chromium', ['--version'], { stdio: 'ignore' }).status === 0;
const tmp = mkdtempSync(path.join(tmpdir(), 'taskgen-pdf-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function pdfjsBlocks(bytes: Buffer): Promise<Block[]> {
  const r = await extractPdfPages(bytes, { timeoutMs: 60_000 });
  if (!r.ok) throw new Error(r.message);
  return pdfPagesToBlocks(r.pages);
}

async function pdftotextBlocks(bytes: Buffer): Promise<Block[]> {
  const r = await pdftotextPages(bytes, { timeoutMs: 60_000 });
  if (!r.ok) throw new Error(r.message);
  return pdfPagesToBlocks(r.pages);
}

/** The blocks that differ between the two reads, index by index (both read the same number of blocks). */
async function differences(bytes: Buffer): Promise<{ pdfjs: Block; pdftotext: Block }[]> {
  const [a, b] = [await pdfjsBlocks(bytes), await pdftotextBlocks(bytes)];
  expect(b.length).toBe(a.length);
  return a.flatMap((block, i) => (JSON.stringify(block) === JSON.stringify(b[i]) ? [] : [{ pdfjs: block, pdftotext: b[i]! }]));
}

/** What a read fails with, as the user sees it: the error's class and reason. */
async function failure(read: Promise<unknown>): Promise<string> {
  try {
    await read;
  } catch (e) {
    if (e instanceof InputError) return `${e.constructor.name}: ${e.reason}`;
    throw e;
  }
  return 'no error';
}

/** Runs `read` with TASKGEN_PDF set as given (undefined: the default choice). */
async function withSource<T>(value: string | undefined, read: () => Promise<T>): Promise<T> {
  const saved = process.env.TASKGEN_PDF;
  if (value === undefined) delete process.env.TASKGEN_PDF;
  else process.env.TASKGEN_PDF = value;
  try {
    return await read();
  } finally {
    if (saved === undefined) delete process.env.TASKGEN_PDF;
    else process.env.TASKGEN_PDF = saved;
  }
}

describe.skipIf(!hasPdftotext)('pdftotext and pdf.js read every PDF of the suite to the same blocks', () => {
  for (const name of ['seed-001-pdf-embedded', 'seed-002-pdf-embedded', 'seed-002-pdf-cmap']) {
    it(`${name}: identical`, async () => {
      expect(await differences(readFileSync(path.join(FIXTURES, name, 'source.pdf')))).toEqual([]);
    });
  }

  it('seed-001-pdf-cmap: identical but for U+00B7, which Adobe\'s UniGB-UCS2-H does not map', async () => {
    // The fixture writes each character's UCS-2 code. pdf.js takes a Unicode CMap's codes for the characters;
    // poppler maps code → CID → Unicode as the CMap says, and U+00B7 has no CID in it, so poppler (like
    // Acrobat) draws nothing there and the gap it leaves reads as a space.
    const diff = await differences(readFileSync(path.join(FIXTURES, 'seed-001-pdf-cmap', 'source.pdf')));
    expect(diff).toHaveLength(1);
    const { pdfjs, pdftotext } = diff[0]!;
    expect(pdfjs.kind === 'para' && pdfjs.text).toContain('彭聚英才·城就未来');
    expect(pdftotext).toEqual(pdfjs.kind === 'para' ? { ...pdfjs, text: pdfjs.text.replace('·', ' ') } : pdfjs);
  });

  it('the UniGB-UCS2-H PDF the reader tests build: identical', async () => {
    const lines = ['2024年重点工作任务', '1.加快推进“一网通办”改革,全年新增ABC类事项30项。', '牵头单位:市政务服务管理局(数据资源局)'];
    expect(await differences(buildCmapPdf(lines, { header: '某某市人民政府办公室' }))).toEqual([]);
  });

  it.skipIf(!hasChromium)('the browser-printed notice of the archive tests: identical', () => {
    const html = path.join(tmp, 'notice.html');
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const text = readFileSync(path.join(FIXTURES, 'seed-000-suzhou-notice', 'source.txt'), 'utf8');
    writeFileSync(html, `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${text.split('\n').map((l) => `<p>${esc(l)}</p>`).join('\n')}\n</body></html>\n`);
    const pdf = path.join(tmp, 'notice.pdf');
    spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, html], { stdio: 'ignore', timeout: 120_000 });
    expect(existsSync(pdf)).toBe(true);
    return expect(differences(readFileSync(pdf))).resolves.toEqual([]);
  });

  it('a GBK-EUC-H PDF stays with pdf.js, which reads its single-byte codes as ASCII (poppler: full-width forms)', async () => {
    const gbk = buildCmapPdf(['1.加快推进,全年新增30项。'], { header: '某某市人民政府办公室', cmap: 'GBK-EUC-H' });
    expect(await withSource(undefined, async () => pdfTextSource(gbk))).toBe('pdfjs');
    expect(await withSource(undefined, async () => pdfTextSource(buildCmapPdf(['1.加快推进'], { header: '某某' })))).toBe('pdftotext');
    expect(await withSource('pdfjs', async () => pdfTextSource())).toBe('pdfjs');
    // So does a PDF with pages turned a quarter: pdftotext does not say which, and prints their size unturned.
    const turned = Buffer.from(buildCmapPdf(['1.加快推进'], { header: '某某' }).toString('latin1').replace('/MediaBox', '/Rotate 90 /MediaBox'), 'latin1');
    expect(await withSource(undefined, async () => pdfTextSource(turned))).toBe('pdfjs');
    const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'para' ? [b.text] : []));
    expect(texts(await pdfjsBlocks(gbk))).toContain('1.加快推进,全年新增30项。');
    expect(texts(await pdftotextBlocks(gbk))).toContain('1．加快推进，全年新增30项。');
  });

  it('gives every malformed PDF the error it gives through pdf.js', async () => {
    const files: [string, Buffer][] = [
      ...['encrypted.pdf', 'truncated.pdf', 'scanned.pdf'].map((f): [string, Buffer] => [f, readFileSync(path.join(FIXTURES, 'malformed', f))]),
      ...Object.entries(CORRUPT_FILES).filter(([f]) => f.endsWith('.pdf')).map(([f, bytes]): [string, Buffer] => [f, Buffer.from(bytes)]),
    ];
    for (const [name, bytes] of files) {
      const viaPdfjs = await withSource('pdfjs', () => failure(pdfToBlocks(bytes, name)));
      expect(viaPdfjs).not.toBe('no error');
      expect(await withSource(undefined, () => failure(pdfToBlocks(bytes, name))), name).toBe(viaPdfjs);
    }
    expect(await failure(pdfToBlocks(readFileSync(path.join(FIXTURES, 'malformed', 'scanned.pdf')), 'scan.pdf'))).toBe(`InputError: ${SCANNED_PDF_REASON}`);
  });
});

describe('choosing and leaving pdftotext', () => {
  let bin: string;
  const program = (name: string, script: string): string => {
    const file = path.join(bin, name);
    writeFileSync(file, `#!/bin/sh\n${script}\n`);
    chmodSync(file, 0o755);
    return file;
  };
  const emptyPage = '<doc>\n  <page width="595.280000" height="841.890000">\n  </page>\n</doc>';
  const pdf = readFileSync(path.join(FIXTURES, 'seed-002-pdf-cmap', 'source.pdf'));

  beforeAll(() => {
    bin = mkdtempSync(path.join(tmp, 'bin-'));
  });

  it('leaves a PDF to pdf.js when poppler-data is missing: pdftotext exits 0 without the fonts\' text', async () => {
    const noData = program('no-data', `cat > /dev/null; echo "Syntax Error: Missing language pack for 'Adobe-GB1' mapping" >&2; echo '${emptyPage}'`);
    expect(await pdftotextPages(pdf, { timeoutMs: 10_000, program: noData })).toEqual({ ok: false, timeout: false, message: expect.stringContaining('poppler-data') });
    // The whole command, told to use that pdftotext, writes what pdf.js reads.
    const parse = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/run.ts'), 'parse', path.join(FIXTURES, 'seed-002-pdf-cmap', 'source.pdf'), '-q'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
    const viaFallback = parse({ TASKGEN_PDFTOTEXT: noData, TASKGEN_PDF: '' });
    const viaPdfjs = parse({ TASKGEN_PDF: 'pdfjs' });
    expect(viaFallback.status).toBe(0);
    expect(viaFallback.stdout).toBe(viaPdfjs.stdout);
    expect(JSON.parse(viaFallback.stdout).tasks.length).toBeGreaterThan(0);
  });

  it('tells pdftotext failing or finding no text (pdf.js reads those), and kills one that runs past the deadline', async () => {
    const failing = program('failing', 'cat > /dev/null; echo "Syntax Error: Couldn\'t read xref table" >&2; exit 1');
    expect(await pdftotextPages(pdf, { timeoutMs: 10_000, program: failing })).toMatchObject({ ok: false, timeout: false });
    const empty = program('empty', `cat > /dev/null; echo '${emptyPage}'`);
    expect(await pdftotextPages(pdf, { timeoutMs: 10_000, program: empty })).toEqual({ ok: true, pages: [{ num: 1, items: [], height: 841.89 }] });
    const pidFile = path.join(bin, 'pid');
    const hanging = program('hanging', `echo $$ > ${pidFile}; exec sleep 60`);
    expect(await pdftotextPages(pdf, { timeoutMs: 300, program: hanging })).toMatchObject({ ok: false, timeout: true });
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
    expect(() => process.kill(pid, 0)).toThrow();
  });
});

describe('poppler words to pdf.js runs', () => {
  // A browser's Type 3 CJK font (box 2.6 em, baseline 73 % down) beside the Latin font of its digits
  // (box 1.1 em, baseline 82 % down), 12 pt: what Chromium prints; the ideographs tell the size.
  const cjk = (text: string, x: number, baseline: number) => ({ text, xMin: x, yMin: baseline - 22.8, xMax: x + 12 * [...text].length, yMax: baseline + 8.4 });
  const latin = (text: string, x: number, baseline: number) => ({ text, xMin: x, yMin: baseline - 10.8, xMax: x + 6 * text.length, yMax: baseline + 2.4 });
  const page = (words: ReturnType<typeof cjk>[]): PdfPageText =>
    bboxToPages(`<doc>\n<page width="595" height="842">\n${words.map((w) => `<word xMin="${w.xMin}" yMin="${w.yMin}" xMax="${w.xMax}" yMax="${w.yMax}">${w.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</word>`).join('\n')}\n</page>\n</doc>`)[0]!;

  it('recovers font sizes and puts the words of one line on one baseline, whatever their fonts', () => {
    const { items } = page([cjk('关于', 100, 200), latin('2023', 124, 200), cjk('年重点工作', 148, 200), cjk('下一行', 100, 218)]);
    expect(items!.map((i) => i.str)).toEqual(['关于', '2023', '年重点工作', '下一行']);
    expect(items!.every((i) => Math.abs(i.size - 12) < 0.01)).toBe(true);
    expect(new Set(items!.slice(0, 3).map((i) => i.y)).size).toBe(1);
    expect(items![3]!.y - items![0]!.y).toBeCloseTo(18, 5);
  });

  it('goes through the same text normalisations as pdf.js runs: radicals, punctuation twins, shared glyphs, full-width digits', () => {
    // (戶 becomes 户 only in a document otherwise simplified: the third line says so.)
    const lines = [cjk('\u2fb8\u2eda', 100, 200), cjk('\u2329门\u6236网站\u232a\u2015\uff12\uff10\uff12\uff14年', 100, 230), cjk('关于进一步加强项目建设这项工作的通知', 100, 260)];
    expect(pdfPagesToBlocks([page(lines)])).toEqual([
      { kind: 'para', text: '首页', page: 1 },
      { kind: 'para', text: '〈门户网站〉—2024年', page: 1 },
      { kind: 'para', text: '关于进一步加强项目建设这项工作的通知', page: 1 },
    ]);
  });

  it('takes a page whose words lie beyond its printed width for a page turned a quarter', () => {
    const turned = bboxToPages('<doc>\n<page width="595" height="842">\n<word xMin="60" yMin="100" xMax="780" yMax="110.5">一</word>\n</page>\n</doc>')[0]!;
    expect(turned.height).toBe(595);
    expect(page([cjk('一', 60, 100)]).height).toBe(842);
  });

  it('joins words as pdf.js joins glyphs: a wide space inside a run, a narrow one or a column gap as a run of its own', () => {
    const { items } = page([cjk('牵头单位', 100, 200), cjk('市发改委', 154, 200), cjk('甲', 100, 230), cjk('乙', 115, 230), cjk('丙', 100, 260), cjk('丁', 136, 260), latin('<a&b>', 200, 260)]);
    expect(items!.map((i) => i.str)).toEqual(['牵头单位 市发改委', '甲', ' ', '乙', '丙', ' ', '丁', ' ', '<a&b>']);
  });
});
