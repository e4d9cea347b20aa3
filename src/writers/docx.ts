/**
 * Word output laid out per GB/T 9704-2012 (党政机关公文格式): A4 with a
 * 156 × 225 mm text block, 22 lines × 28 characters, title in 小标宋, body in
 * 仿宋_GB2312, 「一、」headings in 黑体 and 「（一）」in 楷体, Latin and digits in
 * Times New Roman, page numbers 「— N —」 outside on alternate sides.
 * Margins, fonts and sizes come from a DocxStyle (defaults: the standard), so
 * an office can adjust them with `--style` without a template.
 * Built with the `docx` package; only the font table is rewritten afterwards
 * (see docx-fonts.ts), because the package writes it for embedded fonts only.
 */
// docx 9.7.0 ships typings whose relative re-exports have no file extension;
// under `moduleResolution: NodeNext` they resolve to nothing, so the package
// looks empty to tsc. The few constructors used here are declared below.
import * as docxModule from 'docx';
import type { NoticeView, PlanView, TableRow as ViewRow } from '../render/view.js';
import { DEFAULT_STYLE, type DocxStyle } from './docx-style.js';
import { withFontTable } from './docx-fonts.js';
import { appendixColumnWidths } from '../render/fit-columns.js';
import { printedWidth } from '../render/printed-width.js';
import { titleLines } from '../render/title-lines.js';
import { statusCellLines } from '../render/status.js';

/** 1 mm in twips (1/1440 inch). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

const A4 = { width: 11906, height: 16838 } as const;

/** Everything the writer measures, derived once from a style. Sizes in half-points, lengths in twips. */
interface Layout {
  style: DocxStyle;
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number; footer: number };
  textWidth: number;
  /** The body line pitch: text block height / lines per page (29 pt for 225 mm and 22 lines). */
  pitch: number;
  /** One body character, the unit of 「空二字」. */
  char: number;
  half: { title: number; body: number; table: number; appendixTitle: number; pageNumber: number; header: number };
  /** Exact line height of table text: single spacing for its size, not the body pitch. */
  tableLine: number;
}

export function layoutFor(style: DocxStyle = DEFAULT_STYLE): Layout {
  const m = style.margins;
  const page = {
    ...A4,
    top: mmToTwips(m.top),
    bottom: mmToTwips(m.bottom),
    left: mmToTwips(m.left),
    right: mmToTwips(m.right),
    // The page number sits 7 mm below the text block: bottom margin − 7 mm to its top, minus one 14 pt line.
    footer: Math.max(0, mmToTwips(m.bottom - 7) - style.sizes.pageNumber * 20),
  };
  const blockHeight = A4.height - page.top - page.bottom;
  const half = (pt: number) => Math.round(pt * 2);
  return {
    style,
    page,
    textWidth: A4.width - page.left - page.right,
    pitch: Math.round(blockHeight / style.linesPerPage),
    char: Math.round(style.sizes.body * 20),
    half: {
      title: half(style.sizes.title),
      body: half(style.sizes.body),
      table: half(style.sizes.table),
      appendixTitle: half(style.sizes.appendixTitle),
      pageNumber: half(style.sizes.pageNumber),
      header: half(style.sizes.header),
    },
    // 1.15 × the size (12 pt for 五号): single spacing as Word sets 仿宋; Noto CJK's own "single" is ~1.45 and would waste a fifth.
    tableLine: Math.round(style.sizes.table * 20 * 1.15),
  };
}

type Options = Record<string, unknown>;
interface DocxObject {
  readonly __docx?: never;
}
type Paragraph = DocxObject;
type Table = DocxObject;
type TableCell = DocxObject;
type TextRun = DocxObject;
type Footer = DocxObject;
type Document = DocxObject;
type IParagraphOptions = Options;
interface DocxApi {
  AlignmentType: { LEFT: string; RIGHT: string; CENTER: string; JUSTIFIED: string };
  LineRuleType: { EXACT: string; AUTO: string };
  PageOrientation: { PORTRAIT: string };
  TableLayoutType: { FIXED: string };
  WidthType: { DXA: string };
  PageNumber: { CURRENT: string };
  BorderStyle: { SINGLE: string };
  VerticalAlign: { CENTER: string; TOP: string };
  Document: new (options: Options) => Document;
  Footer: new (options: Options) => Footer;
  Paragraph: new (options: Options) => Paragraph;
  PageBreak: new () => DocxObject;
  Table: new (options: Options) => Table;
  TableRow: new (options: Options) => DocxObject;
  TableCell: new (options: Options) => TableCell;
  TextRun: new (options: Options) => TextRun;
  Packer: { toBuffer(doc: Document): Promise<Buffer> };
}
const {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} = docxModule as unknown as DocxApi;

/**
 * Characters XML 1.0 forbids (C0 controls other than tab/newline, U+FFFE/FFFF,
 * unpaired surrogates) turn up in scraped text; a single one makes Word refuse
 * the whole file, so they are dropped.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/**
 * The writer for one document: a layout plus the paragraph and table builders
 * that use it. A class only to carry the layout; each method is one element of
 * a 公文.
 */
class OfficialWriter {
  constructor(readonly L: Layout) {}

  get fonts() {
    return this.L.style.fonts;
  }

  /** Chinese text in the document font, Latin letters and digits in the Latin font, on every run. */
  fontFor(eastAsia: string) {
    const latin = this.fonts.latin;
    return { eastAsia, ascii: latin, hAnsi: latin, cs: latin };
  }

  run(text: string, eastAsia: string = this.fonts.body, size: number = this.L.half.body, extra: Options = {}): TextRun {
    return new TextRun({ text: xmlSafe(text), font: this.fontFor(eastAsia), size, ...extra });
  }

  get fixedLine() {
    return { line: this.L.pitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  }

  body(text: string, eastAsia: string = this.fonts.body, extra: Partial<IParagraphOptions> = {}): Paragraph {
    return new Paragraph({
      children: [this.run(text, eastAsia)],
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: 2 * this.L.char },
      spacing: this.fixedLine,
      ...extra,
    });
  }

  blank(): Paragraph {
    return new Paragraph({ children: [this.run('')], spacing: this.fixedLine });
  }

  /**
   * 2号小标宋, centred; a title that wraps keeps one body line between its
   * lines (exact pitch: a 22 pt line on "auto" spacing takes two), and one
   * blank line separates it from what follows (主送机关 or the text).
   */
  title(text: string): Paragraph {
    return new Paragraph({
      children: this.titleRuns(text, this.L.half.title),
      alignment: AlignmentType.CENTER,
      spacing: { line: this.L.pitch, lineRule: LineRuleType.EXACT, before: 0, after: this.L.pitch },
    });
  }

  /** A title's lines (see titleLines) in 小标宋 of `size` half-points, joined by line breaks. */
  titleRuns(text: string, size: number): TextRun[] {
    const lines = titleLines(text, Math.floor(this.L.textWidth / (size * 10)));
    return lines.map((l, i) => this.run(l, this.fonts.title, size, i > 0 ? { break: 1 } : {}));
  }

  /**
   * 发文机关标志 (red, centred, 35 mm below the top of the text block), then
   * 发文字号 centred two lines below it, then the red separator 4 mm under the
   * 字号, then two blank lines before the title (GB/T 9704-2012 7.2).
   */
  redHead(header: string, docNumber: string): Paragraph[] {
    const color = this.L.style.redHead.color;
    const out: Paragraph[] = [];
    if (header) {
      out.push(
        new Paragraph({
          children: [this.run(header, this.fonts.title, this.L.half.header, { color })],
          alignment: AlignmentType.CENTER,
          spacing: { before: mmToTwips(35) - this.L.pitch, after: this.L.pitch, line: Math.round(this.L.half.header * 10 * 1.3), lineRule: LineRuleType.EXACT },
        }),
      );
    }
    out.push(
      new Paragraph({
        children: [this.run(docNumber)],
        alignment: AlignmentType.CENTER,
        spacing: { ...this.fixedLine, after: 2 * this.L.pitch },
        // The separator line is this paragraph's bottom border, as wide as the text block.
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color, space: 11 } },
      }),
    );
    return out;
  }

  /** 主送机关: under the title, flush left, ending with a full-width colon. */
  addressee(to: string): Paragraph {
    return new Paragraph({ children: [this.run(to)], alignment: AlignmentType.LEFT, spacing: this.fixedLine });
  }

  /**
   * 发文机关署名 and 成文日期: the date 右空四字; the issuer centred over the date,
   * or, when the issuer is the longer line, 右空二字 with the date centred under it.
   */
  signature(issuer: string, date: string): Paragraph[] {
    const C = this.L.char;
    const iw = printedWidth(issuer);
    const dw = printedWidth(date);
    let issuerRight: number;
    let dateRight: number;
    if (!date || iw >= dw) {
      issuerRight = 2 * C;
      dateRight = 2 * C + Math.round(((iw - dw) / 2) * C);
    } else {
      dateRight = 4 * C;
      issuerRight = 4 * C + Math.round(((dw - iw) / 2) * C);
    }
    const out: Paragraph[] = [this.blank(), this.blank()];
    const line = (text: string, right: number) =>
      new Paragraph({ children: [this.run(text)], alignment: AlignmentType.RIGHT, indent: { right }, spacing: this.fixedLine });
    if (issuer) out.push(line(issuer, issuerRight));
    if (date) out.push(line(date, dateRight));
    return out;
  }

  /** 「— N —」 in 4号宋体, one character in from the outer edge. */
  pageNumberFooter(side: 'right' | 'left'): Footer {
    const size = this.L.half.pageNumber;
    return new Footer({
      children: [
        new Paragraph({
          alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'right' ? { right: size * 10 } : { left: size * 10 },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: this.fontFor(this.fonts.pageNumber), size })],
        }),
      ],
    });
  }

  document(title: string, children: (Paragraph | Table)[]): Document {
    const { page } = this.L;
    return new Document({
      creator: 'taskgen',
      title,
      evenAndOddHeaderAndFooters: true,
      styles: {
        default: {
          // zh-CN on every run: without it a viewer lacking the named fonts picks its Japanese CJK face.
          document: { run: { font: this.fontFor(this.fonts.body), size: this.L.half.body, language: { value: 'en-US', eastAsia: 'zh-CN' } } },
        },
        paragraphStyles: [
          {
            id: TABLE_TEXT_STYLE,
            name: 'Table Text',
            basedOn: 'Normal',
            run: { font: this.fontFor(this.fonts.body), size: this.L.half.table },
            paragraph: { spacing: { line: this.L.tableLine, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
          },
        ],
      },
      sections: [
        {
          properties: {
            page: {
              size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT },
              margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right, footer: page.footer, header: mmToTwips(15) },
            },
            // No line grid: body paragraphs carry the 22-line pitch as exact spacing, and a grid would snap the
            // appendix table's 13 pt lines (and a wrapped title's lines) to 29 pt each — 68 pages instead of ~20.
          },
          // Odd pages carry the number on the right, even pages on the left.
          footers: { default: this.pageNumberFooter('right'), even: this.pageNumberFooter('left') },
          children,
        },
      ],
    });
  }

  /**
   * Table text: spacing comes from the TableText style, so a 2,000-row table
   * does not repeat it in every cell; fonts stay on every run. One paragraph
   * per cell with line breaks between lines: the packer's cost grows with the
   * number of paragraphs.
   */
  cell(lines: string[], opts: { eastAsia?: string; center?: boolean; span?: number } = {}): TableCell {
    const eastAsia = opts.eastAsia ?? this.fonts.body;
    const children = (lines.length > 0 ? lines : ['']).map(
      (l, i) => new TextRun({ text: xmlSafe(l), font: this.fontFor(eastAsia), size: this.L.half.table, ...(i > 0 ? { break: 1 } : {}) }),
    );
    return new TableCell({
      children: [new Paragraph({ style: TABLE_TEXT_STYLE, children, ...(opts.center ? { alignment: AlignmentType.CENTER } : {}) })],
      verticalAlign: VerticalAlign.CENTER,
      ...(opts.span ? { columnSpan: opts.span } : {}),
    });
  }

  /** Column widths in twips from shares of the text block; the widest column takes the rounding. */
  widths(shares: readonly number[]): number[] {
    const w = shares.map((s) => Math.floor(s * this.L.textWidth));
    const widest = shares.indexOf(Math.max(...shares));
    w[widest] = (w[widest] ?? 0) + this.L.textWidth - w.reduce((a, b) => a + b, 0);
    return w;
  }

  /** A table whose header row repeats on every page; section rows span all columns in 黑体. */
  table(headers: readonly string[], columnWidths: readonly number[], rows: (string[][] | { section: string })[], centred: readonly number[]): Table {
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: headers.map((h) => this.cell([h], { eastAsia: this.fonts.heading1, center: true })),
    });
    const body = rows.map((r) =>
      'section' in r
        ? new TableRow({ cantSplit: true, children: [this.cell([r.section], { eastAsia: this.fonts.heading1, span: headers.length })] })
        : new TableRow({ children: r.map((lines, i) => this.cell(lines, { center: centred.includes(i) })) }),
    );
    return new Table({
      rows: [header, ...body],
      width: { size: this.L.textWidth, type: WidthType.DXA },
      columnWidths: [...columnWidths],
      layout: TableLayoutType.FIXED,
      margins: { left: TABLE_CELL_SIDE, right: TABLE_CELL_SIDE, top: 20, bottom: 20 },
    });
  }
}

const TABLE_TEXT_STYLE = 'TableText';
/** 2.5 pt either side of a cell's text. */
const TABLE_CELL_SIDE = 50;

/** Twips a column needs beyond its characters: both cell margins and room for LibreOffice's rounding. */
const COLUMN_EXTRA = 2 * TABLE_CELL_SIDE + 30;

function appendixWidths(L: Layout, rows: ViewRow[]): number[] {
  return appendixColumnWidths(rows, L.textWidth, L.half.table * 10, COLUMN_EXTRA);
}

function appendixRows(rows: ViewRow[]): (string[][] | { section: string })[] {
  return rows.map((r) =>
    r.isSection ? { section: `${r.label}${r.text}` } : [[r.n], [r.text], r.progressLines, statusCellLines(r.status), [r.units]],
  );
}

export async function noticeDocx(view: NoticeView, style: DocxStyle = DEFAULT_STYLE): Promise<Buffer> {
  const w = new OfficialWriter(layoutFor(style));
  const F = style.fonts;
  const children: (Paragraph | Table)[] = [];
  if (view.hasHead) children.push(...w.redHead(view.header, view.docNumber));
  children.push(w.title(view.title));
  if (view.to) children.push(w.addressee(view.to));
  children.push(w.body(view.opening));
  if (view.methodNote) children.push(w.body(view.methodNote));
  for (const g of view.groups) {
    children.push(w.body(`${g.ordinal}${g.unit}（${g.count}项）`, F.heading2));
    for (const item of g.items) children.push(w.body(`${item.n}.${item.text}`));
  }
  if (view.closing) children.push(w.body(view.closing));
  // 附件说明: one blank line after the body, indented two characters.
  // A wrapped attachment name lines up under its first character, after 「附件：」.
  children.push(w.blank(), w.body(`附件：${view.attachmentTitle}`, F.body, { indent: { left: 5 * w.L.char, hanging: 3 * w.L.char } }));
  if (view.hasSignature) children.push(...w.signature(view.issuer, view.date));
  children.push(
    new Paragraph({ children: [new PageBreak(), w.run('附件', F.heading1)], spacing: w.fixedLine }),
    new Paragraph({
      children: w.titleRuns(view.attachmentTitle, w.L.half.appendixTitle),
      alignment: AlignmentType.CENTER,
      spacing: { line: w.L.pitch, lineRule: LineRuleType.EXACT, before: w.L.pitch, after: w.L.pitch / 2 },
    }),
    w.table(['序号', '目标任务', '完成情况', '状态', '牵头责任单位'], appendixWidths(w.L, view.appendix), appendixRows(view.appendix), [0, 3]),
  );
  return withFontTable(await Packer.toBuffer(w.document(view.title, children)), style.fonts);
}

/** Column shares of the plan table by header; 工作任务 takes what the others leave. */
const PLAN_COLUMN_SHARES: Record<string, number> = { 序号: 0.06, 牵头领导: 0.12, 牵头单位: 0.16, 责任单位: 0.19, 完成时限: 0.1 };

function planShares(headers: readonly string[]): number[] {
  const fixed = headers.reduce((sum, h) => sum + (PLAN_COLUMN_SHARES[h] ?? 0), 0);
  return headers.map((h) => PLAN_COLUMN_SHARES[h] ?? 1 - fixed);
}

export async function planDocx(view: PlanView, style: DocxStyle = DEFAULT_STYLE): Promise<Buffer> {
  const w = new OfficialWriter(layoutFor(style));
  const F = style.fonts;
  const children: (Paragraph | Table)[] = [w.title(view.title)];
  if (view.layout === 'table') {
    const rows = view.rows.map((r) => (r.isSection ? { section: `${r.label}${r.text}` } : r.cells.map((c) => [c])));
    children.push(w.table(view.tableHeaders, w.widths(planShares(view.tableHeaders)), rows, [0]));
  } else {
    for (const e of view.entries) {
      if (e.isHeading) {
        const font = e.level === 1 ? F.heading1 : e.level === 2 ? F.heading2 : F.body;
        children.push(w.body(`${e.label}${e.text}`, font));
        continue;
      }
      children.push(w.body(`${e.label}${e.text}`));
      if (e.hasLeaders) children.push(w.body(`牵头负责领导：${e.leaders}`));
      if (e.unitLine) children.push(w.body(e.unitLine));
      if (e.deadline) children.push(w.body(`完成时限：${e.deadline}`));
    }
  }
  if (view.hasSignature) children.push(...w.signature(view.issuer, view.date));
  return withFontTable(await Packer.toBuffer(w.document(view.title, children)), style.fonts);
}

export { DEFAULT_STYLE, type DocxStyle };
