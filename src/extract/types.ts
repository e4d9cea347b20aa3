import type { TaskDocument, Warning } from '../model/schema.js';
import type { Block } from '../model/blocks.js';

/** What an extractor returns: the document minus the fields the pipeline fills in (source, generator). */
export type ExtractedDocument = Omit<TaskDocument, 'schemaVersion' | 'generator' | 'source'>;

export interface ExtractContext {
  /** Path of the source, for messages only. */
  path: string;
  /** Collects partial-extraction problems; they end up in `warnings` and on stderr. */
  warn(code: string, message: string, taskId?: string): void;
}

export type Extractor = (blocks: Block[], ctx: ExtractContext) => ExtractedDocument;

export function collectingContext(path: string): ExtractContext & { warnings: Warning[] } {
  const warnings: Warning[] = [];
  return {
    path,
    warnings,
    warn(code, message, taskId) {
      warnings.push(taskId === undefined ? { code, message } : { code, message, taskId });
    },
  };
}

/** An extractor's result with every field it does not know left empty; the pipeline fills header fields from meta. */
export function extractedDocument(kind: ExtractedDocument['kind'], fields: Partial<Omit<ExtractedDocument, 'kind'>>): ExtractedDocument {
  return {
    kind,
    title: null,
    issuer: null,
    date: null,
    docNumber: null,
    year: null,
    period: null,
    summary: { stated: {} },
    tasks: [],
    lagging: [],
    groups: {},
    warnings: [],
    ...fields,
  };
}
