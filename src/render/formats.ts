/** The report formats, apart from the renderers so the CLI can declare its options without loading them. */
export const REPORT_FORMATS = ['html', 'md', 'txt', 'docx', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Formats written as bytes, laid out by code rather than by templates. */
export const BINARY_FORMATS: readonly ReportFormat[] = ['docx', 'xlsx'];

export const PLAN_LAYOUTS = ['list', 'table'] as const;
export type PlanLayout = (typeof PLAN_LAYOUTS)[number];

export function isReportFormat(s: string): s is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(s);
}
