/**
 * A paragraph that holds several tasks, each closed by its own assignment bracket (太康 2020):
 *   加快推进引黄调蓄工程建设，一期工程于2020年年底前完成。（牵头责任单位：水利局；配合单位：有关乡镇）。打造街头游园9个，
 *   2020年年底前完成。（牵头责任单位：城管局；配合单位：有关乡镇）。推进河道生态修复…。（牵头责任单位：水利局；…）
 * Each run of text up to and including a labelled bracket is one task. Read by the outline (the body under a heading)
 * and by the reader of unnumbered paragraphs alike.
 */
import { LABEL_WORD } from './assignments.js';
import { fold } from './text.js';

/** A bracket that opens with an assignment label (牵头单位：, 责任单位:, 牵头责任单位：…). */
const LABEL_OPENS = new RegExp(`^\\s*${LABEL_WORD}\\s*[:：]`);

/** Shortest text of a task before its bracket. */
const RUN_MIN = 6;

/** The labelled brackets at the top level of `text`, in order: where each opens, and where it ends (exclusive). */
function labelledBrackets(text: string): Array<{ open: number; end: number }> {
  const found: Array<{ open: number; end: number }> = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      depth--;
      if (depth === 0 && LABEL_OPENS.test(fold(text.slice(open + 1, i)))) found.push({ open, end: i + 1 });
    }
  }
  return found;
}

/**
 * The runs of `text` that each end with their own labelled bracket, when there are two or more and nothing but
 * punctuation follows the last; else null (one bracket is the usual task with its assignment).
 */
export function assignmentRuns(text: string): string[] | null {
  const brackets = labelledBrackets(text);
  if (brackets.length < 2) return null;
  if (/[^\s。；;，,.]/.test(text.slice(brackets[brackets.length - 1]!.end))) return null;
  const runs: string[] = [];
  let from = 0;
  for (const { open, end } of brackets) {
    const said = text.slice(from, open).replace(/^[\s。；;，,.]+/, '');
    if ([...said].length < RUN_MIN) return null;
    runs.push(said + text.slice(open, end));
    from = end;
  }
  return runs;
}
