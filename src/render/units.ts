/**
 * Unit names as reports print them, and the key under which a notice groups
 * them: 市发改委 and 市发展改革委 are one unit for counting, while the printed
 * name stays the one the data used first.
 */
import type { Unit } from '../model/schema.js';
import { aliasKey } from '../extract/aliases.js';

/**
 * Grouping key: the parser's alias key, so 市发改委 and 市发展改革委 are counted
 * as one unit in a notice exactly as they are matched across documents.
 */
export function unitGroupKey(name: string): string {
  const trimmed = name.trim();
  return aliasKey(trimmed) || trimmed;
}

/** 市统计局（监测）: the note goes back in full-width parentheses, as an office document prints it. */
export function formatUnit(unit: Pick<Unit, 'name' | 'note'>): string {
  return unit.note ? `${unit.name}（${unit.note}）` : unit.name;
}

export function joinUnits(units: readonly Pick<Unit, 'name' | 'note'>[], sep = '、'): string {
  return units.map(formatUnit).join(sep);
}

/**
 * A unit list as a plan prints it: 、 inside a run of units that share their
 * leading character (市发改委、市统计局), ， where a new kind of body starts
 * (徐州市税务局，各县(市、区)政府，徐州经开区管委会). Readers — and the parser —
 * distribute a run's prefix to every unit in it, so starting a new run before
 * 供电界首分公司 keeps it from being read as 市供电界首分公司.
 */
export function printUnitList(units: readonly Pick<Unit, 'name' | 'note'>[]): string {
  let out = '';
  let head = '';
  for (const u of units) {
    const first = u.name.charAt(0);
    if (out === '') out = formatUnit(u);
    else out += (first === head ? '、' : '，') + formatUnit(u);
    if (out === formatUnit(u) || first !== head) head = first;
  }
  return out;
}
