/**
 * Tables printed to PDF, rebuilt into cells from where their text sits. A PDF
 * keeps no table, only glyphs at positions: a progress table comes back as
 * loose lines mixing five columns, and rows whose cells wrap onto several lines
 * (vertically centred, so the 序号 of a row sits half-way down it).
 *
 * Columns: text runs start at a few left edges again and again (each column's
 * left edge); those edges are the columns. Rows: inside a row the lines of
 * any cell follow each other at the line pitch, between rows there is the
 * cell padding on top of it, so a vertical gap wider than the pitch ends a row.
 * A page is taken as a table only when at least three edges recur and many
 * bands hold text in several columns; running text has one or two edges
 * (margin and paragraph indent).
 */
import type { PdfTextItem } from './pdf-worker.js';

export interface TextRun {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  /** The glyph runs it was built from, so it can be cut again where a column starts. */
  parts: { str: string; x: number; right: number }[];
}

export interface PdfTable {
  /** Baselines of the first and last run the table holds: lines in between are the table's, not paragraphs. */
  top: number;
  bottom: number;
  rows: string[][];
}

/** Left edges closer than this (points) are one column edge: centred or justified text wobbles a little. */
const EDGE_TOLERANCE = 6;
/** An edge must start this many runs on the page to be a column. */
const MIN_RUNS_PER_EDGE = 4;
const MIN_COLUMNS = 3;
/**
 * Bands with text in two or more columns needed before the page is read as a table: two, or one when
 * four or more column edges recur (a page holding one long row of a wide table).
 */
const MIN_MULTI_COLUMN_ROWS = 2;

/** Glyph runs on one baseline with no column-sized gap between them. */
export function textRuns(items: PdfTextItem[]): TextRun[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  for (const item of sorted) {
    const size = Math.max(item.size, 1);
    const sameLine = current && Math.abs(item.y - current.y) <= 0.5 * Math.max(size, current.size);
    // Glyphs of one cell touch (CJK) or sit a word space apart; neighbouring columns are separated by
    // cell padding of about half an em, so a gap of more than 0.4 em starts a new run.
    const touching = current && item.x - current.right <= 0.4 * Math.max(size, current.size) && item.x >= current.x;
    if (current && sameLine && touching) {
      current.text += item.str;
      current.right = Math.max(current.right, item.x + item.width);
      current.parts.push({ str: item.str, x: item.x, right: item.x + item.width });
    } else {
      if (current) runs.push(current);
      current = { text: item.str, x: item.x, y: item.y, right: item.x + item.width, size, parts: [{ str: item.str, x: item.x, right: item.x + item.width }] };
    }
  }
  if (current) runs.push(current);
  return runs;
}

/** Left edges that start many runs, left to right. */
export function columnEdges(runs: TextRun[]): number[] {
  const xs = runs.map((r) => r.x).sort((a, b) => a - b);
  const clusters: { min: number; count: number }[] = [];
  for (const x of xs) {
    const last = clusters[clusters.length - 1];
    if (last && x - last.min <= EDGE_TOLERANCE) last.count++;
    else clusters.push({ min: x, count: 1 });
  }
  return clusters.filter((c) => c.count >= MIN_RUNS_PER_EDGE).map((c) => c.min);
}

function columnOf(x: number, edges: number[]): number {
  let col = 0;
  for (let i = 0; i < edges.length; i++) if (x >= edges[i]! - EDGE_TOLERANCE) col = i;
  return col;
}

/** The usual distance between two lines of one cell: the most common small step between runs of one column. */
function linePitch(runs: TextRun[], edges: number[]): number {
  const steps: number[] = [];
  const lastY = new Map<number, number>();
  for (const r of [...runs].sort((a, b) => a.y - b.y)) {
    const col = columnOf(r.x, edges);
    const prev = lastY.get(col);
    if (prev !== undefined && r.y - prev > 0.5 * r.size && r.y - prev < 3 * r.size) steps.push(Math.round(r.y - prev));
    lastY.set(col, r.y);
  }
  if (steps.length === 0) return 1.5 * (runs[0]?.size ?? 10);
  const counts = new Map<number, number>();
  for (const s of steps) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** Runs grouped into rows: a new row where the gap below the last run exceeds the line pitch. */
function rowBands(runs: TextRun[], pitch: number): TextRun[][] {
  const bands: TextRun[][] = [];
  let lastY = -Infinity;
  for (const r of [...runs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    if (r.y - lastY > pitch * 1.15 + 1) bands.push([]);
    bands[bands.length - 1]!.push(r);
    lastY = r.y;
  }
  return bands;
}

function cellsOf(band: TextRun[], edges: number[], cellRights: number[]): string[] {
  // A row spanning every column (a section heading) repeats its text in each cell, as the HTML reader
  // resolves a colspan, so both readers hand the extractors the same rows.
  if (band.every((r) => columnOf(r.x, edges) === 0) && band.some((r) => crossesEdge(r, edges))) {
    const text = band.sort((a, b) => a.y - b.y || a.x - b.x).map((r) => r.text.trim()).join('');
    return edges.map(() => text);
  }
  const cells = edges.map(() => [] as TextRun[]);
  for (const r of band) cells[columnOf(r.x, edges)]!.push(r);
  return cells.map((runs, col) => joinCellLines(runs.sort((a, b) => a.y - b.y || a.x - b.x), cellRights[col] ?? Infinity));
}

/**
 * A cell's lines as the HTML reader gives them. A line the cell's width wrapped joins the next without a
 * space (Chinese wraps anywhere); a line that ends where the next line's first word would still have fitted
 * was broken by hand (<br>, one unit per line: 市政府办公室 / 市发展改革委) and stays a line of its own.
 */
function joinCellLines(runs: TextRun[], cellRight: number): string {
  let out = '';
  runs.forEach((r, i) => {
    const prev = runs[i - 1];
    if (prev && r.y - prev.y > 0.5 * r.size) {
      const room = cellRight - prev.right;
      out += room > firstWordWidth(r.text.trim(), r.size) + r.size ? '\n' : '';
    }
    out += r.text.trim();
  });
  return out;
}

/**
 * The width the first unbreakable piece of a line needs: one em for a Chinese character, about 0.6 em a
 * character for a Latin word or a number (a line never breaks inside xxxx-xxxx or 2,000).
 */
function firstWordWidth(text: string, size: number): number {
  const word = /^[A-Za-z0-9.,%+\-_/:]+/.exec(text);
  return word ? word[0].length * 0.6 * size : size;
}

/** How far right the text of each column reaches: the cell's right edge as its longest lines show it. */
function columnRights(bands: TextRun[][], edges: number[]): number[] {
  const rights = edges.map(() => -Infinity);
  for (const band of bands) {
    for (const r of band) {
      if (crossesEdge(r, edges)) continue;
      const col = columnOf(r.x, edges);
      rights[col] = Math.max(rights[col]!, r.right);
    }
  }
  return rights;
}

function crossesEdge(run: TextRun, edges: number[]): boolean {
  const next = edges[columnOf(run.x, edges) + 1];
  return next !== undefined && run.right > next + EDGE_TOLERANCE;
}

/**
 * The tables of a document, page by page. Pages that hold a table on their own decide the columns
 * together, so a table continued over pages has the same columns on every page and is joined.
 */
export function findTables(pages: TextRun[][]): (PdfTable | null)[] {
  const alone = pages.map((runs) => findTable(runs));
  const tablePages = pages.filter((_, i) => alone[i] !== null);
  if (tablePages.length === 0) return alone;
  const edges = columnEdges(tablePages.flat());
  const tables: (PdfTable | null)[] = [];
  pages.forEach((runs, i) => tables.push(findTable(runs, edges, i > 0 && tables[i - 1] !== null)));
  return tables;
}

/** The table on one page, if the page holds one, with the columns given or its own. */
/**
 * Cuts a run where one of its glyphs starts a column: a wide 序号 such as 100 leaves less than the
 * gap that separates runs before the next column's text.
 */
function splitAtEdges(run: TextRun, edges: number[]): TextRun[] {
  const out: TextRun[] = [];
  let parts: TextRun['parts'] = [];
  const flush = () => {
    if (parts.length === 0) return;
    out.push({ ...run, text: parts.map((p) => p.str).join(''), x: parts[0]!.x, right: Math.max(...parts.map((p) => p.right)), parts });
    parts = [];
  };
  for (const part of run.parts) {
    // A glyph touching the one before it continues the text (a heading spanning all columns); only a
    // glyph after a gap, at a column's edge, starts that column.
    const prev = parts[parts.length - 1];
    const startsColumn =
      prev !== undefined &&
      part.x - prev.right > 0.15 * run.size &&
      edges.some((e) => Math.abs(part.x - e) <= EDGE_TOLERANCE / 2 && parts[0]!.x < e - EDGE_TOLERANCE);
    if (startsColumn) flush();
    parts.push(part);
  }
  flush();
  return out;
}

export function findTable(allRuns: TextRun[], givenEdges?: number[], continued = false): PdfTable | null {
  const edges = givenEdges ?? columnEdges(allRuns);
  if (edges.length < MIN_COLUMNS) return null;
  const runs = allRuns.flatMap((r) => splitAtEdges(r, edges));
  const pitch = linePitch(runs, edges);
  const bands = rowBands(runs, pitch);
  // A row of a table has text in two or more columns, none running over into the next column:
  // a paragraph's indented first line and its full lines also start at two edges, but cross them.
  // (A glyph drawn close to the next column's first one can join its run, so a few crossings are tolerated.)
  const multi = bands.map((b) => new Set(b.map((r) => columnOf(r.x, edges))).size >= 2 && b.filter((r) => crossesEdge(r, edges)).length <= b.length * 0.2);
  const multiCount = multi.filter(Boolean).length;
  if (multiCount < MIN_MULTI_COLUMN_ROWS && !(edges.length >= 4 && multiCount >= 1)) return null;
  // The table runs from its first band with several columns to its last; lines before and after are prose.
  // Bands next to the table with text only right of the first column are cells too: the end of a row
  // the page break cut (top of the page) or a row whose other cells are empty (bottom).
  const inLaterColumns = (band: TextRun[]) => band.every((r) => r.x > edges[0]! + EDGE_TOLERANCE);
  let start = multi.indexOf(true);
  // On a page continuing the previous page's table everything above its first full row is the table's
  // too (the rest of a cut row, a section row spanning all columns).
  if (continued) start = 0;
  while (start > 0 && inLaterColumns(bands[start - 1]!)) start--;
  let end = multi.lastIndexOf(true);
  while (end + 1 < bands.length && inLaterColumns(bands[end + 1]!)) end++;
  const tableBands = bands.slice(start, end + 1);
  const rights = columnRights(tableBands, edges);
  const rows = tableBands.map((b) => cellsOf(b, edges, rights)).filter((cells) => cells.some((c) => c !== ''));
  const ys = tableBands.flat().map((r) => r.y);
  return { top: Math.min(...ys), bottom: Math.max(...ys), rows };
}

/**
 * A table continued over several pages is one table. The first row of a continuation page with no
 * number in its first cell is the rest of the row the page break cut, and is joined to it cell by cell.
 */
export function joinContinuedTables(tables: string[][][]): string[][][] {
  const out: string[][][] = [];
  for (const rows of tables) {
    const prev = out[out.length - 1];
    if (!prev || prev[0]?.length !== rows[0]?.length) {
      out.push(rows.map((r) => [...r]));
      continue;
    }
    let rest = rows;
    const head = rows[0]!;
    if (head[0] === '' && prev.length > 0) {
      const last = prev[prev.length - 1]!;
      head.forEach((cell, i) => (last[i] = (last[i] ?? '') + cell));
      rest = rows.slice(1);
    }
    // A header row the printer repeats on every page is dropped: it is the first row's twin.
    if (rest[0] && JSON.stringify(rest[0]) === JSON.stringify(prev[0])) rest = rest.slice(1);
    prev.push(...rest.map((r) => [...r]));
  }
  return out;
}
