/**
 * The intermediate form every reader produces and every extractor consumes:
 * ordered blocks of running text and tables whose cells stay cells. Readers
 * never interpret content; extractors never look at bytes.
 */
import type { SourceFormat } from './schema.js';

export interface ParaBlock {
  kind: 'para';
  /** One visual line or paragraph as the source broke it; may be a fragment of a sentence. */
  text: string;
  page?: number;
}

export interface TableBlock {
  kind: 'table';
  /** Rows of cell texts, with rowspan/colspan already resolved (a spanned cell repeats its text). */
  rows: string[][];
  page?: number;
}

export type Block = ParaBlock | TableBlock;

export interface ReadResult {
  path: string;
  format: SourceFormat;
  /** Encoding the bytes were decoded with; null for formats that carry their own (PDF, docx). */
  encoding: string | null;
  sha256: string;
  bytes: number;
  blocks: Block[];
  /** Text that came through another program: LibreOffice (legacy Office/WPS) or OCR (a scanned PDF, less reliable). */
  via?: 'libreoffice' | 'ocr';
}
