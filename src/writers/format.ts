import type { Task, TaskDocument, Unit } from '../model/schema.js';

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
