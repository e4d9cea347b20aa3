import type { TaskDocument } from '../model/schema.js';
import { documentColumnsZh, taskRecords, type KeyLanguage } from './records.js';
import { escapeControlsInCell } from '../util/controls.js';

/**
 * UTF-8 with BOM: without it Excel on Chinese Windows opens the file as GBK and shows mojibake.
 * Chinese headers and status words by default; `keys: 'en'` gives the English keys and codes.
 */
export function writeCsv(docs: TaskDocument[], keys: KeyLanguage = 'zh'): string {
  const rows: string[] = [];
  for (const [k, doc] of docs.entries()) {
    const { headers, rows: records } = taskRecords(doc, keys);
    // In Chinese the document columns come after the task's, so 序号 stays the first column an office sees.
    const docCols = keys === 'zh' ? documentColumnsZh(doc) : { headers: [], cells: [] };
    if (k === 0) rows.push([...headers, ...docCols.headers].map(csvCell).join(','));
    for (const r of records) rows.push([...r, ...docCols.cells].map(csvCell).join(','));
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
