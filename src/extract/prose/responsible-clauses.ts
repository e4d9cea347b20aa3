/**
 * Clauses that name the unit answering for an item and say how the item stands, one after another in a sentence:
 * 仍有县人口计生局负责的孕前优生健康检查仅完成71%，县供销社负责的规范农民专业合作社仅完成81.3%，…，县交通运输局
 * 负责的改善乡村公路项目及A、B等单位负责的安置房建设项目进度滞后 (大英). Each clause gives one item with its unit;
 * items joined by 及 share the verdict the last one states. A clause with no verdict is an order
 * (县环保局负责的…项目要积极整合资金) and gives no item. Items cited by number (负责的第3件) are citedItems' part.
 */
import { findStatusPhrases, makeStatus, proseVerdict } from '../../classify/lexicon.js';
import { parseUnitList } from '../units.js';
import { isPlaceOrPark, isUnitName } from '../tables/unit-cells.js';
import { splitTopLevel } from '../text.js';
import type { StatusListItem } from './status-lists.js';

const RESPONSIBLE = '负责的';

/** Words of the sentence before the first unit: 但仍有, 其中, 还有, and the preposition of 对A、B等所负责的… . */
const LEAD_IN = /^(?:但|而|仍|还|也|另|其中|尚|有|主要是|如|对|针对|向)+/;

/** What ends a unit list without being a unit: 等单位, 等部门, 等所(负责的). */
const UNITS_TAIL = /等?(?:单位|部门|相关单位)?所?$/;

/** Words between an item's name and its verdict that describe neither: 还, 仍, 仅…, 进度 (…项目进度滞后). */
const BEFORE_VERDICT = /(?:还|仍|尚|均|都|已经|已|仅|目前|进度|进展|工作)+$/;

function unitsOf(text: string): string | null {
  const t = text.replace(LEAD_IN, '').replace(UNITS_TAIL, '').trim();
  const pieces = t.split(/[、及和与]/).filter((p) => p !== '');
  if (pieces.length === 0 || !pieces.every((p) => isUnitName(p) || isPlaceOrPark(p))) return null;
  return t;
}

/** The clause cut where a second unit takes over: …负责的A及B、C等单位负责的D → […负责的A, B、C等单位负责的D]. */
function splitAtSecondUnit(clause: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let k = clause.indexOf(RESPONSIBLE);
  for (let next = clause.indexOf(RESPONSIBLE, k + RESPONSIBLE.length); next >= 0; next = clause.indexOf(RESPONSIBLE, next + RESPONSIBLE.length)) {
    const between = clause.slice(k + RESPONSIBLE.length, next);
    const conj = Math.max(between.lastIndexOf('及'), between.lastIndexOf('和'));
    if (conj < 0) return [];
    parts.push(clause.slice(from, k + RESPONSIBLE.length + conj));
    from = k + RESPONSIBLE.length + conj + 1;
    k = next;
  }
  parts.push(clause.slice(from));
  return parts;
}

/** The items of the sentence's clauses, except those inside `covered` (spans of lists read already). */
export function responsibleClauseItems(text: string, para: number, covered: Array<[number, number]>): StatusListItem[] {
  if (!text.includes(RESPONSIBLE)) return [];
  const out: StatusListItem[] = [];
  let offset = 0;
  for (const clause of splitTopLevel(text, '，,；;。')) {
    const start = text.indexOf(clause, offset);
    offset = start < 0 ? offset : start + clause.length;
    if (start < 0 || covered.some(([a, b]) => a < start + clause.length && b > start)) continue;
    const k = clause.indexOf(RESPONSIBLE);
    // 负责的第3件 is a citation by number.
    if (k < 0 || /^第[0-9一二三四五六七八九十]/.test(clause.slice(k + RESPONSIBLE.length))) continue;
    const parts = splitAtSecondUnit(clause.trim());
    const found: Array<{ units: string; name: string }> = [];
    let verdictOfLast = null as ReturnType<typeof proseVerdict>;
    for (const part of parts) {
      const at = part.indexOf(RESPONSIBLE);
      const units = at > 0 ? unitsOf(part.slice(0, at)) : null;
      if (units === null) {
        found.length = 0;
        break;
      }
      const rest = part.slice(at + RESPONSIBLE.length);
      const hit = proseVerdict(rest, { saidOfSubject: true });
      const first = hit ? findStatusPhrases(rest).find((h) => !h.negated) : undefined;
      const cut = first ? rest.indexOf(first.words) : -1;
      const name = (cut > 0 ? rest.slice(0, cut) : rest).replace(BEFORE_VERDICT, '').trim();
      // 所负责的部分未开工…项目: a share of the unit's items (部分, 个别), not one named item.
      if ([...name].length < 2 || /^(?:部分|个别|一些|少数|多数|全部|所有)(?:的)?$/.test(name)) {
        found.length = 0;
        break;
      }
      found.push({ units, name });
      verdictOfLast = hit;
    }
    if (found.length === 0 || !verdictOfLast) continue;
    const status = makeStatus(verdictOfLast.code, clause.trim(), 'notice-list');
    for (const f of found) out.push({ number: null, text: f.name, lead: parseUnitList(f.units), status, para });
  }
  return out;
}
