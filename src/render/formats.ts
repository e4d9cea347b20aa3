/** The report formats, apart from the renderers so the CLI can declare its options without loading them. */
export const REPORT_FORMATS = ['html', 'md', 'txt', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(s: string): s is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(s);
}
