/**
 * Shared parts of a printed unit list, distributed the way a careful reader
 * does (shared/gold/FORMAT.md): the first unit's administrative prefix
 * (市工信局、发改委 → 市发改委), a place prefix (徐州经开区、高新区 → 徐州高新区),
 * the last unit's organisation suffix over bare places (各县(市)、铜山区政府),
 * and a collective qualifier (各县、区人民政府 → 各区人民政府). Used only by
 * parseUnitList in units.ts; `raw` always keeps the printed slice.
 */
import { fold } from './text.js';

/** One list item: name as printed (note and 等-tail removed, whitespace removed), its note and printed slice. */
export interface ParsedItem {
  core: string;
  note: string | null;
  raw: string;
}

/** Bodies that can follow 及 as a bare type ("相关县(市、区)政府及管委会"). */
export const BARE_ORG_TYPES = ['人民政府', '政府', '管委会', '党委', '党工委', '街道办事处', '办事处'];

/** Collective qualifiers: a unit starting with one of these names a set of bodies, never takes a prefix. */
export const COLLECTIVE_START = /^(?:各|相关|有关|全市|全县|全区|所有|其他|其它)/;

/** Starts that show a name is already complete at a level above or beside the city's own bodies. */
const SELF_CONTAINED_START = /^(?:国家|中国|中央|全国|人民银行|团|共青团|驻|中共|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)/;

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
export function distributeSuffix(items: ParsedItem[]): void {
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
export function distributeQualifier(items: ParsedItem[], groupText: string): void {
  const head = items[0];
  const length = head ? COLLECTIVE_START.exec(fold(head.core))?.[0].length : undefined;
  if (!head || !length) return;
  const qualifier = head.core.slice(0, length);
  for (const item of items.slice(1)) {
    const f = fold(item.core);
    const bareLevelBody = /^[市县区乡镇](?:人民政府|政府|管委会|党委|街道办事处)$/.test(f);
    if (!bareLevelBody && !BARE_ORG_TYPES.includes(f)) continue;
    item.core = qualifier + item.core;
    // A reader may also keep "各乡、镇人民政府" whole as one collective: both parts keep that printed form as raw.
    if (bareLevelBody) head.raw = item.raw = groupText;
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
export function distributePrefix(items: ParsedItem[], city: string | null): void {
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

