/**
 * Report rendering entry points: a TaskDocument in, a finished report out
 * (string for html/md/txt, bytes for docx).
 */
import type { TaskDocument } from '../model/schema.js';
import { buildNoticeView, buildPlanView, type NoticeOptions, type PlanOptions } from './view.js';
import { compileReport, type TemplateOptions, type TextFormat } from './engine.js';
import { noticeDocx, planDocx } from '../writers/docx.js';

import type { ReportFormat } from './formats.js';
export { REPORT_FORMATS, isReportFormat, type ReportFormat } from './formats.js';

export async function renderNotice(
  doc: TaskDocument,
  format: ReportFormat,
  opts: NoticeOptions & TemplateOptions = {},
): Promise<string | Buffer> {
  const view = buildNoticeView(doc, opts);
  if (format === 'docx') return noticeDocx(view);
  const report = await compileReport('notice', format as TextFormat, opts);
  return report.render(view);
}

export async function renderPlan(
  doc: TaskDocument,
  format: ReportFormat,
  opts: PlanOptions & TemplateOptions = {},
): Promise<string | Buffer> {
  const view = buildPlanView(doc, opts);
  if (format === 'docx') return planDocx(view);
  const report = await compileReport('plan', format as TextFormat, opts);
  return report.render(view);
}

export { buildNoticeView, buildPlanView };
export type { NoticeOptions, PlanOptions };
