/**
 * Word output laid out per GB/T 9704-2012 (党政机关公文格式): A4 with a
 * 156 × 225 mm text block, 22 lines × 28 characters, title in 小标宋, body in
 * 仿宋_GB2312, 「一、」headings in 黑体 and 「（一）」in 楷体, Latin and digits in
 * Times New Roman, page numbers 「— N —」 outside on alternate sides.
 * Built with the `docx` package only; no XML is written by hand.
 */
// docx 9.7.0 ships typings whose relative re-exports have no file extension;
// under `moduleResolution: NodeNext` they resolve to nothing, so the package
// looks empty to tsc. The few constructors used here are declared below.
import * as docxModule from 'docx';
import type { NoticeView, PlanView, TableRow as ViewRow } from '../render/view.js';

/** 1 mm in twips (1/1440 inch). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export const PAGE = {
  width: 11906, // 210 mm
  height: 16838, // 297 mm
  marginTop: mmToTwips(37),
  marginBottom: mmToTwips(35),
  marginLeft: mmToTwips(28),
  marginRight: mmToTwips(26),
  /** The page number sits 7 mm below the text block: 35 − 7 mm to its top, minus one 14 pt line. */
  footer: mmToTwips(35 - 7) - 14 * 20,
} as const;

/** 22 lines in the 225 mm text block: a fixed pitch of 225 mm / 22 ≈ 29 pt. */
export const LINE_PITCH = Math.round(((225 / 22) * 1440) / 25.4);

const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Half-points, as Word stores sizes. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21, appendixTitle: 36 } as const;
/** One body character (16 pt) in twips: the unit of 「空二字」. */
const CHAR = 16 * 20;

/** Chinese text in the document font, Latin letters and digits in Times New Roman, on every run. */
function fontFor(eastAsia: string) {
  return { eastAsia, ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin };
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

function run(text: string, eastAsia: string = FONT.body, size: number = SIZE.body): TextRun {
  return new TextRun({ text: xmlSafe(text), font: fontFor(eastAsia), size });
}

const FIXED_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function bodyParagraph(text: string, eastAsia: string = FONT.body, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    children: [run(text, eastAsia)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * CHAR },
    spacing: FIXED_LINE,
    ...extra,
  });
}

function blankLine(): Paragraph {
  return new Paragraph({ children: [run('')], spacing: FIXED_LINE });
}

function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, FONT.title, SIZE.title)],
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: LINE_PITCH },
  });
}

/** Rough printed width in body characters: CJK counts 1, ASCII digits and letters ½. */
function printedWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff]/.test(ch) ? 0.5 : 1;
  return w;
}

/**
 * 发文机关署名 and 成文日期: the date 右空四字; the issuer centred over the date,
 * or, when the issuer is the longer line, 右空二字 with the date centred under it.
 */
function signature(issuer: string, date: string): Paragraph[] {
  const iw = printedWidth(issuer);
  const dw = printedWidth(date);
  let issuerRight: number;
  let dateRight: number;
  if (!date || iw >= dw) {
    issuerRight = 2 * CHAR;
    dateRight = 2 * CHAR + Math.round(((iw - dw) / 2) * CHAR);
  } else {
    dateRight = 4 * CHAR;
    issuerRight = 4 * CHAR + Math.round(((dw - iw) / 2) * CHAR);
  }
  const out: Paragraph[] = [blankLine(), blankLine()];
  if (issuer) out.push(new Paragraph({ children: [run(issuer)], alignment: AlignmentType.RIGHT, indent: { right: issuerRight }, spacing: FIXED_LINE }));
  if (date) out.push(new Paragraph({ children: [run(date)], alignment: AlignmentType.RIGHT, indent: { right: dateRight }, spacing: FIXED_LINE }));
  return out;
}

/** 「— N —」 in 4号宋体, one character in from the outer edge. */
function pageNumberFooter(side: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: SIZE.pageNumber * 10 } : { left: SIZE.pageNumber * 10 },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fontFor(FONT.pageNumber), size: SIZE.pageNumber }),
        ],
      }),
    ],
  });
}

function officialDocument(title: string, children: (Paragraph | Table)[]): Document {
  return new Document({
    creator: 'taskgen',
    title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: fontFor(FONT.body), size: SIZE.body } },
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT_STYLE,
          name: 'Table Text',
          basedOn: 'Normal',
          run: { font: fontFor(FONT.body), size: SIZE.table },
          // Exact spacing: an "auto" line would snap to the 29 pt document grid and make every table row
          // two body lines tall. 10.5 pt (五号) text on a 16 pt pitch is how office tables are set.
          paragraph: { spacing: { line: 320, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              footer: PAGE.footer,
              header: mmToTwips(15),
            },
          },
          // The document grid carries the 22-line pitch, so Word's "snap to grid" agrees with the fixed spacing.
          grid: { linePitch: LINE_PITCH, type: 'lines' },
        },
        // Odd pages carry the number on the right, even pages on the left.
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
}

const COLUMN_SHARES = [0.07, 0.3, 0.37, 0.1, 0.16];
const COLUMN_WIDTHS = (() => {
  const w = COLUMN_SHARES.map((s) => Math.floor(s * TEXT_WIDTH));
  w[2] = (w[2] ?? 0) + TEXT_WIDTH - w.reduce((a, b) => a + b, 0);
  return w;
})();

/**
 * Table text: paragraph spacing comes from the TableText style, so a 2,000-row
 * appendix does not repeat it in every cell; fonts stay on every run.
 */
function cellParagraphs(lines: string[], eastAsia: string = FONT.body, center = false): Paragraph[] {
  // One paragraph per cell with line breaks between the progress lines: the
  // docx packer's cost grows with the number of paragraphs, and a 2,000-row
  // appendix must still be written in well under two seconds.
  const children = (lines.length > 0 ? lines : ['']).map((l, i) =>
    new TextRun({ text: xmlSafe(l), font: fontFor(eastAsia), size: SIZE.table, ...(i > 0 ? { break: 1 } : {}) }),
  );
  return [
    new Paragraph({
      style: TABLE_TEXT_STYLE,
      children,
      ...(center ? { alignment: AlignmentType.CENTER } : {}),
    }),
  ];
}

/** Widths come from the table grid (fixed layout) and margins from the table, not from each cell. */
function cell(lines: string[], opts: { eastAsia?: string; center?: boolean; span?: number } = {}): TableCell {
  return new TableCell({
    children: cellParagraphs(lines, opts.eastAsia, opts.center),
    ...(opts.span ? { columnSpan: opts.span } : {}),
  });
}

const TABLE_TEXT_STYLE = 'TableText';

/** The appendix as a real Word table whose header row repeats on every page. */
function appendixTable(rows: ViewRow[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['序号', '目标任务', '完成情况', '状态', '牵头责任单位'].map((h, i) =>
      cell([h], { eastAsia: FONT.heading1, center: true }),
    ),
  });
  const body = rows.map((r) =>
    r.isSection
      ? new TableRow({ cantSplit: true, children: [cell([`${r.label}${r.text}`], { eastAsia: FONT.heading1, span: 5 })] })
      : new TableRow({
          children: [
            cell([r.n], { center: true }),
            cell([r.text]),
            cell(r.progressLines),
            cell([r.status], { center: true }),
            cell([r.units]),
          ],
        }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
  });
}

export async function noticeDocx(view: NoticeView): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [titleParagraph(view.title), bodyParagraph(view.opening)];
  if (view.methodNote) children.push(bodyParagraph(view.methodNote));
  for (const g of view.groups) {
    children.push(bodyParagraph(`${g.ordinal}${g.unit}（${g.count}项）`, FONT.heading2));
    for (const item of g.items) children.push(bodyParagraph(`${item.n}.${item.text}`));
  }
  // 附件说明: one blank line after the body, indented two characters.
  // A wrapped attachment name lines up under its first character, after 「附件：」.
  children.push(blankLine(), bodyParagraph(`附件：${view.attachmentTitle}`, FONT.body, { indent: { left: 5 * CHAR, hanging: 3 * CHAR } }));
  if (view.hasSignature) children.push(...signature(view.issuer, view.date));
  children.push(
    new Paragraph({ children: [new PageBreak(), run('附件', FONT.heading1)], spacing: FIXED_LINE }),
    new Paragraph({
      children: [run(view.attachmentTitle, FONT.title, SIZE.appendixTitle)],
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: LINE_PITCH, after: LINE_PITCH / 2 },
    }),
    appendixTable(view.appendix),
  );
  return Packer.toBuffer(officialDocument(view.title, children));
}

export async function planDocx(view: PlanView): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [titleParagraph(view.title)];
  for (const e of view.entries) {
    if (e.isHeading) {
      const font = e.level === 1 ? FONT.heading1 : e.level === 2 ? FONT.heading2 : FONT.body;
      children.push(bodyParagraph(`${e.label}${e.text}`, font));
      continue;
    }
    children.push(bodyParagraph(`${e.label}${e.text}`));
    if (e.hasLeaders) children.push(bodyParagraph(`牵头负责领导：${e.leaders}`));
    if (e.unitLine) children.push(bodyParagraph(e.unitLine));
  }
  if (view.hasSignature) children.push(...signature(view.issuer, view.date));
  return Packer.toBuffer(officialDocument(view.title, children));
}
