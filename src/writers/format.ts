import type { Task, TaskDocument, Unit } from '../model/schema.js';
import { parseUnitList } from '../extract/units.js';

/** How a unit reads in a flat cell: the name, with its duty scope as printed in parentheses. */
export function unitLabel(u: Unit): string {
  return u.note ? `${u.name}(${u.note})` : u.name;
}

/** Multi-value cells are joined with 、 as Chinese lists are, so a spreadsheet cell reads naturally. */
export function joinUnits(units: Unit[]): string {
  return units.map(unitLabel).join('、');
}

/** The document-level fields repeated on every task row of flat outputs (jsonl, csv). */
export function documentFields(doc: TaskDocument) {
  return {
    document: doc.source.path,
    kind: doc.kind,
    title: doc.title,
    issuer: doc.issuer,
    year: doc.year,
    period: doc.period,
  };
}

export function statusCode(t: Task): string {
  return t.status?.code ?? '';
}

/**
 * A spreadsheet cell of units that reads back as the same units. Joined with 、
 * as offices write them, unless a reader would share a prefix across that list
 * (宿州经开区管委会、鞋城管委会 reads as …、宿州鞋城管委会): then one unit per
 * line, which no reader distributes over.
 */
export function unitCell(units: readonly Unit[]): string {
  const joined = joinUnits([...units]);
  if (units.length < 2) return joined;
  const reread = parseUnitList(joined);
  const same = reread.length === units.length && reread.every((u, i) => u.name === units[i]!.name);
  return same ? joined : units.map(unitLabel).join('\n');
}
