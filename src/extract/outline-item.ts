/**
 * An item of a running-text plan as the outline reads it: its marker, its text and body, the assignment lines
 * and labels it collected, and what a report line said of it.
 */
import type { Assignment } from './assignments.js';
import type { Marker } from './numbering.js';

export interface Item {
  marker: Marker;
  /** Heading or task text as printed, continuation lines joined. */
  text: string;
  /** An unnumbered paragraph under a title-like heading: the task text of a heading+body task. */
  body: string | null;
  parent: Item | null;
  children: Item[];
  /** Assignments found other than in labelled lines (a bare list under the first-listed-leads convention). */
  assignments: Assignment[];
  /** Index into assignments of a bare list still open for a continuation, or -1. */
  openAssignment: number;
  /**
   * The item's labelled assignment lines as printed, joined: a scrape or a PDF
   * wraps them anywhere, even inside a label (责任单\n位:), so they are parsed
   * only once the whole block is known.
   */
  labelled: string;
  /** Inside a remark (备注:…) after the assignments: its lines belong to no task. */
  inRemark: boolean;
  line: number;
  /** The text printed on the item's own numbered line, before any continuation was joined. */
  ownText: string;
  /** What a labelled report line says of the item (推进情况:…, 督查结果:…), continuation lines joined. */
  report: { role: 'progress' | 'status'; text: string } | null;
}

export function newItem(marker: Marker, text: string, parent: Item | null, line: number): Item {
  return { marker, text, body: null, parent, children: [], assignments: [], openAssignment: -1, labelled: '', inRemark: false, line, ownText: text, report: null };
}

export function hasAssignments(item: Item): boolean {
  return item.labelled !== '' || item.assignments.length > 0;
}

/** A short heading without punctuation ("推进就业创业") whose body follows on its own line. */
export function isTitleLike(text: string): boolean {
  return text.length > 0 && text.length <= 20 && !/[，,、。；;：:！？]/.test(text);
}
