/**
 * A numbered list run together into one paragraph: 一、实现贫困群众…全覆盖；二、基本建成…；三、新建…
 * (a news page, a flattened Word list), 1.加快…；2.推进…；3.完善… after a heading's colon. Each item starts
 * a line of its own here, so the outline reads the list as it reads printed lines.
 *
 * Only a sequence is trusted: markers of one kind counting up from 一 / 1 / （一） / （1） / ① without a gap,
 * at least three of them, the first at the start of the line or after a colon, every later one right after
 * ；/。 (so 增长1.5%；2.3万人 or 第一、二期 never split).
 */
import { parseChineseNumeral } from './text.js';

/** Least items for a run of markers to be a list. */
const MIN_ITEMS = 3;

interface MarkerKind {
  /** The marker at a position, as a regex anchored with `y` (sticky). */
  re: RegExp;
  value: (m: RegExpExecArray) => number | null;
}

const KINDS: MarkerKind[] = [
  { re: /([一二三四五六七八九十]{1,3})、/y, value: (m) => parseChineseNumeral(m[1]!) },
  { re: /[（(]([一二三四五六七八九十]{1,3})[)）]/y, value: (m) => parseChineseNumeral(m[1]!) },
  { re: /([0-9]{1,2})[.．、](?![0-9０-９])/y, value: (m) => Number(m[1]) },
  { re: /[（(]([0-9]{1,2})[)）]/y, value: (m) => Number(m[1]) },
  { re: /([\u2460-\u2473])/y, value: (m) => m[1]!.charCodeAt(0) - 0x2460 + 1 },
];

/**
 * Where an item may start: the line's start, after a colon, or (for the second item on) after ；/。 or a space;
 * spaces are where a scrape flattened the line breaks (…予以公示。 1.轨道交通… 牵头领导:… 2.新增… 合计 24 4.新投放…).
 */
const ITEM_START = /^|[：:][ \t\u3000]*|[；;。][ \t\u3000]*|(?<![ \t\u3000；;。：:])[ \t\u3000]+/g;

/** The first item opens the line, follows a colon, or follows a full stop (with or without a flattened line break). */
function opensList(line: string, at: number): boolean {
  if (at === 0) return true;
  const before = line.slice(Math.max(0, at - 4), at);
  // 。1.高新区…项目，…；2.… (新余): a heading sentence, then its numbered items run on; the run of three still decides.
  // 目前项目进展情况 ①、颍阳镇…项目:… ②、… (登封), 一、加快推进重大项目建设 (一)强化目标责任管理。… (昭通 2016): a circled or
  // bracketed number is no figure of the text, so after a flattened line break it opens the list as well.
  if (/^(?:[\u2460-\u2473]|[（(][一二三四五六七八九十0-9]{1,3}[)）])/.test(line.slice(at, at + 5)) && /[ \t\u3000]$/.test(before)) return true;
  return /[：:][ \t\u3000]*$/.test(before) || /。[ \t\u3000]*$/.test(before);
}

/** An item after the first follows ；/。 (a colon inside an item, 牵头领导:…, opens no item). */
function followsColon(line: string, at: number): boolean {
  return /[：:][ \t\u3000]*$/.test(line.slice(Math.max(0, at - 4), at));
}

function markerAt(line: string, at: number, kind: MarkerKind): { value: number; length: number } | null {
  kind.re.lastIndex = at;
  const m = kind.re.exec(line);
  if (!m) return null;
  const value = kind.value(m);
  return value === null ? null : { value, length: m[0].length };
}

/**
 * The line cut before each item of an inline numbered list; the line itself (one element) when it has none.
 * Text before the first item (a heading's 主要任务：) stays a line of its own.
 */
export function splitInlineOrdinals(line: string): string[] {
  // Cheap gate: a list of three needs at least two item separators.
  if (!/[；;。].*[；;。]/.test(line)) return [line];
  const starts: number[] = [];
  ITEM_START.lastIndex = 0;
  for (let m = ITEM_START.exec(line); m; m = ITEM_START.exec(line)) {
    starts.push(m.index + m[0].length);
    if (m[0] === '') ITEM_START.lastIndex++;
  }
  for (const kind of KINDS) {
    const cuts = runOfItems(line, starts, kind);
    if (cuts) return piecesAt(line, cuts);
  }
  const nested = nestedRun(line, starts);
  return nested ? piecesAt(line, nested) : [line];
}

function piecesAt(line: string, cuts: number[]): string[] {
  return cuts.map((at, i) => line.slice(at, cuts[i + 1] ?? line.length).trim()).filter((p) => p !== '');
}

const OUTER = KINDS[0]!;
const CIRCLED = KINDS[4]!;
const INNER = KINDS[2]!;

/**
 * A page flattened with its headings (海盐 2022): …责任分解 一、王丹县长牵头重点工作 1.全县…。 责任单位:… 2.落实…
 * 二、曹惠明常务副县长牵头重点工作 1.坚持…. Headings 一、二、 counting up, each a title without a sentence end, and under
 * each a run of 1. 2. … restarting at one: cut before every heading and every item. Trusted only with two headings
 * or more and three items or more in all; an item after the first follows a sentence end or a flattened line break.
 */
function nestedRun(line: string, starts: number[]): number[] | null {
  const cuts: number[] = [];
  let heading = 1;
  let item = 0;
  let items = 0;
  let headings = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    const outer = markerAt(line, at, OUTER);
    if (outer && outer.value === heading && isHeadingTitle(line, at + outer.length, starts[i + 1] ?? line.length)) {
      cuts.push(at);
      heading++;
      headings++;
      item = 0;
      continue;
    }
    if (headings === 0 || followsColon(line, at)) continue;
    const inner = markerAt(line, at, INNER);
    if (inner && inner.value === item + 1) {
      cuts.push(at);
      item++;
      items++;
    }
  }
  if (headings < 2 || items < MIN_ITEMS) return null;
  return cuts[0]! > 0 ? [0, ...cuts] : cuts;
}

/** The text of a heading up to the next place an item may start: short, and no sentence ends in it. */
function isHeadingTitle(line: string, from: number, to: number): boolean {
  const title = line.slice(from, to).trim();
  return title.length >= 2 && title.length <= 30 && !/[。；;，,：:]/.test(title);
}

/** Start offsets of the pieces (0 first when text precedes the list), or null when no run of MIN_ITEMS is found. */
function runOfItems(line: string, starts: number[], kind: MarkerKind): number[] | null {
  for (let i = 0; i < starts.length; i++) {
    const first = markerAt(line, starts[i]!, kind);
    // The first item: at the line's start or after a colon, numbered one.
    if (!first || first.value !== 1 || !opensList(line, starts[i]!)) continue;
    const items = [starts[i]!];
    let expected = 2;
    for (let j = i + 1; j < starts.length; j++) {
      if (followsColon(line, starts[j]!)) continue;
      const next = markerAt(line, starts[j]!, kind);
      if (next?.value === expected) {
        items.push(starts[j]!);
        expected++;
      }
    }
    // ①② are never a quantity or a date: two of them are already a list.
    if (items.length >= (kind === CIRCLED ? 2 : MIN_ITEMS)) return items[0]! > 0 ? [0, ...items] : items;
  }
  return null;
}
