/**
 * Printed unit lists → units, the way a careful reader splits them.
 *
 * Public API (also used by the notice/progress extractors):
 *   parseUnitList(text, {city, groups}) → Unit[]
 *   splitLeaders(text) → string[]
 *
 * Reading rules (see shared/gold/FORMAT.md):
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

export interface UnitListOptions {
  /** The document's city (徐州, 界首), to recognise names that carry their own place prefix. */
  city?: string | null;
  /** Group member lists from the document's appendix, keyed by the group's referenced name. */
  groups?: Record<string, string[]> | null;
}

/** Separators between comma groups; a new group starts a new shared prefix. */
const GROUP_SEPARATORS = ',，;；';
const UNIT_SEPARATOR = '、';

/** Bodies that can follow 及 as a bare type ("相关县(市、区)政府及管委会"). */
const BARE_ORG_TYPES = ['人民政府', '政府', '管委会', '党委', '党工委', '街道办事处', '办事处'];

/** Collective qualifiers: a unit starting with one of these names a set of bodies, never takes a prefix. */
const COLLECTIVE_START = /^(?:各|相关|有关|全市|全县|全区|所有|其他|其它)/;

/** Starts that show a name is already complete at a level above or beside the city's own bodies. */
const SELF_CONTAINED_START = /^(?:国家|中国|中央|全国|团|共青团|驻|中共|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)/;

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
    const parsed = expandConjunctions(items.map(parseItem).filter((p): p is ParsedItem => p !== null));
    distributeSuffix(parsed);
    distributePrefix(parsed, city);
    distributeQualifier(parsed);
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

/**
 * Leader names: split on 、 and commas, trailing 。 and the honorific 同志 removed.
 */
export function splitLeaders(text: string): string[] {
  return splitTopLevel(trimEndOf(stripSpaces(text), '。.'), '、,，;；/')
    .map((s) => s.replace(/同志$/, '').trim())
    .filter((s) => s !== '');
}

/** Finds the appendix member list for a group reference, tolerating the 成员单位 / 成员 suffix either way. */
export function resolveGroup(name: string, groups: Record<string, string[]>): string[] | null {
  if (groups[name]) return groups[name]!;
  const bare = (s: string) => fold(s).replace(/(?:各)?成员(?:单位)?$/, '');
  const key = Object.keys(groups).find((k) => bare(k) === bare(name));
  return key ? groups[key]! : null;
}

interface ParsedItem {
  /** Name as printed, note and 等-tail removed, whitespace removed. */
  core: string;
  note: string | null;
  raw: string;
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

/** Organisation suffixes a bare place can borrow from the last unit of its group, with the place endings each fits. */
const SHARED_SUFFIXES: Array<{ suffix: string; place: RegExp }> = [
  { suffix: '人民政府', place: /(?:县|市|区|镇|乡|[(（][市区县、]+[)）])$/ },
  { suffix: '政府', place: /(?:县|市|区|镇|乡|[(（][市区县、]+[)）])$/ },
  { suffix: '管委会', place: /区$/ },
  { suffix: '党委', place: /(?:县|市|区|镇|乡)$/ },
  { suffix: '党工委', place: /区$/ },
  { suffix: '办事处', place: /街道$/ },
];

/**
 * "徐州经开区、高新区、港务区管委会": the earlier units are bare places that
 * share the last unit's organisation suffix. Walks back from the last unit
 * while the units are bare places of a kind that suffix fits.
 */
function distributeSuffix(items: ParsedItem[]): void {
  const last = items[items.length - 1];
  if (!last || items.length < 2) return;
  const f = fold(last.core);
  const shared = SHARED_SUFFIXES.find(({ suffix, place }) => f.endsWith(suffix) && place.test(f.slice(0, -suffix.length)));
  if (!shared) return;
  const printedSuffix = last.core.slice(-shared.suffix.length);
  for (let i = items.length - 2; i >= 0; i--) {
    const item = items[i]!;
    if (!shared.place.test(fold(item.core)) || item.note !== null) break;
    item.core += printedSuffix;
  }
}

/**
 * "各县、区人民政府": after the suffix is shared, 区人民政府 is a bare level
 * plus a body type, which cannot stand alone; it takes the collective
 * qualifier (各/相关/有关) of the group's first unit → 各区人民政府. So does
 * a bare body type ("各县(市、区)政府、管委会" → 各管委会).
 */
function distributeQualifier(items: ParsedItem[]): void {
  const head = items[0];
  const length = head ? COLLECTIVE_START.exec(fold(head.core))?.[0].length : undefined;
  if (!head || !length) return;
  const qualifier = head.core.slice(0, length);
  for (const item of items.slice(1)) {
    const f = fold(item.core);
    if (/^[市县区乡镇](?:人民政府|政府|管委会|党委|街道办事处)$/.test(f) || BARE_ORG_TYPES.includes(f)) item.core = qualifier + item.core;
  }
}

interface SharedPrefix {
  text: string;
  /** 'level' is 市/市委/县/区/省 (bodies of that government); 'place' is a place name (徐州) for zones and enterprises. */
  kind: 'level' | 'place';
}

/**
 * "市工信局、发改委" → 市发改委; "市委宣传部、统战部" → 市委统战部;
 * "徐州经开区、高新区" → 徐州高新区; "徐州市税务局、统计局" → 市统计局 (a
 * place-named head lends its administrative level, not its place name, to a
 * department).
 */
function distributePrefix(items: ParsedItem[], city: string | null): void {
  const head = items[0];
  if (!head || items.length < 2) return;
  const prefix = sharedPrefixOf(head.core, city);
  if (!prefix) return;
  const foldedCity = city ? fold(city) : null;
  for (const item of items.slice(1)) {
    const f = fold(item.core);
    // A name printed with the shared prefix already (蚌埠高新区管委会、蚌埠经开区管委会) takes nothing more.
    if (prefix.kind === 'place' && f.startsWith(fold(prefix.text))) continue;
    if (hasOwnPrefix(f, foldedCity)) continue;
    if (prefix.kind === 'level' && (isPlaceOrZone(f) || isProperName(f, foldedCity))) continue;
    item.core = prefix.text + item.core;
  }
}

/** Administrative levels whose bodies print as 市X / 市委X / 县X … */
const LEVEL_PREFIX = /^(?:市委|县委|区委|省委|市|县|区|省)/;

/** 市场监管局, 市政公用局, 区域…: a leading 市/区 that belongs to a word, not a level. */
const FALSE_LEVEL = /^(?:市场|市容|市政(?!府|协|法|务)|区域|省级|市级|县级|区级)/;

/** The prefix the group's first unit lends, sliced from its printed form. */
function sharedPrefixOf(printedHead: string, city: string | null): SharedPrefix | null {
  const head = fold(printedHead);
  const foldedCity = city ? fold(city) : null;
  if (COLLECTIVE_START.test(head) || SELF_CONTAINED_START.test(head)) return null;
  if (city && foldedCity && head.startsWith(foldedCity)) {
    const after = head.slice(foldedCity.length);
    // 徐州市税务局 lends 市; 徐州经开区 lends 徐州.
    if (/^市(?!场)/.test(after)) return { text: printedHead.slice(foldedCity.length, foldedCity.length + 1), kind: 'level' };
    return { text: printedHead.slice(0, foldedCity.length), kind: 'place' };
  }
  // Without a known city, a zone named after its place (徐州经开区, 蚌埠高新区) still lends that place name.
  const zone = /^(\p{Script=Han}{2})(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|新区|港务区|保税区|综保区|工业园区|产业园区|度假区)/u.exec(head);
  if (zone && !LEVEL_PREFIX.test(head) && !COLLECTIVE_START.test(head)) return { text: printedHead.slice(0, 2), kind: 'place' };
  const placeLevel = /^\p{Script=Han}{2}([市县])(?!场|政|委|直|属|级)\p{Script=Han}+(?:局|委|办|院|部|厅|室|中心|处|所|站|队)$/u.exec(head);
  if (placeLevel) return { text: printedHead.slice(2, 3), kind: 'level' };
  if (FALSE_LEVEL.test(head)) return null;
  const level = LEVEL_PREFIX.exec(head);
  if (level && head.length > level[0].length + 1) return { text: printedHead.slice(0, level[0].length), kind: 'level' };
  return null;
}

/** Arguments are folded (simplified) forms. */
function hasOwnPrefix(name: string, city: string | null): boolean {
  if (COLLECTIVE_START.test(name) || SELF_CONTAINED_START.test(name)) return true;
  if (city && name.includes(city)) return true;
  if (/[市县区省]委/.test(name.slice(0, 3))) return true;
  if (!FALSE_LEVEL.test(name) && LEVEL_PREFIX.test(name)) return true;
  // Another place's own body: 邳州市, 阜阳银保监分局 printed with its place name.
  if (/^\p{Script=Han}{2}[市县](?!场|政|委|直|属|级)/u.test(name)) return true;
  return false;
}

/** Development zones, districts and townships stand on their own; 市 is not put in front of 高新区管委会. */
function isPlaceOrZone(name: string): boolean {
  return /^\p{Script=Han}{1,6}?(?:区|县|镇|乡|街道)(?:管委会|政府|人民政府|党工委|办事处)?$/u.test(name) && !/(?:局|委员会|办)$/.test(name.replace(/管委会$/, ''));
}

/**
 * Self-contained proper names that a reader would not put 市 in front of:
 * an airport (named after its place), or an enterprise whose name starts with
 * the city's one-character abbreviation (徐工集团, 徐矿集团), which is already
 * the city's own brand. Arguments are folded forms.
 */
function isProperName(name: string, city: string | null): boolean {
  if (/机场$/.test(name)) return true;
  // An airport's company is named after the airport's place (九华山机场公司), never given the city's 市.
  if (/^\p{Script=Han}{2,4}机场(?:集团|公司|有限公司|股份有限公司)$/u.test(name)) return true;
  if (city && name.startsWith(city[0]!) && !name.startsWith(city) && /(?:集团|公司|股份|银行)$/.test(name)) return true;
  return false;
}
