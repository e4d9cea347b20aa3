/**
 * Printed unit lists → units, the way a careful reader splits them.
 *
 * Public API (also used by the notice/progress extractors):
 *   parseUnitList(text, {city, groups}) → Unit[]
 *   splitLeaders(text) → string[]
 *
 * Reading rules (see shared/gold/FORMAT.md; the sharing of prefixes and suffixes lives in sharing.ts):
 * - `、` separates units inside a group; `,` `，` `;` `；` separate groups. A
 *   group shares its first unit's administrative prefix (市工信局、发改委 →
 *   市发改委) or place prefix (徐州经开区、高新区 → 徐州高新区), and its last
 *   unit's organisation suffix when the earlier units are bare places
 *   (各县(市)、铜山区政府 → 各县(市)政府, 铜山区政府).
 * - Separators inside brackets or quotes never split (各县(市、区)政府).
 * - A parenthesis at the end of a unit is a duty scope or an alias → note;
 *   an administrative-level parenthesis (县(市)) is part of the name.
 * - `等相关单位` / `等涉改国企` … after the last real unit is not a unit.
 * - Names are never translated: 市发改委 stays 市发改委.
 */
import type { Unit } from '../model/schema.js';
import { fold, normalizeNameWidth, splitTopLevel, stripSpaces, openingParen, trimEndOf } from './text.js';
import { BARE_ORG_TYPES, COLLECTIVE_START, distributePrefix, distributeQualifier, distributeSuffix, type ParsedItem } from './sharing.js';

export interface UnitListOptions {
  /** The document's city (徐州, 界首), to recognise names that carry their own place prefix. */
  city?: string | null;
  /** Group member lists from the document's appendix, keyed by the group's referenced name. */
  groups?: Record<string, string[]> | null;
  /** The document states "列第一位者为牵头单位": an unmarked single list gives its first unit as lead, the rest as co. */
  firstListedLeads?: boolean;
}

/** Separators between comma groups; a new group starts a new shared prefix. */
const GROUP_SEPARATORS = ',，;；';
const UNIT_SEPARATOR = '、';


/**
 * A parenthesis that belongs to a collective place name rather than being a
 * note: 各县(市), 各县(市、区), 村(居).
 */
const ADMIN_LEVEL_PAREN = /^[市区县镇乡街道居村、]+$/;

/** Whether a bracket's content belongs to a collective place name (各县(市、区)) rather than being a note. */
export function isAdminLevelParen(inner: string): boolean {
  return ADMIN_LEVEL_PAREN.test(fold(stripSpaces(inner)));
}

/** 等 that is part of a word (高等, 平等, 中等, 同等) rather than "and others". */
const WORD_DENG = /[高平中初同对均优]等/;

/**
 * Splits one printed unit list (the value after 牵头单位: or a table cell) into
 * units with shared prefixes and suffixes distributed, notes taken from
 * trailing brackets, `等…` tails dropped and group references resolved from
 * `opts.groups`. Whitespace and line-break damage inside names is removed;
 * `raw` keeps each unit's printed slice. Never throws; an empty list gives [].
 */
export function parseUnitList(text: string, opts: UnitListOptions = {}): Unit[] {
  const city = opts.city ? stripSpaces(opts.city).replace(/[市县区]$/, '') : null;
  const cleaned = cleanListText(text, city);
  if (cleaned === '') return [];
  const out: Unit[] = [];
  for (const groupText of splitTopLevel(cleaned, GROUP_SEPARATORS)) {
    const items = splitTopLevel(groupText, UNIT_SEPARATOR)
      .map((raw) => raw.trim())
      .filter((raw) => raw !== '');
    const parsed = expandConjunctions(joinCollectiveLevels(items).flatMap(splitConjoined).map(parseItem).filter((p): p is ParsedItem => p !== null));
    distributeSuffix(parsed);
    distributePrefix(parsed, city);
    distributeQualifier(parsed, groupText.trim());
    for (const p of parsed) {
      const name = normalizeNameWidth(p.core);
      if (name === '') continue;
      const unit: Unit = { name, raw: p.raw, note: p.note };
      const members = opts.groups ? resolveGroup(name, opts.groups) : null;
      if (members) unit.members = members;
      out.push(unit);
    }
  }
  return out;
}

/** Leader names have their own home (leaders.ts); re-exported for the table extractors. */
export { splitLeaders } from './leaders.js';

/** Finds the appendix member list for a group reference, tolerating the 成员单位 / 成员 suffix either way. */
export function resolveGroup(name: string, groups: Record<string, string[]>): string[] | null {
  if (groups[name]) return groups[name]!;
  const bare = (s: string) => fold(s).replace(/(?:各)?成员(?:单位)?$/, '');
  const key = Object.keys(groups).find((k) => bare(k) === bare(name));
  return key ? groups[key]! : null;
}


function cleanListText(text: string, city: string | null): string {
  return trimEndOf(stripSpaces(separateSpacedNames(text, city)).replace(/^[:：,，、;；]+/, ''), '。.,，、;；');
}

/**
 * Whitespace inside a list is usually line-break damage (徐 州经开区) and is
 * removed; but a space between a complete name and the start of the next
 * (市发改委 市财政局, common in tables and PDFs) separates two units.
 */
function separateSpacedNames(text: string, city: string | null): string {
  return text.replace(/([局委办院部厅室心处所站队会社行司团府组馆])[\s\u00a0\u3000]+/g, (m, end: string, offset: number) => {
    const next = fold(text.slice(offset + m.length, offset + m.length + 4));
    // A new name starts with a level, a collective, a national body or the city ("市委 宣传部" stays one name).
    const startsName = /^(?:市|县|区|省|各|相关|有关|国家|中国)/.test(next) || (city !== null && next.startsWith(fold(city).slice(0, 2)));
    return startsName ? `${end}、` : m;
  });
}

function parseItem(raw: string): ParsedItem | null {
  // A star after a name marks the lead in some plans ("市发改委*"); it is not part of the name.
  let core = trimEndOf(dropEtcTail(raw), '*＊★☆');
  let note: string | null = null;
  // A trailing parenthesis is a note unless it is part of a collective place name.
  if (/[)）]$/.test(core)) {
    const open = openingParen(core, core.length - 1);
    if (open > 0) {
      const inner = core.slice(open + 1, -1);
      if (!isAdminLevelParen(inner)) {
        note = /^见附件/.test(fold(inner)) ? '见附件' : inner;
        core = dropEtcTail(core.slice(0, open));
      }
    }
  }
  if (core === '') return null;
  return { core, note: note === '' ? null : note, raw };
}

/** Cuts "徐工集团等涉改国企" to "徐工集团"; "等相关单位" alone leaves nothing. */
function dropEtcTail(s: string): string {
  const f = fold(s);
  let depth = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i]!;
    if (ch === '(' || ch === '（' || ch === '“') depth++;
    else if (ch === ')' || ch === '）' || ch === '”') depth = Math.max(0, depth - 1);
    else if (ch === '等' && depth === 0 && !(i > 0 && WORD_DENG.test(f.slice(i - 1, i + 1)))) {
      return s.slice(0, i);
    }
  }
  return s;
}

/** A collective head that names a set of places by their level alone: 各区, 各乡, 相关县(市), 各县市区. */
const COLLECTIVE_LEVEL = /^(?:各|相关|有关)(?:县级市|县市区|乡镇|街道|县|市|区|乡|镇|州|盟|旗)(?:[(（][市区县、]+[)）])?$/;
/** A bare level that continues a collective head after 、: 县级市, 镇, 区, 街道. */
const BARE_LEVEL = /^(?:县级市|县市区|乡镇|街道|县|市|区|乡|镇|州|盟|旗)$/;

/**
 * "各区、县级市", "各乡、镇": one collective unit whose 、 joins levels, not
 * units; a reader never splits off the non-unit "县级市". Printed as one unit.
 * A run that ends in a shared body type ("各县、区人民政府") is left to the
 * suffix and qualifier rules, which give each level its own body.
 */
function joinCollectiveLevels(items: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const head = items[i]!;
    let j = i + 1;
    if (/^(?:各|相关|有关|相關|有關)/.test(head) && COLLECTIVE_LEVEL.test(fold(head))) while (j < items.length && BARE_LEVEL.test(fold(items[j]!))) j++;
    out.push(j > i + 1 ? items.slice(i, j).join(UNIT_SEPARATOR) : head);
    i = j - 1;
  }
  return out;
}

/**
 * "市级各有关部门及各县市区政府", "全国总工会等和各省级人民政府", "商务局和财政局":
 * 及/和/与 (after an optional 等 that closes the first list) join two whole
 * units. Not inside names: 文化和旅游部, 中央和国家机关工委, 人力资源和社会保障局
 * have no unit ending before the 和.
 */
function splitConjoined(item: string): string[] {
  // Most names hold no conjunction; only those are folded (fold is the costly step).
  if (!/[和及与與]/.test(item)) return [item];
  const f = fold(item);
  let depth = 0;
  for (let i = 1; i < f.length - 1; i++) {
    const ch = f[i]!;
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    if (depth > 0 || !'和及与'.includes(ch)) continue;
    const left = item.slice(0, f[i - 1] === '以' ? i - 1 : i);
    const right = item.slice(i + 1);
    const leftCore = fold(left).replace(/等$/, '');
    const fr = fold(right);
    if (!ORG_ENDING.test(leftCore) || leftCore.length < 2) continue;
    if (!(COLLECTIVE_START.test(fr) || (ORG_ENDING.test(fr.replace(/[(（][^()（）]*[)）]$/, '')) && fr.length >= 3))) continue;
    // 各区和县级市 is one collective, like 各区、县级市.
    if (BARE_LEVEL.test(fr)) continue;
    return [left, ...splitConjoined(right)];
  }
  return [item];
}

/** "相关县(市、区)政府及管委会" → 相关县(市、区)政府, 相关管委会 (the qualifier is shared). */
function expandConjunctions(items: ParsedItem[]): ParsedItem[] {
  const out: ParsedItem[] = [];
  for (const item of items) {
    const m = /^(.+)[及和与]([^及和与]+)$/.exec(fold(item.core));
    if (m && BARE_ORG_TYPES.includes(m[2]!)) {
      const first = item.core.slice(0, m[1]!.length);
      const type = item.core.slice(m[1]!.length + 1);
      const qualifierLength = COLLECTIVE_START.exec(m[1]!)?.[0].length ?? 0;
      out.push({ core: first, note: null, raw: item.raw });
      out.push({ core: first.slice(0, qualifierLength) + type, note: item.note, raw: item.raw });
    } else {
      out.push(item);
    }
  }
  return out;
}

const ORG_ENDING =
  /(?:局|委|办|院|部|厅|室|中心|处|所|站|队|会|社|行|司|集团|公司|政府|管委会|单位|街道|镇|乡|联|团|机构|企业|海关|高校|学校|组|馆|台|区|县|市|园|场|署|科|庭|军|支队|总队|分局|部门)$/;

/** Whether a piece of text is nothing but a list of bodies (used for bare lists and broken unit lines). */
export function looksLikeUnitList(s: string): boolean {
  const t = fold(stripSpaces(s)).replace(/[。.]$/, '');
  // A whole line in brackets ("（A、B等负责）") is an inline assignment, not a bare list.
  if (t === '' || /[。！？:：]/.test(t) || /^[(（〔【]/.test(t)) return false;
  const pieces = t.split(/[、,，;；]/).filter((p) => p !== '');
  if (pieces.length === 0) return false;
  // Unit names carry no structural particles; a sentence about units (排在第一位的为牵头单位) is not a list.
  if (/的|其他|其它|以上|以下/.test(t.replace(/[(（][^()（）]*[)）]/g, ''))) return false;
  return pieces.every((p) => {
    const core = p.replace(/[(（][^()（）]*[)）]$/, '').replace(/等\S*$/, '');
    return core.length >= 1 && core.length <= 24 && (ORG_ENDING.test(core) || /等/.test(p));
  });
}

/**
 * The co units of a task without its lead units: a 责任单位 column that lists every responsible body beside a 牵头单位
 * column (莲都 2023: 区农业农村局、区经商局、…区发改局 | 区发改局) names the lead again; a body leads or helps, not both.
 */
export function coWithoutLeads(co: Unit[], lead: Unit[]): Unit[] {
  if (lead.length === 0 || co.length === 0) return co;
  const leads = new Set(lead.map((u) => u.name));
  return co.filter((u) => !leads.has(u.name));
}
