/**
 * `taskgen notice` and `taskgen plan`: a source document or parsed JSON in, a
 * report out. Option checking lives here; what the report says lives in
 * src/render/view.ts.
 */
import { Command, Option } from 'commander';
import { pipeline } from './lazy.js';
import type { TaskDocument } from '../model/schema.js';
import { UsageError } from '../errors.js';
import { emit } from './output.js';
import { REPORT_FORMATS, type ReportFormat } from '../render/formats.js';
import { parseOnlyCodes, type BehindCode } from '../render/status.js';
import { isIsoDate } from '../render/dates.js';
import { escapeControls } from '../util/controls.js';

interface CommonCliOptions {
  format: ReportFormat;
  output?: string;
  template?: string;
  issuer?: string;
  date?: string;
  quiet?: boolean;
}

interface NoticeCliOptions extends CommonCliOptions {
  period?: string;
  year?: string;
  only?: string;
  by: 'lead' | 'all';
}

interface PlanCliOptions extends CommonCliOptions {
  title?: string;
}

export function registerReportCommands(program: Command): void {
  const formatOption = () =>
    new Option('-f, --format <format>', 'report format').choices([...REPORT_FORMATS]).default('html');

  program
    .command('notice')
    .description('write a lagging-units notice (督查通报) from a notice, progress table or plan with statuses')
    .argument('<input>', 'a source document (.html/.txt/.pdf/.docx) or JSON written by `taskgen parse`')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write to FILE instead of stdout (required for docx on a terminal)')
    .option('--period <text>', 'reporting period in the title, e.g. 一季度, 上半年, 1-11月 (default: from the input)')
    .option('--year <yyyy>', 'year in the title (default: from the input)')
    .option('--issuer <name>', 'issuing office printed at the end (default: from the input)')
    .option('--date <yyyy-mm-dd>', '成文日期 printed at the end (default: the input document date)')
    .option('--only <codes>', 'list only these behind codes: lagging,stalled,at_risk')
    .addOption(new Option('--by <units>', 'group derived items by lead units or by lead and co units').choices(['lead', 'all']).default('lead'))
    .option('--template <dir>', 'directory of .hbs files overriding shipped templates/partials by file name')
    .option('-q, --quiet', 'do not print parse warnings on stderr')
    .addHelpText(
      'after',
      `
Which items are listed:
  If the input carries its own lagging list (a parsed 督查通报), that list is reproduced unit by unit
  with the same items and counts. Otherwise items are derived from task statuses (lagging, stalled,
  at_risk) and listed under each lead unit (--by all: each lead and co unit).

Examples:
  $ taskgen notice suzhou-q1.html --period 一季度 -o notice.html
  $ taskgen notice parsed.json --format docx --issuer 市政府督查室 --date 2024-04-20 -o notice.docx
  $ taskgen notice table.pdf --format txt --only stalled,at_risk`,
    )
    .action(async (input: string, opts: NoticeCliOptions) => {
      const only = opts.only === undefined ? undefined : parseOnly(opts.only);
      const date = checkDate(opts.date);
      const year = checkYear(opts.year);
      guardTemplateFormat(opts.format, opts.template);
      guardBinaryStdout(opts.format, opts.output);
      const doc = await loadInput(input, Boolean(opts.quiet));
      // The renderers (Handlebars, docx) load only when a report is written, keeping `parse` start-up fast.
      const { renderNotice } = await import('../render/index.js');
      const out = await renderNotice(doc, opts.format, {
        period: opts.period,
        year,
        issuer: opts.issuer,
        date,
        only,
        by: opts.by,
        templateDir: opts.template,
      });
      await emit(out, opts.output);
    });

  program
    .command('plan')
    .description('write a breakdown plan (分解方案) with numbered sections, tasks, units and leaders')
    .argument('<input>', 'a source document or JSON written by `taskgen parse`')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write to FILE instead of stdout (required for docx on a terminal)')
    .option('--title <text>', 'plan title (default: the plan named in the input title)')
    .option('--issuer <name>', 'issuing office printed at the end (default: from the input)')
    .option('--date <yyyy-mm-dd>', 'date printed at the end (default: the input document date)')
    .option('--template <dir>', 'directory of .hbs files overriding shipped templates/partials by file name')
    .option('-q, --quiet', 'do not print parse warnings on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ taskgen plan xuzhou-2024.html --format txt          # plain text for pasting into an OA system
  $ taskgen plan parsed.json --format docx -o plan.docx`,
    )
    .action(async (input: string, opts: PlanCliOptions) => {
      const date = checkDate(opts.date);
      guardTemplateFormat(opts.format, opts.template);
      guardBinaryStdout(opts.format, opts.output);
      const doc = await loadInput(input, Boolean(opts.quiet));
      const { renderPlan } = await import('../render/index.js');
      const out = await renderPlan(doc, opts.format, {
        title: opts.title,
        issuer: opts.issuer,
        date,
        templateDir: opts.template,
      });
      await emit(out, opts.output);
    });
}

function parseOnly(spec: string): BehindCode[] {
  const { codes, unknown } = parseOnlyCodes(spec);
  if (unknown.length > 0) throw new UsageError(`--only: unknown status ${unknown.join(', ')} (use lagging, stalled, at_risk)`);
  if (codes.length === 0) throw new UsageError('--only needs at least one of lagging, stalled, at_risk');
  return codes;
}

function checkDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  if (!isIsoDate(date.trim())) throw new UsageError(`--date must be a calendar date written YYYY-MM-DD, not "${date}"`);
  return date.trim();
}

function checkYear(year: string | undefined): number | undefined {
  if (year === undefined) return undefined;
  if (!/^\d{4}$/.test(year.trim())) throw new UsageError(`--year must be four digits, not "${year}"`);
  return Number(year.trim());
}

/** Word is laid out by the docx writer, not by templates; a --template there would be silently ignored. */
function guardTemplateFormat(format: ReportFormat, template: string | undefined): void {
  if (format === 'docx' && template !== undefined) {
    throw new UsageError('--template applies to html, md and txt; docx is laid out by the Word writer');
  }
}

/** Word bytes on a terminal help no one; refuse before doing the work. */
function guardBinaryStdout(format: ReportFormat, output: string | undefined): void {
  if (format === 'docx' && (!output || output === '-') && process.stdout.isTTY) {
    throw new UsageError('docx output is binary: give -o FILE.docx (or redirect stdout)');
  }
}

/** Parsed JSON (from `taskgen parse`) is loaded as is; anything else goes through the parser. */
async function loadInput(input: string, quiet: boolean): Promise<TaskDocument> {
  const { loadParsedJson, parseFile } = await pipeline();
  if (/\.json$/i.test(input)) return loadParsedJson(input);
  return parseFile(input, {
    onWarning: quiet ? undefined : (path, message) => process.stderr.write(`taskgen: ${escapeControls(path)}: warning: ${escapeControls(message)}\n`),
  });
}

