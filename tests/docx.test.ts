/**
 * The Word notice read back the way a person (mammoth: the text in order) and
 * a typesetter (word/document.xml: page setup in twips, fonts, spacing) would.
 */
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { renderNotice, renderPlan } from '../src/render/index.js';
import { buildNoticeView } from '../src/render/view.js';
import { GOLD, goldDocument, readGold } from './support/gold-documents.js';

/** Minimal ZIP reader: central directory → local header → stored or deflated bytes. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

function attr(xml: string, element: string, name: string): string | undefined {
  const el = new RegExp(`<w:${element}\\b[^>]*>`).exec(xml)?.[0];
  return el ? new RegExp(`w:${name}="([^"]*)"`).exec(el)?.[1] : undefined;
}

const doc = goldDocument(GOLD.notice000, { period: '一季度' });
const gold = readGold(GOLD.notice000);
const docxPromise = renderNotice(doc, 'docx', { date: '2021-04-21' }) as Promise<Buffer>;

describe('Word notice read back with mammoth', () => {
  it('has the title, every unit heading and all appendix rows, in order', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: await docxPromise });
    const paras = text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(paras[0]).toBe('关于2021年《市政府工作报告》重点目标任务一季度完成情况的通报');

    const view = buildNoticeView(doc);
    let at = 0;
    const next = (p: string) => {
      const i = paras.indexOf(p, at);
      expect(i, `"${p}" after paragraph ${at}`).toBeGreaterThanOrEqual(at);
      at = i + 1;
    };
    // The headings as the seed prints them: 17 units, counts 8,5,3,… (FORMAT gold lagging list).
    gold.lagging.forEach((g, i) => {
      next(`${view.groups[i]!.ordinal}${g.unit}（${g.items.length}项）`);
      g.items.forEach((item, k) => next(`${k + 1}.${item}`));
    });
    next('附件：2021年《市政府工作报告》重点目标任务完成情况清单');
    next('宿州市政府办公室');
    next('2021年4月21日');
    next('附件');
    next('序号');
    next('牵头责任单位');
    gold.tasks.forEach((t, i) => {
      next(String(i + 1));
      next(t.text);
    });
  });
});

describe('Word notice page setup (word/document.xml)', () => {
  it('is A4 with GB/T 9704 margins in twips', async () => {
    const xml = unzip(await docxPromise).get('word/document.xml')!.toString('utf8');
    const sect = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(xml)![0];
    expect(attr(sect, 'pgSz', 'w')).toBe('11906'); // 210 mm
    expect(attr(sect, 'pgSz', 'h')).toBe('16838'); // 297 mm
    expect(attr(sect, 'pgMar', 'top')).toBe('2098'); // 37 mm
    expect(attr(sect, 'pgMar', 'bottom')).toBe('1984'); // 35 mm
    expect(attr(sect, 'pgMar', 'left')).toBe('1587'); // 28 mm
    expect(attr(sect, 'pgMar', 'right')).toBe('1474'); // 26 mm
    // 156 mm text width: 11906 − 1587 − 1474 = 8845 twips ≈ 156.0 mm
    expect((11906 - 1587 - 1474) / 56.6929).toBeCloseTo(156, 0);
    // No line grid (type absent = Word's "no grid"): the body's exact 29 pt spacing gives the 22 lines, and a grid
    // would snap the appendix table's short lines and a wrapped title to 29 pt each.
    expect(attr(sect, 'docGrid', 'type')).toBeUndefined();
    expect(sect).toMatch(/<w:footerReference w:type="default"/);
    expect(sect).toMatch(/<w:footerReference w:type="even"/);
  });

  it('sets the title, body and heading fonts per run, Latin in Times New Roman', async () => {
    const xml = unzip(await docxPromise).get('word/document.xml')!.toString('utf8');
    const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    const find = (text: string) => paragraphs.find((p) => p.includes(`>${text}</w:t>`))!;
    // Two lines broken after 》 (GB/T 9704 7.3.1: words kept whole), not where 20 characters run out (…任 / 务…).
    const title = find('关于2021年《市政府工作报告》');
    expect(title).toMatch(/>关于2021年《市政府工作报告》<\/w:t><\/w:r><w:r>[\s\S]*?<w:br\/>[\s\S]*?>重点目标任务一季度完成情况的通报<\/w:t>/);
    expect(attr(title, 'rFonts', 'eastAsia')).toBe('方正小标宋简体');
    expect(attr(title, 'rFonts', 'ascii')).toBe('Times New Roman');
    expect(attr(title, 'rFonts', 'hAnsi')).toBe('Times New Roman');
    expect(attr(title, 'sz', 'val')).toBe('44'); // 22 pt
    expect(attr(title, 'jc', 'val')).toBe('center');

    const heading = find('（一）市发展改革委（8项）');
    expect(attr(heading, 'rFonts', 'eastAsia')).toBe('楷体_GB2312');
    const item = find('2.12完成投资低于序时进度。');
    expect(attr(item, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(item, 'rFonts', 'ascii')).toBe('Times New Roman');
    expect(attr(item, 'sz', 'val')).toBe('32'); // 16 pt
    expect(attr(item, 'spacing', 'line')).toBe('580'); // ≈ 29 pt fixed
    expect(attr(item, 'spacing', 'lineRule')).toBe('exact');
    expect(attr(item, 'ind', 'firstLine')).toBe('640'); // two 16 pt characters

    for (const text of ['宿州市政府办公室', '2021年4月21日']) expect(attr(find(text), 'jc', 'val')).toBe('right');
  });

  it('has a real appendix table whose first row repeats as header', async () => {
    const xml = unzip(await docxPromise).get('word/document.xml')!.toString('utf8');
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.filter((r) => r.includes('<w:tblHeader/>'))).toHaveLength(1);
    // header + 128 tasks + 7 chapter rows + the (一)… section rows of the appendix
    const sectionRows = rows.filter((r) => r.includes('w:gridSpan w:val="5"'));
    expect(rows.length - 1 - sectionRows.length).toBe(128);
  });

  it('numbers pages — N — in 14 pt 宋体, odd pages right and even pages left', async () => {
    const files = unzip(await docxPromise);
    expect(files.get('word/settings.xml')!.toString('utf8')).toContain('<w:evenAndOddHeaders/>');
    const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
    const xml = files.get('word/document.xml')!.toString('utf8');
    const footerFor = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(xml)![1]!;
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
      return files.get(`word/${target[1] ?? target[2]}`)!.toString('utf8');
    };
    const odd = footerFor('default');
    const even = footerFor('even');
    expect(attr(odd, 'jc', 'val')).toBe('right');
    expect(attr(even, 'jc', 'val')).toBe('left');
    for (const f of [odd, even]) {
      expect(f).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
      expect(attr(f, 'rFonts', 'eastAsia')).toBe('宋体');
      expect(attr(f, 'sz', 'val')).toBe('28');
    }
  });
});

describe('Word plan', () => {
  it('prints headings in 黑体/楷体 and every task with its unit line', async () => {
    const plan = goldDocument(GOLD.plan001);
    const buf = (await renderPlan(plan, 'docx')) as Buffer;
    const { value: text } = await mammoth.extractRawText({ buffer: buf });
    const paras = text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(paras[0]).toBe('2024年政府工作报告主要目标任务分解方案');
    expect(paras.filter((p) => p.startsWith('牵头单位：'))).toHaveLength(150);
    const xml = unzip(buf).get('word/document.xml')!.toString('utf8');
    const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    const h1 = paragraphs.find((p) => p.includes('>二、突出以进促稳,不断做大经济总量<'))!;
    expect(attr(h1, 'rFonts', 'eastAsia')).toBe('黑体');
    const h2 = paragraphs.find((p) => p.includes('>（一）抓实项目招引建设<'))!;
    expect(attr(h2, 'rFonts', 'eastAsia')).toBe('楷体_GB2312');
  });
});

describe('scraped control characters', () => {
  it('are dropped so Word can open the file; the text around them stays', async () => {
    const dirty = goldDocument(GOLD.notice000, { period: '一季度' });
    dirty.tasks[0]!.text = '加快\u0001省市两级\u000B战新基地发展\uFFFF';
    dirty.tasks[0]!.progress = '第一行\u0008\n第二行\uD800';
    const buf = (await renderNotice(dirty, 'docx')) as Buffer;
    const xml = unzip(buf).get('word/document.xml')!.toString('utf8');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).toContain('>加快省市两级战新基地发展</w:t>');
    // Progress lines share one cell paragraph, separated by line breaks.
    expect(xml).toMatch(/>第一行<\/w:t><\/w:r><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/><w:t xml:space="preserve">第二行</);
    const { value } = await mammoth.extractRawText({ buffer: buf });
    expect(value).toContain('加快省市两级战新基地发展');
  });
});

describe('issue 11: a notice an office can send', () => {
  const doc = goldDocument(GOLD.notice000, { period: '一季度' });
  const options = {
    date: '2021-04-21',
    header: '宿州市人民政府办公室文件',
    docNumber: '宿政办秘〔2021〕12号',
    to: '各县、区人民政府，市政府各部门',
    closing: '请各单位于5月10日前报送整改情况。',
  };

  it('prints the red head, 文号, 主送机关 and the closing paragraph in order', async () => {
    const files = unzip((await renderNotice(doc, 'docx', options)) as Buffer);
    const xml = files.get('word/document.xml')!.toString('utf8');
    const order = ['宿州市人民政府办公室文件', '宿政办秘〔2021〕12号', '关于2021年', '各县、区人民政府，市政府各部门：', '经督查', '请各单位于5月10日前报送整改情况。', '附件：'];
    const at = order.map((t) => xml.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const head = (xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).find((p) => p.includes('宿州市人民政府办公室文件'))!;
    expect(attr(head, 'color', 'val')).toBe('E60012');
    const number = (xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).find((p) => p.includes('宿政办秘'))!;
    expect(number).toMatch(/<w:pBdr><w:bottom [^>]*w:color="E60012"/);
  });

  it('names every font with its fallback in word/fontTable.xml', async () => {
    const table = unzip((await renderNotice(doc, 'docx', options)) as Buffer).get('word/fontTable.xml')!.toString('utf8');
    const alt = (name: string) => new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"/>`).exec(table)?.[1];
    expect(alt('方正小标宋简体')).toBe('华文中宋');
    expect(alt('华文中宋')).toBe('宋体');
    expect(alt('仿宋_GB2312')).toBe('仿宋');
    expect(alt('仿宋')).toBe('FangSong');
    expect(alt('楷体_GB2312')).toBe('楷体');
    expect(alt('黑体')).toBe('SimHei');
    expect(table).toContain('<w:font w:name="Times New Roman">');
  });

  it('sets the appendix table on its own exact 12 pt line and keeps 状态 words whole', async () => {
    const files = unzip((await renderNotice(doc, 'docx', options)) as Buffer);
    const styles = files.get('word/styles.xml')!.toString('utf8');
    const tableStyle = /<w:style [^>]*w:styleId="TableText"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(attr(tableStyle, 'spacing', 'line')).toBe('241'); // 10.5 pt × 1.15 ≈ 12 pt (twips)
    expect(attr(tableStyle, 'spacing', 'lineRule')).toBe('exact');
    const xml = files.get('word/document.xml')!.toString('utf8');
    // 无实质性进展 is broken after 无实质性, never inside a word.
    expect(xml).toMatch(/>无实质性<\/w:t><\/w:r><w:r>[\s\S]{0,400}?<w:br\/>[\s\S]{0,80}?>进展<\/w:t>/);
  });

  it('fits the appendix columns to the rows and keeps 状态 four table characters wide', async () => {
    const xml = unzip(await docxPromise).get('word/document.xml')!.toString('utf8');
    const grid = [...(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(xml)![1]!.matchAll(/w:w="(\d+)"/g))].map((m) => Number(m[1]));
    expect(grid).toHaveLength(5);
    // The columns fill the 156 mm text block (8,845 twips) exactly.
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8845);
    // 状态: four 10.5 pt characters (4 × 210 twips) plus both 2.5 pt cell margins.
    expect(grid[3]).toBeGreaterThanOrEqual(4 * 210 + 100);
    expect(grid[3]).toBeLessThan(5 * 210 + 100);
    // 完成情况 carries about three times the text of 目标任务 in seed 000, so it is the widest column.
    expect(grid[2]).toBeGreaterThan(grid[1]!);
  });

  it('breaks a title too long for one line at a phrase boundary, into lines as even as it can', async () => {
    const { titleLines, charsPerLine } = await import('../src/render/title-lines.js');
    // 156 mm holds 20 characters of 22 pt and 24 of 18 pt.
    expect([charsPerLine(156, 22), charsPerLine(156, 18)]).toEqual([20, 24]);
    expect(titleLines('关于2021年《市政府工作报告》重点目标任务一季度完成情况的通报', 20)).toEqual([
      '关于2021年《市政府工作报告》',
      '重点目标任务一季度完成情况的通报',
    ]);
    // 24 characters in a 24-character line: LibreOffice left 「单」 alone on a second line; broken after 》 instead.
    expect(titleLines('2021年《市政府工作报告》重点目标任务完成情况清单', 24)).toEqual(['2021年《市政府工作报告》', '重点目标任务完成情况清单']);
    // 重点 stays with what it qualifies.
    expect(titleLines('关于2020年市政府重点工作任务分解方案的通知', 20)).toEqual(['关于2020年市政府', '重点工作任务分解方案的通知']);
    expect(titleLines('2024年市政府重点工作任务分解方案', 20)).toEqual(['2024年市政府重点工作任务分解方案']);
    // No boundary gives two lines that fit: left whole for the typesetter to wrap.
    const long = '关于印发宿州市2021年国民经济和社会发展计划重点目标任务责任分工的通知';
    expect(titleLines(long, 20)).toEqual([long]);
  });

  it('chooses the column widths with the fewest total row lines', async () => {
    const { fitFreeColumns, cellLines } = await import('../src/render/fit-columns.js');
    // Long tasks beside short progress: a wide 目标任务 column saves lines.
    const wideText = Array.from({ length: 10 }, () => ({ text: ['字'.repeat(40)], progress: ['进展'], units: ['市财政局'] }));
    const a = fitFreeColumns(wideText, 30);
    expect(a.text + a.progress + a.units).toBe(30);
    expect(a.text).toBeGreaterThan(a.progress);
    // 40 characters take 3 lines from 14 to 18 (the most: 30 − 8 − 4) characters and 4 at 13; of the
    // equally short layouts the one with the widest 完成情况 is kept.
    expect(a).toEqual({ text: 14, progress: 12, units: 4 });
    expect(cellLines(['字'.repeat(40)], a.text)).toBe(3);
    // The reverse: long progress, short tasks.
    const wideProgress = Array.from({ length: 10 }, () => ({ text: ['任务'], progress: ['字'.repeat(40), '字'.repeat(10)], units: ['市财政局'] }));
    const b = fitFreeColumns(wideProgress, 30);
    expect(b.progress).toBeGreaterThan(b.text);
    // Each progress line wraps on its own: 40 → 2 lines at 20 characters and 10 → 1.
    expect(cellLines(['字'.repeat(40), '字'.repeat(10)], 20)).toBe(3);
    // Half-width digits and letters count half a character.
    expect(cellLines(['2021年GDP增长8.5%'], 8)).toBe(2);
  });

  it('a style file moves margins and fonts', async () => {
    const { mergeStyle } = await import('../src/writers/docx-style.js');
    const style = mergeStyle({ margins: { top: 30 }, fonts: { body: '仿宋' }, sizes: { table: 12 } });
    const files = unzip((await renderNotice(doc, 'docx', { ...options, style })) as Buffer);
    const xml = files.get('word/document.xml')!.toString('utf8');
    const sect = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(xml)![0];
    expect(attr(sect, 'pgMar', 'top')).toBe('1701'); // 30 mm
    expect(attr(sect, 'pgMar', 'left')).toBe('1587'); // unchanged 28 mm
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).not.toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('<w:sz w:val="24"/>'); // 12 pt table text
  });
});
