/**
 * Report rendering entry points: a TaskDocument in, a finished report out
 * (string for html/md/txt, bytes for docx and xlsx).
 */
import type { TaskDocument } from '../model/schema.js';
import { buildNoticeView, buildPlanView, NoStatusesError, type NoticeOptions, type PlanOptions } from './view.js';
import { compileReport, type TemplateOptions, type TextFormat } from './engine.js';
import type { DocxStyle } from '../writers/docx-style.js';

import type { ReportFormat } from './formats.js';
export { REPORT_FORMATS, isReportFormat, type ReportFormat } from './formats.js';

interface LayoutOptions {
  /** Word layout settings (docx only). */
  style?: DocxStyle;
}

export async function renderNotice(
  doc: TaskDocument,
  format: ReportFormat,
  opts: NoticeOptions & TemplateOptions & LayoutOptions = {},
): Promise<string | Buffer> {
  const view = buildNoticeView(doc, opts);
  if (format === 'docx') return (await import('../writers/docx.js')).noticeDocx(view, opts.style);
  if (format === 'xlsx') return (await import('../writers/xlsx.js')).noticeAppendixXlsx(view);
  const report = await compileReport('notice', format as TextFormat, opts);
  return report.render(view);
}

export async function renderPlan(
  doc: TaskDocument,
  format: ReportFormat,
  opts: PlanOptions & TemplateOptions & LayoutOptions = {},
): Promise<string | Buffer> {
  const view = buildPlanView(doc, opts);
  if (format === 'docx') return (await import('../writers/docx.js')).planDocx(view, opts.style);
  if (format === 'xlsx') return (await import('../writers/xlsx.js')).planXlsx(view);
  const report = await compileReport('plan', format as TextFormat, opts);
  return report.render(view);
}

export { buildNoticeView, buildPlanView, NoStatusesError };
export type { NoticeOptions, PlanOptions };
