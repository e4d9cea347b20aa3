/**
 * Comma-separated tables (.csv), as spreadsheets export them: quoted fields may hold commas, quotes
 * ("" inside quotes) and line breaks. Leading rows with a single filled cell are the sheet's title
 * lines and become paragraphs; the rest is one table, as the HTML reader gives a sheet saved as HTML.
 */
import type { Block } from '../model/blocks.js';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export function csvToBlocks(text: string): Block[] {
  const rows = parseCsv(text.replace(/^\ufeff/, '')).map((r) => r.map((c) => c.trim()));
  const filled = (r: string[]) => r.filter((c) => c !== '').length;
  const blocks: Block[] = [];
  let i = 0;
  for (; i < rows.length && filled(rows[i]!) <= 1; i++) {
    const text = rows[i]!.find((c) => c !== '');
    if (text) blocks.push({ kind: 'para', text });
  }
  const table = rows.slice(i).filter((r) => filled(r) > 0);
  if (table.length) {
    const width = Math.max(...table.map((r) => r.length));
    blocks.push({ kind: 'table', rows: table.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]) });
  }
  return blocks;
}
