import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as docxLib from 'docx';
import { InputError } from '../src/errors.js';
import type { Block } from '../src/model/blocks.js';
import { fsErrorReason, readBytes, readFile, sniffFormat } from '../src/readers/index.js';
import { htmlToBlocks, isToolbarLine } from '../src/readers/html.js';
import { textToBlocks } from '../src/readers/text.js';
import { extractPdfPages } from '../src/readers/pdf-worker.js';
import { pdfTextSource } from '../src/readers/pdftotext.js';
import { buildCmapPdf } from '../scripts/fixtures/cmap-pdf.js';
import { assembleLines, isPageNumberLine, pdfPagesToBlocks, pdfToBlocks } from '../src/readers/pdf.js';

/**
 * docx ships declarations with extensionless relative imports that NodeNext
 * cannot follow, so the few classes the tests build documents with are typed here.
 */
type DocxClass = new (options: unknown) => unknown;
const { Document, Paragraph, Table, TableCell, TableRow, Packer } = docxLib as unknown as {
  Document: DocxClass;
  Paragraph: DocxClass;
  Table: DocxClass;
  TableCell: DocxClass;
  TableRow: DocxClass;
  Packer: { toBuffer(doc: unknown): Promise<Buffer> };
};

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const fixture = (...parts: string[]): string => path.join(FIXTURES, ...parts);

function paras(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'para' ? [b.text] : []));
}

/** The seed's own lines, as the text reader gives them: the reference every rendition must reproduce. */
function seedParas(caseName: string): string[] {
  return paras(textToBlocks(readFileSync(fixture(caseName, 'source.txt'), 'utf8')));
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof InputError) return e;
    throw new Error(`expected an InputError, got ${String(e)}`);
  }
  throw new Error('expected an InputError, but reading succeeded');
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'taskgen-readers-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('sniffFormat', () => {
  it('decides by content before extension', () => {
    expect(sniffFormat(Buffer.from('%PDF-1.7\n...'), 'a.txt')).toBe('pdf');
    expect(sniffFormat(readFileSync(fixture('malformed', 'wrong-extension.pdf')), 'wrong-extension.pdf')).toBe('html');
    expect(sniffFormat(Buffer.from('<!doctype html><title>x</title>'), 'page.txt')).toBe('html');
    expect(sniffFormat(Buffer.from('<table><tr><td>市发改委</td></tr></table>'), 'frag')).toBe('html');
    expect(sniffFormat(Buffer.from('<p>一、总体要求</p>'), 'frag')).toBe('html');
    expect(sniffFormat(Buffer.from('一、总体要求\n1.加快建设。\n'), 'plan.html')).toBe('text');
    expect(sniffFormat(iconv.encode('一、总体要求\n牵头单位:市发改委\n', 'gbk'), 'plan')).toBe('text');
  });

  it('uses the extension only as a tie-breaker for text with a stray tag', () => {
    const text = Buffer.from('一、总体要求\n说明见<br>附件\n');
    expect(sniffFormat(text, 'a.txt')).toBe('text');
    expect(sniffFormat(text, 'a.html')).toBe('html');
  });

  it('recognises a .docx by its word/document.xml entry and rejects other zips and binaries', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('一、总体要求')] }] }));
    expect(sniffFormat(docx, 'x.bin')).toBe('docx');
    expect(sniffFormat(Buffer.from('PK\x03\x04....xl/workbook.xml....', 'latin1'), 'a.xlsx')).toBe('xlsx');
    expect(sniffFormat(readFileSync(fixture('malformed', 'binary.bin')), 'binary.bin')).toBeNull();
    expect(sniffFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'scan.txt')).toBeNull();
  });
});

describe('readFile: unusable inputs', () => {
  it('names a missing file, a directory, an empty file and a too-large file', async () => {
    expect((await inputError(readFile(path.join(work, 'nope.txt')))).reason).toBe('file not found');
    expect((await inputError(readFile(work))).reason).toBe('is a directory, not a file');
    expect((await inputError(readFile(fixture('malformed', 'empty.txt')))).reason).toBe('empty file');
    const huge = path.join(work, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 65 * 1024 * 1024); // sparse: nothing is actually written
    expect((await inputError(readFile(huge))).reason).toMatch(/^file too large \(65\.0 MB; the limit is 64\.0 MB\)$/);
  });

  it('reports a whitespace-only text file as empty', async () => {
    const reason = (await inputError(readBytes(Buffer.from(' \n\u3000\n\u00a0\n'), 'blank.txt'))).reason;
    expect(reason).toBe('empty file (only whitespace)');
  });

  it.skipIf(process.getuid?.() === 0)('names an unreadable file (not testable as root)', async () => {
    const locked = path.join(work, 'locked.txt');
    writeFileSync(locked, '一、总体要求');
    chmodSync(locked, 0o000);
    expect((await inputError(readFile(locked))).reason).toBe('permission denied');
  });

  it('turns file-system error codes into plain reasons', () => {
    const err = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: failed`), { code });
    expect(fsErrorReason(err('EACCES'))).toBe('permission denied');
    expect(fsErrorReason(err('EPERM'))).toBe('permission denied');
    expect(fsErrorReason(err('ENOENT'))).toBe('file not found');
    expect(fsErrorReason(err('EIO'))).toBe('cannot read file (EIO)');
  });

  it('reads a 50 MB text file instead of refusing or hanging', async () => {
    const line = '牵头单位:市发改委、统计局(监测);责任单位:各县(市、区)政府,徐州经开区、高新区、港务区管委会\n';
    const big = Buffer.from(line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line))), 'utf8');
    expect(big.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const result = await readBytes(big, 'big.txt');
    expect(result.format).toBe('text');
    expect(result.blocks.length).toBe(big.length / Buffer.byteLength(line));
  }, 60_000);

  it('gives each malformed fixture the reason a user understands', async () => {
    const reasonOf = async (name: string): Promise<string> => (await inputError(readFile(fixture('malformed', name)))).reason;
    expect(await reasonOf('binary.bin')).toBe('binary file, not a supported document');
    expect(await reasonOf('encrypted.pdf')).toMatch(/^encrypted PDF/);
    expect(await reasonOf('truncated.pdf')).toBe('corrupt or truncated PDF');
    // With Tesseract installed the blank scan is OCR'd and found empty; without it, the user is told to OCR it.
    expect(await reasonOf('scanned.pdf')).toMatch(/^scanned PDF, no text layer(?:, and OCR found no text in it| \(OCR it first\); install Tesseract)/);
  });

  it('names old Office files and spreadsheets instead of calling them binary', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    // Named .doc, it goes to LibreOffice, which says it cannot read it (or, missing, which package reads it).
    expect((await inputError(readBytes(ole, 'old.doc'))).reason).toMatch(/LibreOffice could not read this Word 97-2003 document|needs LibreOffice/);
    // Under a name that is no Office extension, an Office header is still named as one.
    expect((await inputError(readBytes(ole, 'old.bin'))).reason).toMatch(/old-format Office file/);
    const xlsx = Buffer.from('PK\x03\x04\x14\x00\x00\x00xl/workbook.xml', 'latin1');
    expect((await inputError(readBytes(xlsx, 'a.xlsx'))).reason).toBe('corrupt or unreadable Excel workbook (.xlsx)');
  });
});

describe('readBytes result', () => {
  it('carries format, encoding, size and the sha256 of the bytes', async () => {
    const bytes = readFileSync(fixture('seed-001-html-gbk-nocharset', 'source.html'));
    const result = await readBytes(bytes, 'page.html');
    expect(result).toMatchObject({ path: 'page.html', format: 'html', encoding: 'gb18030', bytes: bytes.length });
    // Digest of "abc\n" as printed by `printf 'abc\n' | sha256sum`.
    const known = await readBytes(Buffer.from('abc\n'), 'abc.txt');
    expect(known.sha256).toBe('edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb');
  });
});

describe('text reader', () => {
  it('drops blank lines (NBSP, ideographic and en spaces included) and trims, keeping characters as printed', () => {
    const text = '  一、总体要求\u3000\r\n\u00a0\u00a0\n\u2002\n\t1.加快建设(试点),推进“一网通办”。\u00a0\n牵头单位:市发改委、统计局(监测)\u2028';
    expect(textToBlocks(text)).toEqual([
      { kind: 'para', text: '一、总体要求' },
      { kind: 'para', text: '1.加快建设(试点),推进“一网通办”。' },
      { kind: 'para', text: '牵头单位:市发改委、统计局(监测)' },
    ]);
  });

  it('drops the empty tags a mirror pads a saved page with, and the list markers they hung on (银川)', () => {
    const text = [
      '<legend id="h4sia"></legend><samp id="h4sia"></samp>',
      '<p id="h4sia"><td id="h4sia"></td></p><track id="h4sia"></track>',
      '  • <input id="h4sia"><address id="h4sia"></address>',
      '    1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>',
      '    4. <rp id="h4sia"><option id="h4sia"></option></rp>',
      '        欢迎访问银川市发展和改革委员会网站',
      '        关于2022年1-4月份市级领导包抓重点 项目工作推进情况的通报',
    ].join('\n');
    expect(textToBlocks(text).map((b) => (b as { text: string }).text)).toEqual([
      '欢迎访问银川市发展和改革委员会网站',
      '关于2022年1-4月份市级领导包抓重点 项目工作推进情况的通报',
    ]);
    // A few angle brackets in prose are not debris: 增速<5%, <市政府>.
    expect(textToBlocks('1. 增速<5%的<b>企业</b>\n2. 其他').map((b) => (b as { text: string }).text)).toEqual(['1. 增速<5%的<b>企业</b>', '2. 其他']);
  });
});

describe('HTML renditions of the seeds', () => {
  const cases: Array<[string, string, string]> = [
    ['seed-001-html-gbk-nocharset', 'seed-001-xuzhou-plan', 'gb18030'],
    ['seed-002-html-gb2312-meta', 'seed-002-jieshou-plan', 'gb18030'],
    ['seed-001-html-utf8', 'seed-001-xuzhou-plan', 'utf-8'],
  ];
  for (const [rendition, seed, encoding] of cases) {
    it(`${rendition} reads line for line as the seed, chrome dropped`, async () => {
      const result = await readFile(fixture(rendition, 'source.html'));
      expect(result.encoding).toBe(encoding);
      expect(paras(result.blocks)).toEqual(seedParas(seed));
      const all = paras(result.blocks).join('\n');
      // Strings of the chrome the generator added around the article (none occurs in either seed).
      for (const chrome of ['您现在的位置', '打印本页', '分享到', '新浪微博', '访问统计', '专题专栏', '政民互动', '承办:徐州市大数据管理局', '3412820001']) {
        expect(all).not.toContain(chrome);
      }
    });
  }

  it('each rendition folder refers to its seed case', () => {
    expect(JSON.parse(readFileSync(fixture('seed-002-pdf-cmap', 'expected.json'), 'utf8'))).toEqual({ $ref: 'seed-002-jieshou-plan' });
  });
});

describe('HTML reader', () => {
  it('resolves rowspan and colspan, repeating a spanned cell in each slot', () => {
    const html = `<table>
      <tr><th>序号</th><th>工作任务</th><th colspan="2">责任单位</th></tr>
      <tr><td rowspan="2">1</td><td>加快建设</td><td>市发改委</td><td>市财政局</td></tr>
      <tr><td>推进改革</td><td colspan="2">各县(市、区)政府</td></tr>
      <tr><td>2</td><td rowspan="9">稳定就业</td><td>市人社局</td></tr>
    </table>`;
    expect(htmlToBlocks(html)).toEqual([
      {
        kind: 'table',
        rows: [
          ['序号', '工作任务', '责任单位', '责任单位'],
          ['1', '加快建设', '市发改委', '市财政局'],
          ['1', '推进改革', '各县(市、区)政府', '各县(市、区)政府'],
          ['2', '稳定就业', '市人社局', ''],
        ],
      },
    ]);
  });

  it('treats a page-layout table as running text and keeps the data table inside it', () => {
    const html = `<body><table width="980"><tr><td class="left">
      <p>一、总体要求</p><p>二、重点任务</p>
      <table border="1"><tr><td>任务</td><td>牵头单位</td></tr><tr><td>加快建设</td><td>市发改委<br>市财政局</td></tr></table>
      <p>三、保障措施</p></td></tr></table></body>`;
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'para', text: '一、总体要求' },
      { kind: 'para', text: '二、重点任务' },
      { kind: 'table', rows: [['任务', '牵头单位'], ['加快建设', '市发改委\n市财政局']] },
      { kind: 'para', text: '三、保障措施' },
    ]);
  });

  it('splits <br> runs into lines, collapses whitespace like a browser and keeps wrapped Chinese intact', () => {
    const html = `<div>牵头单位:市发改委<br/>责任单位:  各县(市、区)政府<br><br>
      1.加快省市两级战新基地
      发展,推进 <b>数字</b>经济 2024 年</div>`;
    expect(paras(htmlToBlocks(html))).toEqual(['牵头单位:市发改委', '责任单位: 各县(市、区)政府', '1.加快省市两级战新基地发展,推进 数字经济 2024 年']);
  });

  it('drops hidden elements, scripts and chrome by id/class but never the article', () => {
    const html = `<body><div id="navBar">首页 政务公开</div><ul class="main-menu"><li>菜单</li></ul>
      <div class="crumbs">当前位置</div><div style="display: none">隐藏</div><div class="content">
      <h1>关于印发重点工作的通知</h1><p>正文。</p></div><div class="site-footer">版权所有</div><noscript>请启用</noscript></body>`;
    expect(paras(htmlToBlocks(html))).toEqual(['关于印发重点工作的通知', '正文。']);
  });

  it('drops page-level <header>/<footer> but keeps those of the <article>', () => {
    const html = `<body><header>徐州市人民政府 门户网站</header><main class="position-relative"><article>
      <header><h1>关于印发重点工作的通知</h1></header><p>正文。</p><footer>徐州市人民政府<br>2024年1月29日</footer>
      </article></main><div class="related"><p>相关阅读</p></div><footer>版权所有</footer></body>`;
    expect(paras(htmlToBlocks(html))).toEqual(['关于印发重点工作的通知', '正文。', '徐州市人民政府', '2024年1月29日', '相关阅读']);
  });

  it('drops toolbar lines printed without any class, and pinyin-named chrome', () => {
    for (const line of ['【打印本页】【关闭窗口】', '字体:大 中 小', '【字体:大 中 小】 打印本页 关闭窗口', '分享到:', '[ 返回顶部 ]']) {
      expect(isToolbarLine(line)).toBe(true);
    }
    for (const line of ['打印', '关于加强打印机采购管理的通知', '大中小企业融通发展', '中', '关闭落后产能企业12家。']) {
      expect(isToolbarLine(line)).toBe(line === '打印');
    }
    const html = '<div class="fenxiang">微信 微博</div><div class="dqwz">首页 > 政务公开</div><div id="zoom"><p>正文。</p></div><p>【打印本页】【关闭窗口】</p>';
    expect(paras(htmlToBlocks(html))).toEqual(['正文。']);
  });

  it('keeps the text when the only container has a chrome-like class', () => {
    expect(paras(htmlToBlocks('<div class="nav-content"><p>一、总体要求</p></div>'))).toEqual(['一、总体要求']);
  });

  it('reads 100 000 nested <div>s without overflowing the stack', async () => {
    const start = process.cpuUsage();
    const result = await readFile(fixture('malformed', 'deep.html'));
    expect(paras(result.blocks)).toEqual(['嵌套很深的页面']);
    // Not a timing assertion on speed, only that it is not the quadratic 50 s of an uncapped parse.
    // CPU time, not wall time: it does not grow with the machine's load. Measured: about 0.2 s.
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1000).toBeLessThan(20_000);
  });

  it('reads a page without tasks as ordinary paragraphs (the extractors decide it has none)', async () => {
    const result = await readFile(fixture('malformed', 'no-tasks.html'));
    expect(paras(result.blocks)[0]).toBe('市政府召开第12次常务会议');
    expect(paras(result.blocks).join('')).not.toMatch(/分享到|ICP备|当前位置/);
  });
});

describe('PDF reader', () => {
  const squash = (lines: string[]): string => lines.join('').replace(/\s+/g, '');

  for (const seed of ['seed-001-xuzhou-plan', 'seed-002-jieshou-plan']) {
    const short = seed.slice(0, 8);
    it(`${short}-pdf-cmap: recovers all text through the CMaps and drops running headers and page numbers`, async () => {
      const result = await readFile(fixture(`${short}-pdf-cmap`, 'source.pdf'));
      const lines = paras(result.blocks);
      // Through pdftotext U+00B7 (彭聚英才·城就未来, seed 001) is lost: Adobe's UniGB-UCS2-H CMap does not map
      // it, so poppler, like Acrobat, draws no glyph for it (tests/pdf-sources.test.ts).
      const seedText = squash(seedParas(seed));
      expect(squash(lines)).toBe(pdfTextSource() === 'pdftotext' ? seedText.replace(/·/g, '') : seedText);
      expect(lines.filter((l) => /人民政府文件$|^—\s*\d+\s*—$/.test(l))).toEqual([]);
      expect(result.blocks.every((b) => b.page !== undefined && b.page >= 1)).toBe(true);
    });

    it(`${short}-pdf-embedded: the browser-printed PDF reads as the seed`, async () => {
      const result = await readFile(fixture(`${short}-pdf-embedded`, 'source.pdf'));
      expect(squash(paras(result.blocks))).toBe(squash(seedParas(seed)));
    });
  }

  it('gets (nearly) nothing from the CMap PDF without cMapUrl — the trap the reader avoids', async () => {
    const bytes = readFileSync(fixture('seed-001-pdf-cmap', 'source.pdf'));
    const count = (pages: Array<{ items?: Array<{ str: string }> }>): number =>
      pages.flatMap((p) => p.items ?? []).map((i) => i.str).join('').replace(/\s/g, '').length;
    const without = await extractPdfPages(bytes, { timeoutMs: 30_000, useCMaps: false });
    const withMaps = await extractPdfPages(bytes, { timeoutMs: 30_000 });
    expect(without.ok && withMaps.ok).toBe(true);
    if (!without.ok || !withMaps.ok) return;
    expect(count(without.pages)).toBeLessThan(50);
    expect(count(withMaps.pages)).toBeGreaterThan(18_000);
  });

  it('recovers text shown through the GBK-EUC-H CMap as well', async () => {
    const lines = ['2024年重点工作任务', '1.加快推进“一网通办”改革,全年新增ABC类事项30项。', '牵头单位:市政务服务管理局(数据资源局)'];
    const pdf = buildCmapPdf(lines, { header: '某某市人民政府办公室', cmap: 'GBK-EUC-H' });
    // One page: the header cannot be told from a title by repetition, so it stays; the page number goes.
    expect(paras(await pdfToBlocks(pdf, 'gbk.pdf'))).toEqual(['某某市人民政府办公室', ...lines]);
  });

  it('fails cleanly with a timeout reason when parsing takes too long', async () => {
    const bytes = readFileSync(fixture('seed-001-pdf-embedded', 'source.pdf'));
    const error = await inputError(pdfToBlocks(bytes, 'slow.pdf', { timeoutMs: 1 }));
    expect(error.reason).toBe('PDF took longer than 1 ms to parse (malformed or too complex); gave up');
    expect(error.message).toBe(`slow.pdf: ${error.reason}`);
  });

  it('builds lines by position: top to bottom, runs joined without spurious spaces', () => {
    const run = (str: string, x: number, y: number, width = 12 * [...str].length) => ({ str, x, y, width, size: 12 });
    const items = [
      run('— 1 —', 280, 800), // footer drawn first, as some producers do
      run('市', 100, 120),
      run('政府', 113.5, 120), // a justification gap inside Chinese: no space
      run('(', 139, 140.2, 4),
      run('“', 137.4, 140), // squeezed CJK punctuation drawn left of the bracket's end: stream order kept
      run('保交楼', 149.4, 140),
      run('牵头单位', 100, 100),
      run('smart', 300, 160, 30),
      run('city', 333, 160, 24), // Latin words split without a space character
      run('市发改委', 200, 100), // a column 4 em to the right of the label
      run('加快建设', 100, 180),
      run('加快建设', 100.3, 180), // fake bold: drawn twice
    ];
    expect(assembleLines(items)).toEqual(['牵头单位 市发改委', '市政府', '(“保交楼', 'smart city', '加快建设', '— 1 —']);
  });

  it('sorts a line drawn right to left back into reading order', () => {
    const run = (str: string, x: number) => ({ str, x, y: 100, width: 12 * str.length, size: 12 });
    expect(assembleLines([run('委', 136), run('改', 124), run('发', 112), run('市', 100)])).toEqual(['市发改委']);
  });

  it('recognises the page-number styles of Chinese documents', () => {
    for (const line of ['— 3 —', '- 12 -', '－3－', '第3页', '第 3 页 共 10 页', '3/10', '7']) expect(isPageNumberLine(line)).toBe(true);
    for (const line of ['3.加快建设', '2024年', '— 彭城七里', '(3)推进改革']) expect(isPageNumberLine(line)).toBe(false);
  });

  it('removes headers/footers repeated on most pages, normalises full-width letters and digits, joins hyphenated words', () => {
    const pages = [
      { num: 1, text: '某某市人民政府办公室文件\n一、总体要求\n１．加快ＡＩ应用，全年增长１０％\n第1页 共3页' },
      { num: 2, text: '某某市人民政府办公室文件\n牵头单位：市发改委\nsmart infra-\nstructure\n- 2 -' },
      { num: 3, text: '某某市人民政府办公室文件\n二、保障措施\n3' },
    ];
    expect(pdfPagesToBlocks(pages)).toEqual([
      { kind: 'para', text: '一、总体要求', page: 1 },
      { kind: 'para', text: '1．加快AI应用，全年增长10％', page: 1 },
      { kind: 'para', text: '牵头单位：市发改委', page: 2 },
      { kind: 'para', text: 'smart infrastructure', page: 2 },
      { kind: 'para', text: '二、保障措施', page: 3 },
    ]);
  });

  it('keeps a table header row repeated on every page once, but drops a running header in the margin everywhere', () => {
    const page = (num: number, body: string[]) => ({
      num,
      height: 842,
      items: [
        { str: '某某市人民政府办公室', x: 250, y: 40, width: 90, size: 9 }, // top margin band
        { str: '序号 工作任务 牵头单位', x: 72, y: 90, width: 200, size: 12 }, // body area: the table's header row
        ...body.map((str, i) => ({ str, x: 72, y: 110 + 20 * i, width: 12 * str.length, size: 12 })),
        { str: `— ${num} —`, x: 280, y: 780, width: 40, size: 14 },
      ],
    });
    const blocks = pdfPagesToBlocks([page(1, ['1 加快建设 市发改委']), page(2, ['2 推进改革 市财政局']), page(3, ['3 稳定就业 市人社局'])]);
    expect(paras(blocks)).toEqual(['序号 工作任务 牵头单位', '1 加快建设 市发改委', '2 推进改革 市财政局', '3 稳定就业 市人社局']);
  });

  it('keeps a bare number that is not at a page edge (a table value)', () => {
    const blocks = pdfPagesToBlocks([{ num: 1, text: '序号\n任务\n12\n加快建设\n市发改委' }]);
    expect(paras(blocks)).toEqual(['序号', '任务', '12', '加快建设', '市发改委']);
  });

  it('maps radicals and shared glyphs that PDF fonts report back to the characters printed', () => {
    const text = '\u2fb8\u2eda 政务公开 门\u6236网站 关于推进发展的通知 这项工作';
    expect(paras(pdfPagesToBlocks([{ num: 1, text }]))).toEqual(['首页 政务公开 门户网站 关于推进发展的通知 这项工作']);
    // In a traditional document 戶 is meant and stays.
    const traditional = '門戶網站 關於推進發展的通知 這項工作 經濟';
    expect(paras(pdfPagesToBlocks([{ num: 1, text: traditional }]))).toEqual([traditional]);
  });
});

describe('docx reader', () => {
  it('reads paragraphs and keeps a table with merged cells as a table', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('2024年重点工作任务分解表'),
            new Paragraph('一、稳增长'),
            new Table({
              rows: [
                new TableRow({
                  children: ['序号', '工作任务', '牵头单位'].map((t) => new TableCell({ children: [new Paragraph(t)] })),
                }),
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('1')], rowSpan: 2 }),
                    new TableCell({ children: [new Paragraph('加快项目建设')] }),
                    new TableCell({ children: [new Paragraph('市发改委')], rowSpan: 2 }),
                  ],
                }),
                new TableRow({ children: [new TableCell({ children: [new Paragraph('扩大有效投资')] })] }),
              ],
            }),
            new Paragraph('二、保障措施'),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const result = await readBytes(bytes, 'plan.docx');
    expect(result.format).toBe('docx');
    expect(result.encoding).toBeNull();
    expect(result.blocks).toEqual([
      { kind: 'para', text: '2024年重点工作任务分解表' },
      { kind: 'para', text: '一、稳增长' },
      {
        kind: 'table',
        rows: [
          ['序号', '工作任务', '牵头单位'],
          ['1', '加快项目建设', '市发改委'],
          ['1', '扩大有效投资', '市发改委'],
        ],
      },
      { kind: 'para', text: '二、保障措施' },
    ]);
  });

  it('reports a damaged .docx as such', async () => {
    const bytes = Buffer.from('PK\x03\x04\x14\x00\x00\x00word/document.xml garbage', 'latin1');
    expect((await inputError(readBytes(bytes, 'broken.docx'))).reason).toBe('corrupt or unreadable Word document (.docx)');
  });
});

describe('a forum anti-copy jammer in a text file (姜堰, 巍山 2015; corpus/status-bi, status-b)', () => {
  it('drops the runs of random ASCII and keeps the text, its words and its figures', async () => {
    const { textToBlocks } = await import('../src/readers/text.js');
    const lines = textToBlocks(
      [
        '" x& q0 d9 v, J( `( \\, H. {" v县道大中修工程,已完成建设任务的65%;6 k* `) b, R5 t" N',
        '3 ^8 v$ a7 ^: |0 Y/ M3 L. V',
        '注意:此稿已经过有关部门审核7 t7 W: X0 w7 @6 k. D',
        '新增LED 显示屏 PM2.5 和 PM10 监测点 3 5 8 10 个',
      ].join('\n'),
    ).map((b) => (b.kind === 'para' ? b.text : ''));
    // The jammer's first token glued to the text (65%;6) cannot be told from it, and stays.
    expect(lines).toEqual(['县道大中修工程,已完成建设任务的65%;6', '注意:此稿已经过有关部门审核', '新增LED 显示屏 PM2.5 和 PM10 监测点 3 5 8 10 个']);
  });
});

describe('paragraph breaks a scrape flattened into spaces (湛江 2004; corpus/mixed-aq)', () => {
  it('splits a line where a run of spaces follows a full stop, not between the cells of a flattened table', async () => {
    const { textToBlocks } = await import('../src/readers/text.js');
    const lines = textToBlocks('北桥公园。工程于2004年2月动工,计划在2004年10月1日前完工。   金沙湾观海长廊一期。目前已完成工程量的60%。\n4    开工建设九华山机场航站区改扩建工程。    市发展改革委').map((b) =>
      b.kind === 'para' ? b.text : '',
    );
    expect(lines).toEqual(['北桥公园。工程于2004年2月动工,计划在2004年10月1日前完工。', '金沙湾观海长廊一期。目前已完成工程量的60%。', '4    开工建设九华山机场航站区改扩建工程。    市发展改革委']);
  });
});
