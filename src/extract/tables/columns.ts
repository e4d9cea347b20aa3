/**
 * The ONE column vocabulary of task tables, whatever the document kind: a
 * header cell names a role (序号 → number, 工作任务 / 民生实事 → task, 牵头单位 →
 * lead, 配合单位 → co, 责任单位 → units, 分管市领导 → leaders, 完成时限 →
 * deadline, 当前进度 / 落实情况 → progress, 完成状态 → status, 类别 → category,
 * 一季度目标 → target, 备注 → remark). Plan tables, progress tables, notice
 * appendices, TSV pastes and flattened tables all read their headers here, so
 * a column means the same thing in every layout and every kind of document.
 */
import { compact } from '../../classify/lexicon.js';
import { fold, toHalfWidth } from '../text.js';

export type ColumnRole =
  | 'number'
  | 'task'
  | 'lead'
  | 'co'
  /** A unit column that does not say lead or co (责任单位): lead when it is the only one. */
  | 'units'
  | 'leaders'
  | 'deadline'
  | 'progress'
  | 'status'
  | 'category'
  /** A target for the period (一季度目标, 年度目标, 月度工作计划): neither the task nor a deadline. */
  | 'target'
  /** 备注, 评分部门, a unit-of-measure 单位: read by nobody. */
  | 'remark';

/**
 * Which column a header cell names; null when it names none of the roles.
 * Order matters: 牵头单位及主要负责人 is a unit column (单位 before 负责人),
 * 牵头领导 a leader column, 完成时限 a deadline (before 完成…情况), 工作进展 progress (before 工作).
 */
/** A bracketed note closing a header cell: (未达进度注明原因). */
const TRAILING_NOTE = /[(（][^()（）]{1,16}[)）]$/;

export function columnRole(header: string): ColumnRole | null {
  const h = toHalfWidth(fold(compact(header)));
  if (h === '') return null;
  if (/^(?:序号|编号|序|No\.?)$/i.test(h)) return 'number';
  // 完成状态, 前三季度完成状况 (烈山 2023: 序时完成): the verdict, as opposed to 进展情况.
  if (/状态|完成状况|进度评价|完成评价/.test(h) || isStatusQuestion(h)) return 'status';
  if (/备注|说明|评分|考核(?:单位|部门)/.test(h)) return 'remark';
  if (/单位|部门/.test(h)) {
    if (/配合|协同|协办|协作|参与/.test(h)) return 'co';
    if (/牵头|主办|主责/.test(h)) return 'lead';
    return 'units';
  }
  if (/领导|责任人|负责人/.test(h)) return 'leaders';
  if (/牵头/.test(h)) return 'lead';
  if (/^(?:配合|协同|协办)/.test(h)) return 'co';
  if (/时限|时间|节点|期限/.test(h)) return 'deadline';
  if (/^(?:年度|全年|半年|[一二三四1-4]?季度|月度|阶段)(?:工作)?(?:目标|计划)/.test(h)) return 'target';
  // 2021年9月工作计划 (奉新 2021): the month's plan, a target.
  if (/^(?:[0-9]{4}年)?[0-9]{1,2}月份?(?:工作)?(?:目标|计划)/.test(h)) return 'target';
  // 区本级任务数, 目标值: how much, not what.
  if (/(?:任务|目标|指标)(?:数|值|量)$/.test(h)) return 'target';
  // 存在问题, 下一步工作措施: what the office plans next, not the task; 下步举措, 下一步计划 (奉化 2022), 2024年1-3月份
  // 进度安排 (青阳 2023) too.
  if (/^(?:存在(?:的)?问题|下一?步)|进度安排$|工作安排$/.test(h)) return 'remark';
  if (/情况|进展|进度|成效/.test(h)) return 'progress';
  if (/类别|领域|板块|分类|方面|类型|大类/.test(h)) return 'category';
  if (/任务|工作|内容|事项|目标|举措|措施|指标|实事|项目|名称/.test(h)) return 'task';
  return null;
}

/**
 * The head of a header cell the page wrapped over two lines (牵头 | 市领导, 区本级 | 任务数, 责任 | 单位): a bare
 * verb or level that names no column of its own, or a role word whose column the join names more precisely.
 */
export function isHeaderFragment(head: string, tail: string): boolean {
  const h = toHalfWidth(fold(compact(head)));
  const joined = h + toHalfWidth(fold(compact(tail)));
  const role = columnRole(joined);
  if (role === null || joined.length > 16) return false;
  // 所在街道及社区 | 小区名称 (雨花 2021): a whole name of its own before a line that names a column itself is no head.
  if (h.length > 4 && columnRole(tail) !== null) return false;
  return columnRole(h) === null || (/^(?:牵头|配合|协同|协办|责任|分管|主管|完成|进展)$/.test(h) && role !== columnRole(h));
}

/** A yes/no column header about completion or progress: 是否完成, 是否按期完成, 是否达序(时进度), 完成与否. */
export function isStatusQuestion(header: string): boolean {
  // 是否达到进度要求 (奉新 2021), 是否达序时, 是否完成; 是否达进度(未达进度注明原因) (高淳 2020): with a note on how to answer.
  return /^是否.{0,4}(完成|达到?序?时?(?:进度)?(?:要求)?|序时推进|滞后)$|^(完成|滞后)与否$/.test(header.replace(TRAILING_NOTE, ''));
}

/** Longest header cell (进展情况、存在问题及下一步打算 is 15); a longer cell is content, not a column name. */
const HEADER_CELL_MAX = 20;

/**
 * A row that names a task table's columns: short cells only (a key/value
 * metadata table, 文件名称 | 2022年第八次…情况的通报, is not one), with a task
 * column and something said about it.
 */
/**
 * More columns than any task table prints (the widest header in the corpora, fixtures and seeds has 8): a row this wide is a
 * line of TAB padding or a scrape's run of empty cells, and reading each cell as a header name
 * several times over cost seconds for a 100,000-TAB line.
 */
export const MAX_HEADER_COLUMNS = 64;

export function isTaskTableHeader(cells: readonly string[]): boolean {
  if (cells.length > MAX_HEADER_COLUMNS) return false;
  if (cells.some((c) => compact(c).length > HEADER_CELL_MAX)) return false;
  return isTaskTableRoles(headerRoles(cells));
}

/** Columns that make a header row a task table: a task column and something said about it. */
export function isTaskTableRoles(roles: readonly (ColumnRole | null)[]): boolean {
  return roles.includes('task') && roles.some((r) => r === 'lead' || r === 'co' || r === 'units' || r === 'progress' || r === 'status');
}

/**
 * The roles of a whole header row. Two corrections need the neighbours:
 * - 进展情况 | 完成情况 side by side: the one named for the result (完成情况,
 *   目标完成情况, 是否完成) is the verdict, i.e. the status column;
 * - a bare 单位 beside a 责任部门 column is the unit of measure (万亩), not a body.
 */
export function headerRoles(cells: readonly string[]): (ColumnRole | null)[] {
  if (cells.length > MAX_HEADER_COLUMNS) return cells.map(() => null);
  const roles = cells.map(columnRole);
  const progress = roles.flatMap((r, i) => (r === 'progress' ? [i] : []));
  if (progress.length > 1) {
    const verdict = progress.filter((i) => /^(?:目标)?完成(?:情况|结果)$|^是否完成$/.test(fold(compact(cells[i] ?? ''))));
    if (verdict.length && verdict.length < progress.length) for (const i of verdict) roles[i] = 'status';
  }
  // 指标 | 工作任务 (略阳 2019): of two task columns, a first one named by a bare word for a field (指标, 类别, 领域) before the
  // tasks' own column groups the rows, a category printed once for the rows it spans.
  const taskCols = roles.flatMap((r, i) => (r === 'task' ? [i] : []));
  const named = (i: number) => fold(compact(cells[i] ?? ''));
  if (taskCols.length === 2 && /^(?:指标|类别|领域)$/.test(named(taskCols[0]!)) && /任务|内容|事项/.test(named(taskCols[1]!))) roles[taskCols[0]!] = 'category';
  // 项目名称 | 目标任务 (歙县 2024 民生实事): beside the column that names each item, the column of what it aims at is its
  // target, not a second task.
  const nameCol = taskCols.find((i) => /^(?:项目|实事|工程|事项|任务)?名称$/.test(named(i)));
  if (taskCols.length === 2 && nameCol !== undefined) {
    const other = taskCols.find((i) => i !== nameCol)!;
    if (/^(?:目标任务|任务目标|目标|年度目标|建设目标|工作目标)$/.test(named(other))) roles[other] = 'target';
  }
  const unitCols = roles.flatMap((r, i) => (r === 'lead' || r === 'co' || r === 'units' ? [i] : []));
  if (unitCols.length > 1) {
    for (const i of unitCols) if (fold(compact(cells[i] ?? '')) === '单位') roles[i] = 'remark';
  }
  return roles;
}

// ---- the row readers' view of the vocabulary ------------------------------

/**
 * The coarser roles the row readers (real table, one cell per line, one
 * flattened line) split cells by; every one is a projection of `ColumnRole`.
 */
export type LayoutRole = 'number' | 'text' | 'status' | 'progress' | 'units' | 'other';

export function layoutRole(role: ColumnRole | null): LayoutRole {
  switch (role) {
    case 'number':
    case 'status':
    case 'progress':
      return role;
    case 'task':
      return 'text';
    case 'lead':
    case 'co':
    case 'units':
      return 'units';
    default:
      return 'other';
  }
}

/** The row readers' role of one header cell. */
export function cellLayoutRole(header: string): LayoutRole {
  return layoutRole(columnRole(header));
}

export interface HeaderMap {
  roles: LayoutRole[];
  /** Unit columns (by index) that name the assisting units; only set when a lead unit column exists too. */
  coColumns?: number[];
  /** Printed header cells, where the layout gives them one per column. */
  labels?: string[];
  /** Columns (by index) naming the responsible leaders. */
  leaderColumns?: number[];
}

/** The header row of a task table for the row readers, if `cells` is one (needs a number column too). */
export function headerOf(cells: string[]): HeaderMap | null {
  const full = headerRoles(cells);
  const header = headerFromRoles(full.map(layoutRole));
  if (!header) return null;
  const units = full.flatMap((r, i) => (r === 'lead' || r === 'co' || r === 'units' ? [i] : []));
  const co = units.filter((i) => full[i] === 'co');
  const leaders = full.flatMap((r, i) => (r === 'leaders' ? [i] : []));
  return {
    ...header,
    labels: cells,
    ...(co.length && co.length < units.length ? { coColumns: co } : {}),
    ...(leaders.length ? { leaderColumns: leaders } : {}),
  };
}

export function headerFromRoles(roles: LayoutRole[]): HeaderMap | null {
  if (!roles.includes('number')) return null;
  if (!roles.includes('text')) return null;
  if (!roles.includes('units') && !roles.includes('progress') && !roles.includes('status')) return null;
  return { roles };
}
