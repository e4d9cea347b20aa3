import type { TaskDocument } from '../model/schema.js';
import { documentFields, joinUnits } from './format.js';
import { escapeControlsInCell } from '../util/controls.js';

const COLUMNS = [
  'document', 'kind', 'title', 'year', 'period', 'id', 'number', 'section', 'text',
  'lead_units', 'co_units', 'leaders', 'deadline', 'progress', 'status', 'status_label', 'status_evidence',
] as const;

/** UTF-8 with BOM: without it Excel on Chinese Windows opens the file as GBK and shows mojibake. */
export function writeCsv(docs: TaskDocument[]): string {
  const rows: string[] = [COLUMNS.join(',')];
  for (const doc of docs) {
    const head = documentFields(doc);
    for (const t of doc.tasks) {
      const cells: Record<(typeof COLUMNS)[number], string | number | null> = {
        document: head.document,
        kind: head.kind,
        title: head.title,
        year: head.year,
        period: head.period,
        id: t.id,
        number: t.number,
        section: t.section.join(' / '),
        text: t.text,
        lead_units: joinUnits(t.leadUnits),
        co_units: joinUnits(t.coUnits),
        leaders: t.leaders.join('、'),
        deadline: t.deadline,
        progress: t.progress,
        status: t.status?.code ?? null,
        status_label: t.status?.label ?? null,
        status_evidence: t.status?.evidence ?? null,
      };
      rows.push(COLUMNS.map((c) => csvCell(cells[c])).join(','));
    }
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = escapeControlsInCell(String(value));
  // A leading = + - @ makes spreadsheets evaluate the cell as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
