import type { Task, TaskDocument, Warning } from '../model/schema.js';
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

/**
 * Task ids unique within the document (the schema's promise): a second task under the same numbering path — rows
 * that share a merged 序号 cell, a number printed twice — is told apart as 一.1#2, 一.1#3.
 */
export function dedupeIds(tasks: Task[]): void {
  const seen = new Map<string, number>();
  for (const t of tasks) {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    if (n > 1) t.id = `${t.id}#${n}`;
  }
}
