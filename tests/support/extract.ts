/**
 * Running one extractor (without kind detection) on a fixture, the way the
 * pipeline does: read → extract → classify, warnings collected.
 */
import { readFile } from '../../src/readers/index.js';
import { classifyDocument } from '../../src/classify/index.js';
import { collectingContext, type ExtractedDocument, type Extractor } from '../../src/extract/types.js';
import { TaskDocument } from '../../src/model/schema.js';

export async function extractWith(extractor: Extractor, path: string): Promise<ExtractedDocument> {
  const read = await readFile(path);
  const ctx = collectingContext(path);
  const doc = extractor(read.blocks, ctx);
  return classifyDocument({ ...doc, warnings: [...doc.warnings, ...ctx.warnings] });
}

/** An extractor's result made a schema-valid document, for the gold comparator. */
export function asTaskDocument(doc: ExtractedDocument): TaskDocument {
  return TaskDocument.parse({
    schemaVersion: 1,
    generator: 'test',
    ...doc,
    source: { path: 'x', sha256: '0', format: 'text', encoding: 'utf-8' },
  });
}

/** The whole pipeline on a text file made of these lines, as a user's `taskgen parse` would run it. */
export async function parseLines(lines: string[], name = 'document.txt'): Promise<TaskDocument> {
  const { parseBytes } = await import('../../src/pipeline.js');
  return parseBytes(Buffer.from(lines.join('\n')), name);
}
