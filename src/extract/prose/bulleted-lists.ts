/**
 * Lists printed one item a line behind a bullet glyph, under a short heading that names their group:
 *   骏马项目 ⏎ ◆绵阳惠科模组项目 ⏎ ◆绵阳京东方OLED模组项目 …   (绵阳 2022, the group defined earlier:
 *   …超季度目标30%…的项目评定为“骏马项目”)
 *   红灯项目 ⏎ ● A ⏎ ● B
 * The items take the verdict of their heading, or of the sentence that defines the heading's name
 * (评定为“X” / 列为“X”), or what an item says of itself after a colon (◆A项目：已竣工).
 */
import { proseVerdict } from '../../classify/lexicon.js';
import { fold, stripSpaces } from '../text.js';
import { statusFrom, type StatusListItem } from './context.js';
import { cleanItem, plausibleItem } from './items.js';

/** A bullet glyph opening a line (not - or ·, which open dates, ranges and scraped menus). */
const BULLET = /^\s*[◆◇●○■□▪▫•★☆▲△►▶➢➤※❖☑✔✅✓]\s*/;

/** Longest heading read as a group's name: a sentence is a lead-in, and gives its verdict the same way. */
const HEADING_MAX = 60;

/** Fewest bulleted lines that make a list. */
const MIN_ITEMS = 2;

/** Longest item: a bulleted paragraph of explanation is not a task's name. */
const ITEM_MAX = 120;

/** Longest sentence searched for a definition of the heading's name. */
const DEFINITION_MAX = 300;

export function findBulletedLists(paragraphs: string[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    if (!BULLET.test(paragraphs[k]!)) continue;
    const run: number[] = [];
    let end = k;
    for (; end < paragraphs.length; end++) {
      const line = paragraphs[end]!;
      if (line.trim() === '') continue;
      if (!BULLET.test(line)) break;
      run.push(end);
    }
    if (run.length >= MIN_ITEMS) out.push(...runItems(paragraphs, k, run));
    else {
      const reported = reportedItems(paragraphs, k);
      if (reported.items.length >= MIN_ITEMS) {
        out.push(...reported.items);
        end = reported.end;
      }
    }
    k = end - 1;
  }
  return out;
}

/** Longest line read as a group heading between reported items (已完工项目, 已启动实施项目). */
const GROUP_HEADING_MAX = 20;

/**
 * Bulleted items each followed by what was done (东北塘 2025): 已完工项目 ⏎ ☑A ⏎ 该项目已于3月完成。 ⏎ ☑B ⏎ … ⏎ 已启动实施项目
 * ⏎ ☑C ⏎ …. A short line without punctuation before a bullet heads the next group; other lines report on the item above.
 * An item takes its group's verdict, else what its report says of it; a run with no group heading that judges is no list.
 */
function reportedItems(paragraphs: string[], first: number): { items: StatusListItem[]; end: number } {
  const items: StatusListItem[] = [];
  let heading = headingBefore(paragraphs, first);
  let group = heading === null ? null : statusFrom(proseVerdict(heading), heading);
  let judgedGroups = group !== null;
  let current: { at: number; name: string; report: string } | null = null;
  const flush = () => {
    if (!current) return;
    const item = cleanItem(current.name);
    const own = statusFrom(proseVerdict(current.report, { saidOfSubject: true }), current.report);
    if (item && plausibleItem(item.text, ITEM_MAX)) items.push({ ...item, status: group ?? own, progress: current.report || undefined, para: current.at });
    current = null;
  };
  let k = first;
  for (; k < paragraphs.length; k++) {
    const line = paragraphs[k]!.trim();
    if (line === '') continue;
    if (BULLET.test(line)) {
      flush();
      current = { at: k, name: line.replace(BULLET, ''), report: '' };
      continue;
    }
    const next = paragraphs.slice(k + 1).find((p) => p.trim() !== '') ?? '';
    if ([...line].length <= GROUP_HEADING_MAX && !/[，,。；;：:]/.test(line) && BULLET.test(next)) {
      flush();
      heading = line;
      group = statusFrom(proseVerdict(heading), heading);
      if (group) judgedGroups = true;
      continue;
    }
    if (!current) break;
    current.report += line;
  }
  flush();
  // Only under group headings that judge them (已完工项目): bullets with prose between them are otherwise photo captions
  // (▲县十七届人大五次会议闭幕现场, 芦山 2020) or measures.
  return { items: judgedGroups ? items : [], end: k };
}

function runItems(paragraphs: string[], first: number, run: number[]): StatusListItem[] {
  const heading = headingBefore(paragraphs, first);
  const group = heading === null ? null : (statusFrom(proseVerdict(heading), heading) ?? definedStatus(paragraphs, heading));
  const out: StatusListItem[] = [];
  for (const at of run) {
    const line = paragraphs[at]!.replace(BULLET, '');
    // ◆A项目：已竣工投用 — what the item says of itself wins over its group's verdict.
    const colon = line.search(/[:：]/);
    const name = colon > 0 ? line.slice(0, colon) : line;
    const own = colon > 0 ? statusFrom(proseVerdict(line.slice(colon + 1), { saidOfSubject: true }), line) : null;
    const item = cleanItem(name);
    if (!item || !plausibleItem(item.text, ITEM_MAX)) continue;
    out.push({ ...item, status: own ?? group, para: at });
  }
  // A list none of whose items has a verdict is a list of measures or names, not a status list.
  return out.some((i) => i.status !== null) ? out : [];
}

/** The line before the list when it is short enough to be the group's name or its lead-in. */
function headingBefore(paragraphs: string[], first: number): string | null {
  for (let k = first - 1; k >= 0; k--) {
    const line = paragraphs[k]!.trim();
    if (line === '') continue;
    return [...line].length <= HEADING_MAX ? line : null;
  }
  return null;
}

/** The verdict of the sentence that defines the heading's name: …的项目评定为“骏马项目”. */
function definedStatus(paragraphs: string[], heading: string) {
  const name = fold(stripSpaces(heading)).replace(/[:：。]$/, '');
  if (name.length < 2) return null;
  const definition = new RegExp(`(?:评定为|认定为|确定为|列为|定为|称为)[“"‘]${escape(name)}[”"’]`);
  for (const p of paragraphs) {
    if (!p.includes(name.slice(0, 2))) continue;
    for (const clause of p.split(/[。；;]/)) {
      if (clause.length > DEFINITION_MAX) continue;
      const m = definition.exec(fold(clause));
      if (!m) continue;
      // 超季度目标30%且超额完成投资5000万元以上的项目: the first condition names the standing; the rest add to it.
      const criteria = clause.slice(0, m.index).split(/且|并且|同时/)[0]!;
      const st = statusFrom(proseVerdict(criteria), clause);
      if (st) return st;
    }
  }
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
