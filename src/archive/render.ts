/**
 * Renders query results as an aligned terminal table, CSV or JSON. Chinese
 * characters take two terminal columns, so widths are measured in columns,
 * not code points, or every table with unit names would be ragged.
 */
import { csvCell } from '../writers/csv.js';
import { UsageError } from '../errors.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function parseOutputFormat(s: string): OutputFormat {
  if ((OUTPUT_FORMATS as readonly string[]).includes(s)) return s as OutputFormat;
  throw new UsageError(`unknown --format '${s}' (use ${OUTPUT_FORMATS.join(', ')})`);
}

export interface Column<R> {
  header: string;
  value: (row: R) => string | number | null;
  /** Table cells longer than this many terminal columns are cut with …; CSV/JSON keep everything. */
  maxWidth?: number;
  align?: 'left' | 'right';
}

/** East Asian wide and fullwidth ranges: CJK, kana, hangul, fullwidth forms, CJK punctuation. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

export function truncateToWidth(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = isWide(ch.codePointAt(0)!) ? 2 : 1;
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

function pad(s: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'right' ? fill + s : s + fill;
}

export function renderTable<R>(rows: R[], columns: Column<R>[]): string {
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = c.value(r);
      // Newlines inside a cell would break the grid; progress texts have many.
      const s = v === null ? '-' : String(v).replace(/(?<!\s)\s*\n\s*/g, ' / ');
      return c.maxWidth ? truncateToWidth(s, c.maxWidth) : s;
    }),
  );
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i]!))));
  const line = (values: string[]) =>
    values
      .map((v, i) => pad(v, widths[i]!, columns[i]!.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function renderCsv<R>(rows: R[], columns: Column<R>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
  // BOM for the same reason as the task CSV writer: Excel on Chinese Windows assumes GBK without it.
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function render<R>(rows: R[], columns: Column<R>[], format: OutputFormat, json: () => unknown = () => rows): string {
  switch (format) {
    case 'table':
      return rows.length ? renderTable(rows, columns) : '(no rows)\n';
    case 'csv':
      return renderCsv(rows, columns);
    case 'json':
      return JSON.stringify(json(), null, 2) + '\n';
  }
}
