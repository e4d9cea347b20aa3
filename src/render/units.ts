/**
 * Unit names as reports print them, and the key under which a notice groups
 * them: 市发改委 and 市发展改革委 are one unit for counting, while the printed
 * name stays the one the data used first.
 */
import type { Unit } from '../model/schema.js';

/**
 * Grouping key. Until the shared alias table (src/extract/aliases.ts) lands this
 * only folds width and spacing differences, so 市发改委 and 市发展改革委 still
 * form two groups.
 */
export function unitGroupKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** 市统计局（监测）: the note goes back in full-width parentheses, as an office document prints it. */
export function formatUnit(unit: Pick<Unit, 'name' | 'note'>): string {
  return unit.note ? `${unit.name}（${unit.note}）` : unit.name;
}

export function joinUnits(units: readonly Pick<Unit, 'name' | 'note'>[], sep = '、'): string {
  return units.map(formatUnit).join(sep);
}
