/**
 * Every format offices publish, in one batch: legacy Word and WPS, Excel 97 sheets, CSV/TSV tables,
 * a scanned PDF and a PDF print of a progress table. Each is parsed, or named with the reason (and the
 * package to install) when the program it needs is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runBatch } from '../src/batch/run.js';
import { joinCjkSpaces, ocrTextToLines, repairHeadingNumbers, repairItemNumbers } from '../src/readers/ocr.js';
import { runWithTimeout } from '../src/readers/convert.js';
import { HEARTBEAT_MS, onHeartbeat } from '../src/util/heartbeat.js';
import { FIXTURES } from './support/batch.js';
import { imagesToPdf } from './support/scanned-pdf.js';

const ROOT = resolve(import.meta.dirname, '..');
const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const hasSoffice = has('soffice');
const hasTesseract = has('tesseract') && has('pdftoppm', '-v');
if (process.env.CI && (!hasSoffice || !hasTesseract)) {
  throw new Error('CI must have LibreOffice and Tesseract: .ci/run installs libreoffice-writer-nogui, libreoffice-calc-nogui, tesseract-ocr, tesseract-ocr-chi-sim');
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-formats-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Converts a fixture with LibreOffice, as an office would have saved it. */
function soffice(src: string, outDir: string, target: string, infilter?: string): string {
  mkdirSync(outDir, { recursive: true });
  const args = [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', target, '--outdir', outDir, src];
  const r = spawnSync('soffice', args, { stdio: 'ignore', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`soffice failed on ${src}`);
  const ext = target.split(':')[0]!;
  return join(outDir, readdirSync(outDir).find((f) => f.endsWith(`.${ext}`))!);
}

/** One page of seed 001 as a grey 200-dpi scan, no text layer. */
function scannedPage(dest: string): void {
  const dir = join(tmp, 'scan');
  mkdirSync(dir, { recursive: true });
  spawnSync('pdftoppm', ['-r', '200', '-gray', '-jpeg', '-f', '1', '-l', '1', join(FIXTURES, 'seed-001-pdf-embedded/source.pdf'), join(dir, 'p')]);
  const pages = readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort();
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, imagesToPdf(pages.map((p) => readFileSync(join(dir, p))), 200));
}

describe.skipIf(!hasSoffice || !hasTesseract)('a batch over every format offices publish (LibreOffice and Tesseract installed)', () => {
  let out: string;
  let summary: Awaited<ReturnType<typeof runBatch>>;
  let input: string;

  beforeAll(async () => {
    input = join(tmp, 'in');
    const made = join(tmp, 'made');
    const doc = soffice(join(FIXTURES, 'seed-001-html-utf8/source.html'), join(made, 'doc'), 'doc:MS Word 97');
    const xls = soffice(join(FIXTURES, 'seed-004-html-table/source.html'), join(made, 'xls'), 'xls:MS Excel 97', 'HTML (StarCalc)');
    mkdirSync(join(input, 'office'), { recursive: true });
    copyFileSync(doc, join(input, 'office/plan.doc'));
    // A WPS file is a Word 97 file under another name as far as LibreOffice is concerned.
    copyFileSync(doc, join(input, 'office/plan-copy.wps'));
    copyFileSync(xls, join(input, 'office/table.xls'));
    copyFileSync(join(FIXTURES, 'progress-tsv-chizhou/source.txt'), join(input, 'office/chizhou.tsv'));
    const quoted = (line: string) => line.split('\t').map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
    writeFileSync(join(input, 'office/chizhou.csv'), readFileSync(join(FIXTURES, 'progress-tsv-chizhou/source.txt'), 'utf8').split('\n').map(quoted).join('\n'));
    writeFileSync(join(input, 'office/broken.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]));
    scannedPage(join(input, 'scan/plan-page1.pdf'));
    out = join(tmp, 'out');
    summary = await runBatch({ inputs: [input], out, quiet: true, jobs: 2 });
  }, 900_000);

  it('parses the .doc, .wps and .xls through LibreOffice, marking the source', () => {
    const plan = JSON.parse(readFileSync(join(out, 'office/plan.json'), 'utf8'));
    expect(plan.source.via).toBe('libreoffice');
    expect(plan.tasks.length).toBeGreaterThanOrEqual(150);
    const table = JSON.parse(readFileSync(join(out, 'office/table.json'), 'utf8'));
    expect(table.kind).toBe('progress');
    expect(table.tasks).toHaveLength(110);
    // The .wps holds the .doc's bytes: one document, two sources.
    expect(summary.files.duplicates).toBeGreaterThanOrEqual(1);
  });

  it('parses .csv and .tsv tables', () => {
    for (const name of ['chizhou.csv', 'chizhou.tsv']) {
      const doc = JSON.parse(readFileSync(join(out, `office/${name}.json`), 'utf8'));
      expect(doc.kind, name).toBe('progress');
      expect(doc.tasks.length, name).toBeGreaterThan(5);
    }
  });

  it('reads the scanned page through OCR, marked as OCR with a warning', () => {
    const scan = JSON.parse(readFileSync(join(out, 'scan/plan-page1.json'), 'utf8'));
    expect(scan.source.via).toBe('ocr');
    expect(scan.warnings[0].code).toBe('ocr-text');
    // Page 1 of seed 001: the notice's title and its first tasks.
    expect(scan.title).toBe('市政府关于印发2024年政府工作报告主要目标任务分解方案的通知');
    expect(scan.tasks.length).toBeGreaterThanOrEqual(3);
  });

  it('fails no good file, and does not pass over the damaged .doc silently', () => {
    const lines = (name: string) => readFileSync(join(out, name), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string });
    const errors = lines('errors.jsonl').map((e) => e.file);
    expect(errors.filter((f) => !f.endsWith('broken.doc'))).toEqual([]);
    // LibreOffice either refuses the damaged file (a failure) or imports its bytes as text (a document that warns).
    const named = [...errors, ...lines('warnings.jsonl').map((w) => w.file)];
    expect(named).toContain(join(input, 'office/broken.doc'));
  });
});

describe('a conversion program that runs long', () => {
  it("beats while it runs, so a batch does not take the file for hung before the program's own deadline", async () => {
    let beats = 0;
    onHeartbeat(() => beats++);
    try {
      const r = await runWithTimeout('slow.doc', 'sh', ['-c', 'sleep 3'], 60_000, 'a slow conversion');
      expect(r.code).toBe(0);
      expect(beats).toBeGreaterThanOrEqual(1);
      const after = beats;
      await new Promise((done) => setTimeout(done, 2 * HEARTBEAT_MS + 100));
      expect(beats).toBe(after);
    } finally {
      onHeartbeat(null);
    }
  }, 120_000);
});

describe.skipIf(!has('pdftoppm', '-v'))('without LibreOffice or Tesseract (pdftoppm makes the scan)', () => {
  it('names the Debian package to install, in one line, exit 2', () => {
    const dir = join(tmp, 'bare');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0)]));
    // Programs that do not exist stand for a machine without LibreOffice or Tesseract.
    const env = { ...process.env, TASKGEN_SOFFICE: join(dir, 'no-soffice'), TASKGEN_TESSERACT: join(dir, 'no-tesseract') };
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), 'parse', join(dir, 'a.doc')], { cwd: ROOT, encoding: 'utf8', env });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/a\.doc: .*needs LibreOffice.*apt-get install libreoffice-writer-nogui/)]);
    const scan = join(dir, 'scan.pdf');
    scannedPage(scan);
    const ocr = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), 'parse', scan], { cwd: ROOT, encoding: 'utf8', env });
    expect(ocr.status).toBe(2);
    expect(ocr.stderr.trim().split('\n')).toEqual([expect.stringMatching(/scan\.pdf: scanned PDF, no text layer.*apt-get install tesseract-ocr tesseract-ocr-chi-sim/)]);
  });

  it('joins the spaces Tesseract puts between Chinese characters, keeping those between Latin words', () => {
    expect(joinCjkSpaces('市 发 展 改 革 委 牵头 2024 年 GDP growth')).toBe('市发展改革委牵头2024年GDP growth');
    // Beside curly quotes and punctuation, inside a bracket, and between a task number and its dot (seed 001 scan).
    expect(joinCjkSpaces('坚持“两个毫不动摇” ,推进')).toBe('坚持“两个毫不动摇”,推进');
    expect(joinCjkSpaces('构建“5+X ”未来产业体系')).toBe('构建“5+X”未来产业体系');
    expect(joinCjkSpaces('“政企交融汇 ),市工信局( 拖欠账款清理)')).toBe('“政企交融汇),市工信局(拖欠账款清理)');
    expect(joinCjkSpaces('60 .推广应用\n7 、加快')).toBe('60.推广应用\n7、加快');
    expect(joinCjkSpaces('a' + ' '.repeat(100_000) + 'b')).toBe('a' + ' '.repeat(100_000) + 'b');
  });

  it('puts back the bracketed heading numbers that OCR merges into one glyph, by the sequence or the numeral left', () => {
    // Lines as Tesseract read seed 001's scan (300 dpi): （二） as 全), （三） as 人三), 八、 as 八。, （一） as 亿).
    const lines = ['二、突出项目为王', '(一)抓实项目招引建设', '11.开展招商引资。', '全)扩容升级消费需求', '15.推进国际消费中心城市建设。', '人三)增强经营主体信心', '19.珍惜每一家经营主体。', '八。突出塑形铸魂', '亿)赓续历史文化根脉'];
    expect(repairHeadingNumbers(lines)).toEqual(['二、突出项目为王', '(一)抓实项目招引建设', '11.开展招商引资。', '(二)扩容升级消费需求', '15.推进国际消费中心城市建设。', '(三)增强经营主体信心', '19.珍惜每一家经营主体。', '八、突出塑形铸魂', '(一)赓续历史文化根脉']);
  });

  it('leaves a wrapped bracket, a bracket in a sentence and text outside an outline as they are', () => {
    const wrapped = ['一、总体要求', '(一)目标', '牵头单位:市交通运输局;责任单位:相关县(市、', '区)政府及管委会', '(市)、铜山区政府', '安全)生产', '监测):责任单位'];
    expect(repairHeadingNumbers(wrapped)).toEqual(wrapped);
    expect(repairHeadingNumbers(['全)扩容升级消费需求'])).toEqual(['全)扩容升级消费需求']);
  });

  it('puts back item numbers (1) and (4) that OCR reads as (, (G), () or (4, where the list shows them', () => {
    // Lines as Tesseract read seed 002's scan (300 dpi).
    const lines = ['1.高标准建设创新平台', '(根据园区发展需求,统筹推进机构设置和职能配置优化协同高效。', '牵头责任单位:高新区管委会。', '(2)做好国家金库高新区国库运营。', '(3)探索多元产业发展平台。', '(4提升“三园一体”发展质量,加快省级农业科技园区建设。', '2.推进项目建设', '(G)顺应消费需求新变化,多渠道增加高效服务和优质产品供给。', '(2)推动消费回升。'];
    expect(repairItemNumbers(lines)).toEqual(['1.高标准建设创新平台', '(1)根据园区发展需求,统筹推进机构设置和职能配置优化协同高效。', '牵头责任单位:高新区管委会。', '(2)做好国家金库高新区国库运营。', '(3)探索多元产业发展平台。', '(4)提升“三园一体”发展质量,加快省级农业科技园区建设。', '2.推进项目建设', '(1)顺应消费需求新变化,多渠道增加高效服务和优质产品供给。', '(2)推动消费回升。']);
  });

  it('leaves a bracket that is not a lost item number: closed on its line, a wrap, no list, another number', () => {
    const lines = [
      '1.总体要求',
      '(此件公开发布)',
      '(根据园区发展需求统筹推进机构设置)',
      '牵头单位:市交通运输局;责任单位:相关县(市、',
      '(区)政府及各管委会负责落实到位',
      '(根据园区发展需求,统筹推进机构设置和职能配置优化协同高效。',
      '2.推进工作',
      '(7加强督查考核,确保各项任务按期完成。',
      '(2)推动消费回升。',
    ];
    expect(repairItemNumbers(lines)).toEqual(lines);
  });

  it('reads page texts into lines across page breaks: page numbers dropped, a wrapped bracket still seen as open', () => {
    const pages = ['一、总体要求\n(一)目标\n1.建设 项目。\n牵头单位:市交通运输局;责任单位:相关县(市、\n- 1 -', '区)政府及管委会\n全)任务\n2.推进工作。\n- 2 -', '3.完成 任务。\n- 3 -'];
    expect(ocrTextToLines(pages)).toEqual(['一、总体要求', '(一)目标', '1.建设项目。', '牵头单位:市交通运输局;责任单位:相关县(市、', '区)政府及管委会', '(二)任务', '2.推进工作。', '3.完成任务。']);
  });
});
