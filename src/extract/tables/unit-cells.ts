/**
 * Unit cells of a table by shape: one name per line or space, names a wrap
 * broke in two, names glued without a separator (市科技局xx市政府).
 */
import type { Unit } from '../../model/schema.js';
import { compact } from '../../classify/lexicon.js';
import { parseUnitList, type UnitListOptions } from '../units.js';
import { fold, TASK_VERB_HEAD } from '../text.js';

const UNIT_SUFFIX =
  /(局|委|委员会|办|办公室|中心|政府|管委会|集团|公司|分局|支队|大队|院|部|室|行|所|站|队|社|厅|处|大学|学院|小组|指挥部|联|会|署|馆|台|团)$/;
const UNIT_PUNCT = /[,，。;；:：、!！?？“”"《》]/;
/** How a unit name typically begins: 市…, xx县…, 埇桥区…, 宿州经开区…, 团市委. */
const UNIT_START = /^(市|省|县|区|团|xx|x|各|[\u4e00-\u9fa5]{1,6}?(市|县|区|镇|园区|新区|开发区|经开区|高新区))/;

function stripNote(raw: string): { name: string; note: string | null } {
  const m = /^(.+?)[(（]([^()（）]+)[)）]$/.exec(raw);
  if (m && UNIT_SUFFIX.test(m[1]!)) return { name: m[1]!, note: m[2]! };
  return { name: raw, note: null };
}

/** A whole unit name (with an optional trailing note): 市发展改革委(粮食和储备局), xx县政府. */
export function isUnitName(s: string): boolean {
  const t = fold(compact(s));
  if (t.length < 2 || t.length > 32 || UNIT_PUNCT.test(t)) return false;
  const { name } = stripNote(t);
  return UNIT_SUFFIX.test(name) && !/[。.]$/.test(t) && !VERB_IN_XING.test(name);
}

/**
 * 行 ends a bank's name (人民银行, 农发行, 中心支行) and many verbs: 产业开发工作稳步进行 (润雅 2016) is a heading that
 * reports, not a body.
 */
const VERB_IN_XING = /(?:进行|运行|举行|实行|推行|执行|施行|通行|出行|先行|并行|践行|履行|试行|可行|流行|旅行|步行|同行|盛行|前行|平行)$/;

/**
 * A place or a park that answers for items of its own (灵武市负责的…, 苏银产业园负责的…): not an office,
 * but the unit of those items all the same.
 */
export function isPlaceOrPark(s: string): boolean {
  const t = fold(compact(s));
  // 园 ends a park that answers for its items (苏银产业园), not a kindergarten, a public garden or a housing estate (万科05地块
  // 幼儿园, 芗城 2018), which are projects.
  return (
    t.length >= 2 &&
    t.length <= 16 &&
    !UNIT_PUNCT.test(t) &&
    !/\d/.test(t) &&
    !TASK_VERB_HEAD.test(t) &&
    /(?:市|县|区|旗|镇|乡|街道|园|园区|新区|开发区|高新区|经开区)$/.test(t) &&
    // 门神文化园, 王家屏纪念园, 农业观光体验园 (朔州 2011, 合水 2019): attractions being built, projects too.
    !/(?:幼儿园|公园|花园|游园|陵园|乐园|植物园|动物园|校园|家园|庄园|文化园|纪念园|体验园|观光园|生态园|博览园|采摘园|民俗园)$/.test(t) &&
    // 第二实验小学西校区 (寒亭): a school's campus is built, not a place answering for items.
    !/校区$/.test(t)
  );
}

/** The head of a unit name the line wrap cut off: 市自然资源和 | 规划局, 市发展民营经济工作 | 领导小组办公室. */
export function isUnitFragment(s: string): boolean {
  const t = fold(compact(s));
  return t.length >= 2 && t.length <= 16 && !UNIT_PUNCT.test(t) && UNIT_START.test(t) && !UNIT_SUFFIX.test(t) && !/\d/.test(t);
}

/** A tail that cannot stand alone as a unit: 规划局, 管委会, 体育局, 领导小组办公室. */
function isUnitTail(s: string): boolean {
  const t = fold(compact(s));
  return isUnitName(t) && !UNIT_START.test(t);
}

/**
 * Units glued without a separator (市科技局xx市政府, 市乡村振兴局(原扶贫局)市发展改革委):
 * cut after a unit ending where a new unit start follows.
 */
export function splitGluedUnits(token: string): string[] {
  const parts: string[] = [];
  let rest = token;
  for (;;) {
    let cut = -1;
    const re = /(局|委|办|办公室|中心|政府|管委会|集团|分局|支队|院|部|室|[)）])(?=(市|xx|团市委))/g;
    for (const m of rest.matchAll(re)) {
      const at = (m.index ?? 0) + m[1]!.length;
      const left = rest.slice(0, at);
      const right = rest.slice(at);
      if (compact(left).length >= 3 && isUnitName(left) && (isUnitName(right) || splitGluedUnits(right).every(isUnitName))) {
        cut = at;
        break;
      }
    }
    if (cut < 0) break;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

function makeUnit(raw: string): Unit {
  const { name, note } = stripNote(compact(raw));
  return { name, raw: raw.trim(), note };
}

/**
 * One unit cell as printed: units separated by line breaks, spaces or 、；
 * names broken by a wrap are re-joined, glued names split, 等相关单位 dropped.
 */
export function splitUnitCell(cell: string, opts: UnitListOptions = {}): Unit[] {
  const pieces = cell
    .split(/[\n\r]+|\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return joinUnitPieces(pieces).flatMap((p): Unit[] => {
    // A printed list (市工信局、发改委) shares prefixes the way a reader distributes them.
    if (/[、,，;；]/.test(p)) return parseUnitList(p, opts);
    return splitGluedUnits(p)
      .map((x) => x.replace(/等(相关|有关)?(单位|部门)$/, ''))
      .filter((x) => compact(x).length > 0)
      .map(makeUnit);
  });
}

/** Re-join a unit name that a wrap or a space cut into a head fragment and a tail. */
export function joinUnitPieces(pieces: string[]): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && isUnitFragment(prev) && (isUnitName(p) || isUnitTail(p)) && !isUnitName(prev)) {
      out[out.length - 1] = prev + p;
      continue;
    }
    if (prev !== undefined && isUnitFragment(prev) && isUnitFragment(p) && !UNIT_START.test(compact(p))) {
      out[out.length - 1] = prev + p;
      continue;
    }
    out.push(p);
  }
  return out;
}


/** A person's name as printed in a unit cell: two to four Han characters, no unit ending (伍泽国). */
const PERSON_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * A unit cell that also names the person in charge (`牵头单位及主要负责人`:
 * `市民政局 伍泽国`): the space-separated names that are not units are persons.
 * Only a cell that holds a unit name as well gives persons.
 */
export function splitPersonNames(cell: string): { rest: string; persons: string[] } {
  const tokens = cell.trim().split(/[ \u00a0\u3000\n]+/).filter((t) => t);
  if (tokens.length < 2 || !tokens.some(isUnitName)) return { rest: cell, persons: [] };
  const isPerson = (t: string) => PERSON_NAME.test(t) && !isUnitName(t) && !UNIT_START.test(t) && !isUnitFragment(t);
  const persons = tokens.filter(isPerson);
  if (!persons.length) return { rest: cell, persons: [] };
  return { rest: tokens.filter((t) => !isPerson(t)).join(' '), persons };
}
