import type { TaskDocument } from '../model/schema.js';
import { writeJson } from './json.js';
import { writeJsonl } from './jsonl.js';
import { writeCsv } from './csv.js';
import { writeMarkdown } from './md.js';
import type { KeyLanguage } from './records.js';
export { KEY_LANGUAGES, type KeyLanguage } from './records.js';

export const DATA_FORMATS = ['json', 'jsonl', 'csv', 'md', 'xlsx'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
export type TextDataFormat = Exclude<DataFormat, 'xlsx'>;

const TEXT_WRITERS: Record<TextDataFormat, (docs: TaskDocument[], keys: KeyLanguage) => string> = {
  json: writeJson,
  jsonl: writeJsonl,
  csv: writeCsv,
  md: writeMarkdown,
};

export function writeDocuments(docs: TaskDocument[], format: TextDataFormat, keys: KeyLanguage = 'zh'): string {
  return TEXT_WRITERS[format](docs, keys);
}

/** Every format; xlsx loads exceljs on demand (it is large, and most runs do not need it). */
export async function writeDocumentsIn(docs: TaskDocument[], format: DataFormat, keys: KeyLanguage = 'zh'): Promise<string | Buffer> {
  if (format === 'xlsx') return (await import('./xlsx.js')).tasksXlsx(docs, keys);
  return writeDocuments(docs, format, keys);
}

export function isDataFormat(s: string): s is DataFormat {
  return (DATA_FORMATS as readonly string[]).includes(s);
}
