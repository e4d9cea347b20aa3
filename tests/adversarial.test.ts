/**
 * Hostile inputs (issue 14): 100 000-character runs of the characters scraped pages pad their
 * layout with, embedded in plan-, notice-, progress- and table-shaped documents, through every
 * reader and extractor and every renderer. Each must parse (or fail with an InputError) and render
 * in bounded time. Before the regexes were made linear, 8 000 spaces in one plan line took 3.9 s and
 * 100 000 never finished; now each case takes well under a second on an idle machine.
 *
 * The wall bound is deliberately loose (60 s per case against ~1 s measured on an idle machine and
 * at most ~18 s at load 20 on two cores): it catches a quadratic or worse pattern (which at this
 * size takes from many minutes to hours) without failing on a loaded machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as docxLib from 'docx';
import { parseBytes, parseRead } from '../src/pipeline.js';
import { pdfPagesToBlocks } from '../src/readers/pdf.js';
import { NoStatusesError, renderNotice, renderPlan, REPORT_FORMATS } from '../src/render/index.js';
import { InputError } from '../src/errors.js';
import type { TaskDocument } from '../src/model/schema.js';

/** docx's export map hides its classes from this tsconfig's module resolution (as in readers.test.ts). */
type DocxClass = new (options: unknown) => unknown;
const { Document, Paragraph, Packer } = docxLib as unknown as {
  Document: DocxClass;
  Paragraph: DocxClass;
  Packer: { toBuffer(doc: unknown): Promise<Buffer> };
};

const RUN = 100_000;
const WALL_LIMIT_MS = 60_000;
/** Each case's own timeout, above the wall bound so the bound is what reports a slow case. */
const CASE_TIMEOUT_MS = 120_000;

/**
 * A regex gone quadratic blocks this process synchronously, where no test timeout can fire: the file
 * would hang the suite instead of failing. A watchdog process kills this one after a bound no healthy
 * run comes near (the whole file takes ~30 s of CPU; ~4 min of wall time at load 20 on two cores),
 * and vitest then reports the file as failed.
 */
const FILE_LIMIT_MS = 20 * 60_000;
let watchdog: ChildProcess | undefined;
beforeAll(() => {
  const script = `setTimeout(() => { try { process.kill(${process.pid}, 'SIGKILL'); } catch {} }, ${FILE_LIMIT_MS});`;
  watchdog = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
});
afterAll(() => {
  watchdog?.kill();
});

/** Each character (or short sequence) repeated to RUN characters. */
const FILLS: Record<string, string> = {
  space: ' ',
  tab: '\t',
  nbsp: '\u00a0',
  ideographicSpace: '\u3000',
  zeroWidthSpace: '\u200b',
  enSpace: '\u2002',
  mixedSpaces: ' \u3000\u00a0\t\u200b',
  fullStop: '。',
  enumerationComma: '、',
  spaceComma: ' 、',
  openParen: '（',
  closeParen: '）',
  asciiParen: '(',
  lenticular: '【',
  digits: '1',
  fullWidthDigits: '１',
  countedItems: '1项',
  chineseNumeralHeading: '一、',
  semicolon: '；',
  colon: '：',
  star: '★',
  newline: '\n',
};

const run = (fill: string) => fill.repeat(Math.ceil(RUN / fill.length));

/** Document shapes with the run placed where each extractor looks: numbering, labels, unit lists, status words. */
const SHAPES: Record<string, (f: string) => string> = {
  plan: (f) =>
    `某市人民政府关于印发2024年重点工作分解方案的通知\n　　一、重点任务\n　　（一）${f}项目建设\n` +
    `1.加快${f}推进项目建设${f}。（市发展改革委${f}牵头，市财政局、${f}市住建局${f}配合，2024年12月底前完成${f}）\n` +
    `2.责任单位：${f}市交通局、${f}市${f}公安局${f}\n3.${f}\n`,
  notice:
    (f) =>
      `关于2021年重点目标任务一季度完成情况的通报\n市政府督查办对重点目标任务${f}一季度完成情况进行了督查。` +
      `目标任务细分为302项,其中264项${f}完成较好或序时推进,38项推进较慢${f}。较慢的事项具体如下:\n` +
      `（一）市发展改革委（${f}2项）${f}\n1.加快${f}省市两级发展推进较慢${f}。\n2${f}完成投资低于序时进度${f}\n` +
      `（二）${f}市商务局${f}（1项）\n1.限上消费品零售额${f}低于序时进度。\n`,
  progress: (f) =>
    `池州市2023年重点工作任务完成情况统计表\n序号\t工作任务\t牵头单位\t配合单位\t进展情况\t是否完成\n一、扩大有效投资${f}\n` +
    `1\t实施重点项目${f}460个。\t市发展改革委${f}\t市财政局、${f}市统计局\t全年实施${f}。\t否${f}\n2${f}\t${f}\t${f}\t${f}\t${f}\n`,
  unitList: (f) => `某市2024年重点工作分解方案\n一、重点任务\n1.加快推进项目建设。\n责任单位：市发展改革委${f}市财政局${f}\n配合单位：${f}\n`,
};

const HTML_FILLS: Record<string, string> = { ...FILLS, nbspEntity: '&nbsp;', breaks: '<br>', cells: '<td>', spans: '<span>x</span>' };

const htmlTable = (f: string) =>
  `<html><body><p>某市2024年重点工作分解方案</p><p>一、重点任务</p><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>` +
  `<tr><td>1${f}</td><td>加快${f}推进</td><td>市发展改革委${f}</td><td>市财政局、${f}市统计局</td></tr></table>` +
  `<p>1.加快${f}推进项目建设。（市发展改革委牵头）</p></body></html>`;

/** Parses, or fails the way bad input must: an InputError. Anything else is a bug and fails the test. */
async function parseOrInputError(parse: () => Promise<TaskDocument>): Promise<TaskDocument | null> {
  try {
    return await parse();
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}

async function renderAll(doc: TaskDocument): Promise<void> {
  for (const format of REPORT_FORMATS) {
    // A document without statuses is refused by `notice` (one clear error), which is also bounded work.
    const notice = await renderNotice(doc, format).catch((e: unknown) => {
      if (e instanceof NoStatusesError) return 'refused';
      throw e;
    });
    const plan = await renderPlan(doc, format);
    expect(notice.length).toBeGreaterThan(0);
    expect(plan.length).toBeGreaterThan(0);
  }
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const textCases = Object.entries(SHAPES).flatMap(([shape, make]) =>
  Object.entries(FILLS).map(([fill, chars]) => ({ name: `${shape} / ${fill}`, text: make(run(chars)) })),
);

describe('hostile text documents: parse and render in bounded time', () => {
  it.each(textCases)('$name', async ({ text }) => {
    const ms = await timed(async () => {
      const doc = await parseOrInputError(() => parseBytes(Buffer.from(text), 'hostile.txt'));
      if (doc) await renderAll(doc);
    });
    expect(ms).toBeLessThan(WALL_LIMIT_MS);
  }, CASE_TIMEOUT_MS);
});

describe('hostile HTML pages: parse and render in bounded time', () => {
  it.each(Object.entries(HTML_FILLS).map(([fill, chars]) => ({ fill, html: htmlTable(run(chars)) })))('$fill', async ({ html }) => {
    const ms = await timed(async () => {
      const doc = await parseOrInputError(() => parseBytes(Buffer.from(html), 'hostile.html'));
      if (doc) await renderAll(doc);
    });
    expect(ms).toBeLessThan(WALL_LIMIT_MS);
  }, CASE_TIMEOUT_MS);
});

describe('hostile Word and PDF text: the docx and PDF readers in bounded time', () => {
  const fills = ['space', 'nbsp', 'ideographicSpace', 'zeroWidthSpace', 'enumerationComma', 'openParen', 'digits'];

  it.each(fills)('docx / %s', async (fill) => {
    const lines = SHAPES.plan!(run(FILLS[fill]!)).split('\n');
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
    const ms = await timed(async () => {
      const doc = await parseOrInputError(() => parseBytes(Buffer.from(bytes), 'hostile.docx'));
      expect(doc?.source.format ?? 'docx').toBe('docx');
      if (doc) await renderAll(doc);
    });
    expect(ms).toBeLessThan(WALL_LIMIT_MS);
  }, CASE_TIMEOUT_MS);

  it.each(fills)('pdf page text / %s', async (fill) => {
    const text = SHAPES.plan!(run(FILLS[fill]!));
    const ms = await timed(async () => {
      const blocks = pdfPagesToBlocks([{ num: 1, text }]);
      const doc = parseRead({ path: 'hostile.pdf', format: 'pdf', encoding: null, sha256: '0'.repeat(64), bytes: text.length, blocks });
      await renderAll(doc);
    });
    expect(ms).toBeLessThan(WALL_LIMIT_MS);
  }, CASE_TIMEOUT_MS);
});

describe('hostile lists: no stack overflow on document-sized lists', () => {
  it('parses a unit list of 150 000 names', async () => {
    const list = '一、'.repeat(150_000);
    const text = `某市2024年重点工作分解方案\n一、重点任务\n1.加快推进项目建设。\n责任单位：市发展改革委${list}市财政局\n`;
    const doc = await parseOrInputError(() => parseBytes(Buffer.from(text), 'hostile.txt'));
    expect(doc).not.toBeNull();
  });
});
