import type { TaskDocument } from '../model/schema.js';
import { writeJson } from './json.js';
import { writeJsonl } from './jsonl.js';
import { writeCsv } from './csv.js';
import { writeMarkdown } from './md.js';

export const DATA_FORMATS = ['json', 'jsonl', 'csv', 'md'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

const WRITERS: Record<DataFormat, (docs: TaskDocument[]) => string> = {
  json: writeJson,
  jsonl: writeJsonl,
  csv: writeCsv,
  md: writeMarkdown,
};

export function writeDocuments(docs: TaskDocument[], format: DataFormat): string {
  return WRITERS[format](docs);
}

export function isDataFormat(s: string): s is DataFormat {
  return (DATA_FORMATS as readonly string[]).includes(s);
}
