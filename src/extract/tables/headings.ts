/**
 * Section headings between the rows of a task table (一、… / (一)… / an
 * unnumbered sub-heading), kept as a stack so each row knows its section.
 */
import { toChineseNumeral } from '../numbering.js';
import { leadersOfHeading } from '../leaders.js';

export interface Heading {
  level: 1 | 2;
  /** Numeral as used in `path`: 一 or (一); null when the document prints none. */
  numeral: string | null;
  text: string;
}


const FIRST_LEVEL = /^([一二三四五六七八九十]{0,3})、\s*(.+)$/;
const SECOND_LEVEL = /^[(（]?([一二三四五六七八九十]{0,3})[)）]\s*(.+)$/;

/**
 * A heading line as printed, tolerating the numeral or bracket the scrape lost:
 * `、提升产业链…`, `)塑造阳光法治…`. Returns null for anything else.
 */
export function parseHeadingLine(line: string): { level: 1 | 2; printed: string | null; text: string } | null {
  const t = line.trim();
  let m = FIRST_LEVEL.exec(t);
  if (m) return { level: 1, printed: m[1] || null, text: m[2]!.trim() };
  m = SECOND_LEVEL.exec(t);
  if (m && (t.startsWith('(') || t.startsWith('（') || /^[)）]/.test(t) || m[1])) {
    return { level: 2, printed: m[1] || null, text: m[2]!.trim() };
  }
  return null;
}

/**
 * Keeps the heading stack; numerals lost in the scrape are rebuilt by order
 * (the k-th first-level heading is 一…, the k-th sub-heading under it (k)).
 */
export class HeadingTracker {
  private first: Heading | null = null;
  private second: Heading | null = null;
  private firstCount = 0;
  private secondCount = 0;

  pushFirst(printed: string | null, text: string): void {
    this.firstCount++;
    this.secondCount = 0;
    this.first = { level: 1, numeral: printed ?? toChineseNumeral(this.firstCount), text };
    this.second = null;
  }

  pushSecond(printed: string | null, text: string, numbered: boolean): void {
    this.secondCount++;
    const numeral = numbered ? `(${printed ?? toChineseNumeral(this.secondCount)})` : null;
    this.second = { level: 2, numeral, text };
  }

  /** A heading line as printed; returns false when the line is not a heading. */
  pushLine(line: string): boolean {
    const h = parseHeadingLine(line);
    if (!h) return false;
    if (h.level === 1) this.pushFirst(h.printed, h.text);
    else this.pushSecond(h.printed, h.text, true);
    return true;
  }

  current(): Heading[] {
    return [this.first, this.second].filter((h): h is Heading => h !== null);
  }
}


/**
 * A section heading as found in a table or a flattened line: numbered first
 * level (一、), numbered second level ((一)), or an unnumbered sub-heading
 * ending in 。 (a second level that only names the section).
 */
export function pushHeadingText(tracker: HeadingTracker, text: string): void {
  const t = text.trim();
  if (tracker.pushLine(t)) return;
  tracker.pushSecond(null, t, false);
}

/** The leader a section heading puts in charge of its rows (洪湖鹏市长主抓重点工作); read by the one leader-heading grammar. */
export function leaderOfHeading(text: string): string | null {
  return leadersOfHeading(text)[0] ?? null;
}
