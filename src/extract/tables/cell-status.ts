/**
 * The status a table row's status column states (完成状态 / 进展状态 words, a
 * 是否完成 column answered 是/否). Verdict words inside a progress cell are read
 * for every task, table or not, by `classify/progress-text.ts`.
 */
import type { Status } from '../../model/schema.js';
import { classifyStatusText, compact, makeStatus } from '../../classify/lexicon.js';
import { fold } from '../text.js';
import { isStatusQuestion } from './columns.js';

/**
 * A status cell that answers its column's question: 是否完成 → 是 is 已完成 (done),
 * 否 is 未完成 (at_risk: the task did not reach its target); 是否滞后 → 是 is lagging.
 * Null when the cell is not a plain 是/否, so other words go through the lexicon.
 */
export function answerStatus(question: string, cell: string): Status | null {
  const a = fold(compact(cell));
  const yes = /^(是|√|✓)(?![^(（])/.test(a);
  const no = /^(否|×|✗)(?![^(（])/.test(a);
  if (!yes && !no) return null;
  const q = fold(compact(question));
  if (/完成/.test(q)) return makeStatus(yes ? 'done' : 'at_risk', cell.trim(), 'column');
  if (/滞后/.test(q)) return yes ? makeStatus('lagging', cell.trim(), 'column') : null;
  // 是否达序, 是否达到进度要求 (奉新 2021): the schedule kept, or not.
  if (/序|进度/.test(q)) return makeStatus(yes ? 'on_schedule' : 'lagging', cell.trim(), 'column');
  return null;
}

const STATUS_CELL_MAX = 10;

export function isStatusCell(s: string): boolean {
  const t = compact(s);
  // 序时推进（已完成年度目标的95%）: a short verdict with a remark in brackets.
  if (!t || t.replace(/[(（][^()（）]*[)）]$/, '').length > STATUS_CELL_MAX) return false;
  const st = classifyStatusText(t);
  return st !== null && st.code !== 'unknown';
}

/**
 * The status a row's status column states (a 是否完成 column is read as the
 * answer 是/否). A row without one is judged later from its progress text,
 * by the classification pass (`classify/progress-text.ts`), in every kind of document.
 */
export function statusOfRow(statusText: string | null, statusQuestion: string | undefined): Status | null {
  if (statusText === null) return null;
  const asks = statusQuestion !== undefined && isStatusQuestion(fold(compact(statusQuestion)));
  return (asks ? answerStatus(statusQuestion, statusText) : null) ?? classifyStatusText(statusText);
}

