/**
 * Decides what kind of document the blocks are and hands them to that kind's
 * extractor. Kind is decided from evidence in the text (assignment labels,
 * status vocabulary, notice wording), never from the file name.
 */
import type { Block } from '../model/blocks.js';
import type { DocumentKind } from '../model/schema.js';
import { collectingContext, dedupeIds, type ExtractedDocument, type Extractor } from './types.js';
import { extractMeta } from './meta.js';
import { extractPlan } from './plan.js';
import { extractNotice } from './notice.js';
import { extractProgress } from './progress.js';
import { extractReport } from './report.js';
import { tablesFromDelimitedLines } from './tables/delimited.js';
import { tablesFromPipeCells } from './tables/pipe-cells.js';
import { tablesFromGluedCells } from './tables/glued-cells.js';
import { tablesFromCellLines } from './tables/cell-line-table.js';
import { tablesFromSpacedCells } from './tables/spaced-cells.js';
import { headerOf } from './tables/columns.js';
import { repairTables } from './tables/shape.js';
import { applyStatusLists } from './prose/index.js';
import { openingParagraphs } from '../classify/reports-progress.js';
import { fold } from './text.js';
import { restoreGlosses, withoutGlosses } from './glosses.js';

const EXTRACTORS: Record<DocumentKind, Extractor> = {
  plan: extractPlan,
  notice: extractNotice,
  progress: extractProgress,
  report: extractReport,
};

const ASSIGNMENT_LABEL = /(?:牵头(?:\(责任\)|（责任）)?单位|牵头责任单位|牵头负责领导|牵头领导|协同责任单位|配合单位|责任单位)\s*[:：]/g;
const INLINE_ASSIGNMENT = /[(（][^()（）]{2,80}(?:牵头|负责)[^()（）]{0,80}[)）]/g;
const STATUS_WORDS = /(序时推进|推进较慢|进展较慢|低于序时进度|无实质性进展|已完成|未开展实质性工作|滞后|完成较好)/g;
const PROGRESS_HEADER = /(完成状态|进展状态|进度状态|完成情况|进展情况|工作进展|推进情况)/;

export function detectKind(blocks: Block[]): DocumentKind {
  const all = blocks.map(blockText).join('\n');
  const head = blocks.slice(0, 40).map(blockText).join('\n');
  const assignments = count(all, ASSIGNMENT_LABEL) + count(all, INLINE_ASSIGNMENT);
  const statuses = count(all, STATUS_WORDS);
  const hasStatusTable = blocks.some((b) => b.kind === 'table' && hasProgressHeader(b.rows)) || /序号\s+\S+\s+(?:完成状态|进展状态)/.test(all);
  // A status column answered 是/否/推进中 uses none of the status words, yet every row carries a status.
  const statusCells = blocks.reduce((n, b) => n + (b.kind === 'table' ? statusColumnCells(b.rows) : 0), 0);

  // A notice announces itself in its title line; '通报' deep inside a table cell proves nothing.
  if (titleLines(blocks).some((t) => /通报/.test(t)) && statuses >= 3) return 'notice';
  if (hasStatusTable && statuses + statusCells >= 3) return 'progress';
  if (/(进展情况|完成情况|推进情况)(统计)?表/.test(head) && statuses >= 3) return 'progress';
  if (assignments >= 2 || hasPlanTable(blocks)) return 'plan';
  if (/各位代表/.test(all) && /政府工作报告|报告政府工作/.test(all)) return 'report';
  if (statuses >= 3) return 'notice';
  return 'plan';
}

/**
 * The document the blocks hold, passed through `then` (the classification) before its strings are quoted:
 * a mirror that glosses characters with pinyin (責(zé)任單位) is read and classified without the glosses,
 * and its output quotes the page with them.
 */
export function extractDocument(
  printed: Block[],
  path: string,
  then: (doc: ExtractedDocument, opening: string[]) => ExtractedDocument = (doc) => doc,
): ExtractedDocument {
  const unglossed = withoutGlosses(printed);
  const blocks = unglossed ? unglossed.blocks : printed;
  const doc = then(extractLayout(blocks, path), openingParagraphs(blocks));
  return unglossed ? restoreGlosses(doc, unglossed) : doc;
}

function extractLayout(printed: Block[], path: string): ExtractedDocument {
  const blocks = repairTables(tablesFromDelimitedLines(tablesFromGluedCells(tablesFromSpacedCells(tablesFromCellLines(tablesFromPipeCells(printed))))));
  const kind = detectKind(blocks);
  const ctx = collectingContext(path);
  const extracted = EXTRACTORS[kind](blocks, ctx);
  const meta = extractMeta(blocks);
  const layout: ExtractedDocument = {
    ...extracted,
    // The extractor has seen the layout up close and may correct the first guess (e.g. a notice that is a bare table).
    kind: extracted.kind,
    // The extractor knows its layout (e.g. a table's own heading); header fields it leaves null come from the page.
    title: extracted.title ?? meta.title,
    issuer: extracted.issuer ?? meta.issuer,
    date: extracted.date ?? meta.date,
    docNumber: extracted.docNumber ?? meta.docNumber,
    year: extracted.year ?? meta.year,
    period: extracted.kind === 'plan' ? extracted.period : (extracted.period ?? meta.period),
    warnings: [...extracted.warnings, ...ctx.warnings.filter((w) => !extracted.warnings.includes(w))],
  };
  dedupeIds(layout.tasks);
  // Prose status lists (推进较慢的7项分别是：…) are read whatever the layout extractor found.
  const merged = applyStatusLists(layout, blocks);
  if (merged.tasks.length === 0) {
    merged.warnings.push({ code: 'no-tasks', message: `no ${kind} tasks found` });
  }
  return merged;
}

function titleLines(blocks: Block[]): string[] {
  return blocks
    .slice(0, 40)
    .filter((b): b is Extract<Block, { kind: 'para' }> => b.kind === 'para')
    .map((b) => fold(b.text.trim()))
    .filter((t) => t.length <= 80);
}

/** Block text folded to simplified characters (責任單位 → 责任单位), so traditional pages are judged by the same words. */
function blockText(b: Block): string {
  return fold(b.kind === 'para' ? b.text : b.rows.map((r) => r.join(' ')).join('\n'));
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function hasProgressHeader(rows: string[][]): boolean {
  return rows.slice(0, 3).some((r) => r.some((c) => PROGRESS_HEADER.test(fold(c))) && r.some((c) => /序号/.test(fold(c))));
}

/** Filled cells under a header-named status column (完成状态, 是否完成) of a task table. */
function statusColumnCells(rows: string[][]): number {
  const hi = rows.slice(0, 3).findIndex((r) => headerOf(r) !== null);
  if (hi < 0) return 0;
  const col = headerOf(rows[hi]!)!.roles.indexOf('status');
  if (col < 0) return 0;
  return rows.slice(hi + 1).filter((r) => (r[col] ?? '').trim() !== '').length;
}

function hasPlanTable(blocks: Block[]): boolean {
  return blocks.some(
    (b) => b.kind === 'table' && b.rows.slice(0, 3).some((r) => r.some((c) => /牵头|责任单位|配合单位/.test(fold(c)))),
  );
}
