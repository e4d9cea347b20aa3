/**
 * The ONE column vocabulary of task tables, whatever the document kind: a
 * header cell names a role (序号 → number, 工作任务 → task, 牵头单位 → lead,
 * 配合单位 → co, 责任单位 → units, 分管市领导 → leaders, 完成时限 → deadline,
 * 进展情况 → progress, 完成状态 → status, 类别 → category). Plan tables, progress
 * tables, notice appendices, TSV pastes and flattened tables all read their
 * headers here, so a column means the same thing in every layout.
 */
import { compact } from '../../classify/lexicon.js';
import { fold } from '../text.js';

export type ColumnRole = 'number' | 'text' | 'status' | 'progress' | 'units' | 'other';

/** Which column a header cell names. */
export function columnRole(header: string): ColumnRole {
  const h = fold(compact(header));
  if (/^(序号|编号|序)$/.test(h)) return 'number';
  if (/状态|进度评价|完成评价|推进状态|进展状态/.test(h) || isStatusQuestion(h)) return 'status';
  if (/单位|部门/.test(h)) return 'units';
  if (/情况|进展|进度/.test(h)) return 'progress';
  if (/任务|工作|事项|目标|内容/.test(h)) return 'text';
  return 'other';
}

/** A yes/no column header about completion or progress: 是否完成, 是否按期完成, 完成与否. */
export function isStatusQuestion(header: string): boolean {
  return /^是否.{0,4}(完成|达到序时|达序时|滞后)$|^(完成|滞后)与否$/.test(header);
}

/** A column of leaders' names: 责任领导, 牵头市领导, 分管领导, 责任人. */
function isLeaderHeader(header: string): boolean {
  return /^(?:牵头|责任|分管|包保|联系)?(?:[市县区]级?)?(?:牵头|责任|分管|包保|联系)?领导$|^责任人$/.test(fold(compact(header)));
}

/** A unit column for the units that assist, not lead: 配合单位, 协同责任单位, 协办部门. */
function isCoUnitHeader(header: string): boolean {
  return /^(配合|协同|协办|协作|参与)(责任)?(单位|部门)$/.test(fold(compact(header)));
}

// ---- layout: a real table block ------------------------------------------

export interface HeaderMap {
  roles: ColumnRole[];
  /** Unit columns (by index) that name the assisting units; only set when a lead unit column exists too. */
  coColumns?: number[];
  /** Printed header cells, where the layout gives them one per column. */
  labels?: string[];
  /** Columns (by index) naming the responsible leaders; their role stays 'other' for the flattened layouts. */
  leaderColumns?: number[];
}

/** The header row of a task table, if `cells` is one (needs a number column and a task or unit column). */
export function headerOf(cells: string[]): HeaderMap | null {
  const header = headerFromRoles(cells.map(columnRole));
  if (!header) return null;
  // 进展情况 | 完成情况 side by side: the second names the verdict (完成 / 滞后), the first the narrative.
  const progress = header.roles.flatMap((r, i) => (r === 'progress' ? [i] : []));
  if (progress.length > 1) {
    const verdict = progress.filter((i) => /^(完成情况|完成结果|是否完成)$/.test(fold(compact(cells[i] ?? ''))));
    if (verdict.length && verdict.length < progress.length) for (const i of verdict) header.roles[i] = 'status';
  }
  const units = header.roles.flatMap((r, i) => (r === 'units' ? [i] : []));
  const co = units.filter((i) => isCoUnitHeader(cells[i] ?? ''));
  const leaders = cells.flatMap((c, i) => (header.roles[i] === 'other' && isLeaderHeader(c) ? [i] : []));
  return {
    ...header,
    labels: cells,
    ...(co.length && co.length < units.length ? { coColumns: co } : {}),
    ...(leaders.length ? { leaderColumns: leaders } : {}),
  };
}

export function headerFromRoles(roles: ColumnRole[]): HeaderMap | null {
  if (!roles.includes('number')) return null;
  if (!roles.includes('text')) return null;
  if (!roles.includes('units') && !roles.includes('progress') && !roles.includes('status')) return null;
  return { roles };
}
