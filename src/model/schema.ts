/**
 * The one definition of what taskgen produces. Types, runtime validation of
 * every result before it is written, and the published JSON Schema
 * (`taskgen schema`) are all derived from these zod objects, so a field is
 * added here or nowhere.
 */
import { z } from 'zod';
import { DOCUMENT_KINDS, SCHEMA_VERSION, STATUS_CODES } from './codes.js';

export { SCHEMA_VERSION };

export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const SourceFormat = z.enum(['html', 'text', 'pdf', 'docx', 'json', 'xlsx', 'xls']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const StatusCode = z.enum(STATUS_CODES);
export type StatusCode = z.infer<typeof StatusCode>;

/** A user alias file (`--aliases`): `{ "canonical key": ["variant", ...] }`. */
export const AliasFile = z.record(z.string().min(1), z.array(z.string().min(1)));

/** Where a status came from; an explicit status cell outranks everything else. */
export const StatusSource = z.enum(['column', 'notice-list', 'lexicon', 'quantitative']);
export type StatusSource = z.infer<typeof StatusSource>;

export const Status = z
  .object({
    code: StatusCode,
    label: z.string().describe('Chinese label of the code, e.g. 推进较慢'),
    evidence: z.string().min(1).describe('the words or the computation that decided the code'),
    source: StatusSource,
  })
  .strict();
export type Status = z.infer<typeof Status>;

export const Unit = z
  .object({
    name: z.string().min(1).describe('full canonical surface name, shared prefix/suffix distributed'),
    raw: z.string().describe('the text as printed for this unit'),
    note: z.string().nullable().describe('duty scope or alias printed in parentheses'),
    members: z.array(z.string()).optional().describe('for a group reference: the members listed in the appendix'),
    suggested: z.literal(true).optional().describe('taskgen draft: the unit is a suggestion, not printed in any source document'),
    score: z.number().min(0).max(1).optional().describe('taskgen draft: how strongly the evidence supports the suggestion, 0–1'),
    evidence: z
      .string()
      .optional()
      .describe('taskgen draft: why it is suggested, e.g. 徐州 2024 分解方案 二.(一).3「…」相似度 0.71, or lexicon: 义务教育'),
  })
  .strict();
export type Unit = z.infer<typeof Unit>;

export const Task = z
  .object({
    id: z.string().min(1).describe('numbering path joined with ".", unique within the document'),
    number: z.string(),
    path: z.array(z.string()),
    section: z.array(z.string()),
    text: z.string(),
    leadUnits: z.array(Unit),
    coUnits: z.array(Unit),
    leaders: z.array(z.string()),
    deadline: z.string().nullable(),
    progress: z.string().nullable(),
    status: Status.nullable(),
  })
  .strict();
export type Task = z.infer<typeof Task>;

export const LaggingItem = z
  .object({
    text: z.string(),
    status: Status.nullable(),
    taskId: z.string().nullable().describe('the appendix task this item was matched to, by content'),
  })
  .strict();
export type LaggingItem = z.infer<typeof LaggingItem>;

export const LaggingGroup = z
  .object({
    unit: z.string(),
    statedCount: z.number().int().nullable(),
    items: z.array(LaggingItem),
  })
  .strict();
export type LaggingGroup = z.infer<typeof LaggingGroup>;

export const Warning = z
  .object({
    code: z.string().describe('machine-readable kind, e.g. numbering-gap, no-units, count-mismatch'),
    message: z.string(),
    taskId: z.string().optional(),
  })
  .strict();
export type Warning = z.infer<typeof Warning>;

export const Source = z
  .object({
    path: z.string(),
    sha256: z.string(),
    format: SourceFormat,
    encoding: z.string().nullable(),
    via: z.enum(['libreoffice', 'ocr']).optional().describe('text obtained through LibreOffice or OCR rather than read from the file'),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const Summary = z
  .object({
    stated: z.record(z.string(), z.union([z.number(), z.string()])).describe('counts the document itself states'),
  })
  .strict();
export type Summary = z.infer<typeof Summary>;

export const TaskDocument = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    generator: z.string().describe('taskgen@version that wrote this'),
    kind: DocumentKind,
    title: z.string().nullable(),
    issuer: z.string().nullable(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    docNumber: z.string().nullable(),
    year: z.number().int().nullable(),
    period: z.string().nullable().describe('reporting period of a notice or table, e.g. 一季度, 上半年, 1-11月'),
    source: Source,
    summary: Summary,
    tasks: z.array(Task),
    lagging: z.array(LaggingGroup),
    groups: z.record(z.string(), z.array(z.string())),
    warnings: z.array(Warning),
  })
  .strict();
export type TaskDocument = z.infer<typeof TaskDocument>;

export function taskDocumentJsonSchema(): unknown {
  return z.toJSONSchema(TaskDocument, { target: 'draft-2020-12' });
}
