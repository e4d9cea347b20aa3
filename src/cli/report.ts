/**
 * `taskgen notice` and `taskgen plan`: a source document or parsed JSON in, a
 * report out. Option checking lives here; what the report says lives in
 * src/render/view.ts, how Word lays it out in src/writers/docx.ts.
 */
import { Command, Option } from 'commander';
import { pipeline } from './lazy.js';
import type { TaskDocument } from '../model/schema.js';
import { InputError, UsageError } from '../errors.js';
import { checkOutputTarget, emit, resolveFormat } from './output.js';
import { BINARY_FORMATS, PLAN_LAYOUTS, REPORT_FORMATS, type PlanLayout, type ReportFormat } from '../render/formats.js';
import { parseOnlyCodes, type BehindCode } from '../render/status.js';
import { isIsoDate } from '../render/dates.js';
import { escapeControls } from '../util/controls.js';

interface CommonCliOptions {
  format?: string;
  output?: string;
  template?: string;
  style?: string;
  issuer?: string;
  date?: string;
  title?: string;
  quiet?: boolean;
}

interface NoticeCliOptions extends CommonCliOptions {
  period?: string;
  year?: string;
  only?: string;
  by: 'lead' | 'all';
  to?: string;
  docNumber?: string;
  closing?: string | false;
  header?: string;
}

interface PlanCliOptions extends CommonCliOptions {
  layout: PlanLayout;
}

const FORMAT_HELP = `report format: ${REPORT_FORMATS.join(', ')} (default: from the -o name, else html)`;

export function registerReportCommands(program: Command): void {
  const formatOption = () => new Option('-f, --format <format>', FORMAT_HELP).choices([...REPORT_FORMATS]);

  program
    .command('notice')
    .description('write a lagging-units notice (督查通报) from a notice, progress table or plan with statuses')
    .argument('<input>', 'a source document (.html/.txt/.pdf/.docx/.xlsx) or JSON written by `taskgen parse`')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write to FILE instead of stdout; its extension picks the format when -f is not given')
    .option('--title <text>', 'the whole title (default: from the input title, e.g. 关于…完成情况的通报)')
    .option('--to <units>', '主送机关 printed after the title, e.g. 各县、区人民政府，市政府各部门')
    .option('--doc-number <text>', '发文字号 printed under the head, e.g. 宿政办秘〔2021〕12号')
    .option('--header <text>', '发文机关标志 printed in red above a red line, e.g. 宿州市人民政府办公室文件')
    .option('--closing <text>', '要求 paragraph after the list (default: a standard request to rectify)')
    .option('--no-closing', 'leave the 要求 paragraph out')
    .option('--period <text>', 'reporting period in the title, e.g. 一季度, 上半年, 1-11月 (default: from the input)')
    .option('--year <yyyy>', 'year in the title (default: from the input)')
    .option('--issuer <name>', 'issuing office printed at the end (default: from the input)')
    .option('--date <yyyy-mm-dd>', '成文日期 printed at the end (default: the input document date)')
    .option('--only <codes>', 'list only these behind codes: lagging,stalled,at_risk (the totals still count the whole document)')
    .addOption(new Option('--by <units>', 'group derived items by lead units or by lead and co units').choices(['lead', 'all']).default('lead'))
    .option('--template <dir>', 'directory of .hbs files overriding shipped templates/partials by file name (html, md, txt)')
    .option('--style <file>', 'JSON file of Word layout settings: margins, fonts, sizes, red head colour (docx)')
    .option('-q, --quiet', 'do not print parse warnings on stderr')
    .addHelpText(
      'after',
      `
Which items are listed:
  If the input carries its own lagging list (a parsed 督查通报), that list is reproduced unit by unit
  with the same items and counts. Otherwise items are derived from task statuses (lagging, stalled,
  at_risk) and listed under each lead unit (--by all: each lead and co unit). --only narrows the
  list; the opening paragraph always reports the totals of the whole document.
  An input without any status (a plan) is refused: use \`taskgen plan\` for it.

Formats:
  html, md, txt  from templates (--template overrides them)
  docx           Word laid out per GB/T 9704-2012 (--style overrides margins, fonts and sizes)
  xlsx           the appendix table only (序号, 工作任务, 进展情况, 状态, 牵头单位 …)

Examples:
  $ taskgen notice suzhou-q1.html --period 一季度 -o notice.html
  $ taskgen notice table.html --year 2021 --period 上半年 --by all -o notice.html   # items under lead and co units
  $ taskgen notice parsed.json --issuer 市政府督查室 --date 2024-04-20 -o notice.docx
  $ taskgen notice table.pdf --format txt --only stalled,at_risk --no-closing
  $ taskgen notice q1.html -o notice.docx --header 宿州市人民政府办公室文件 --doc-number 宿政办秘〔2021〕12号 \\
      --to 各县、区人民政府，市政府各部门 --title 关于一季度重点工作推进情况的通报
  $ taskgen notice q1.html -o notice.docx --closing 请各单位于5月10日前报送整改情况。
  $ taskgen notice q1.html -o notice.docx --style office.json   # {"margins":{"top":37},"fonts":{"body":"仿宋"}}
  $ taskgen notice q1.html -o appendix.xlsx`,
    )
    .action(async (input: string, opts: NoticeCliOptions) => {
      const format = resolveFormat(opts.format, opts.output, REPORT_FORMATS, 'html');
      const only = opts.only === undefined ? undefined : parseOnly(opts.only);
      const date = checkDate(opts.date);
      const year = checkYear(opts.year);
      const style = await checkReportOptions(format, opts);
      const doc = await loadInput(input, Boolean(opts.quiet));
      // The renderers (Handlebars, docx, exceljs) load only when a report is written, keeping `parse` start-up fast.
      const { renderNotice, NoStatusesError } = await import('../render/index.js');
      let out: string | Buffer;
      try {
        out = await renderNotice(doc, format, {
          period: opts.period,
          year,
          issuer: opts.issuer,
          date,
          only,
          by: opts.by,
          title: opts.title,
          to: opts.to,
          docNumber: opts.docNumber,
          header: opts.header,
          closing: opts.closing === false ? '' : opts.closing,
          templateDir: opts.template,
          style,
        });
      } catch (e) {
        if (e instanceof NoStatusesError) throw new InputError(input, e.message);
        throw e;
      }
      await emit(out, opts.output);
    });

  program
    .command('plan')
    .description('write a breakdown plan (分解方案) with numbered sections, tasks, units, leaders and deadlines')
    .argument('<input>', 'a source document or JSON written by `taskgen parse`')
    .addOption(formatOption())
    .option('-o, --output <file>', 'write to FILE instead of stdout; its extension picks the format when -f is not given')
    .addOption(
      new Option('--layout <layout>', 'list: numbered paragraphs; table: 序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限 (xlsx is always a table)')
        .choices([...PLAN_LAYOUTS])
        .default('list'),
    )
    .option('--title <text>', 'plan title (default: the plan named in the input title)')
    .option('--issuer <name>', 'issuing office printed at the end (default: from the input)')
    .option('--date <yyyy-mm-dd>', 'date printed at the end (default: the input document date)')
    .option('--template <dir>', 'directory of .hbs files overriding shipped templates/partials by file name (html, md, txt)')
    .option('--style <file>', 'JSON file of Word layout settings: margins, fonts, sizes (docx)')
    .option('-q, --quiet', 'do not print parse warnings on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ taskgen plan xuzhou-2024.html --format txt          # plain text for pasting into an OA system
  $ taskgen plan parsed.json -o plan.docx
  $ taskgen plan xuzhou-2024.html --layout table -o plan.docx
  $ taskgen plan xuzhou-2024.html --title 2024年重点工作任务分解方案 --style office.json -o plan.docx
  $ taskgen plan xuzhou-2024.html -o plan.xlsx          # one row per task, Chinese headers`,
    )
    .action(async (input: string, opts: PlanCliOptions) => {
      const format = resolveFormat(opts.format, opts.output, REPORT_FORMATS, 'html');
      const date = checkDate(opts.date);
      const style = await checkReportOptions(format, opts);
      const doc = await loadInput(input, Boolean(opts.quiet));
      const { renderPlan } = await import('../render/index.js');
      const out = await renderPlan(doc, format, {
        title: opts.title,
        issuer: opts.issuer,
        date,
        layout: format === 'xlsx' ? 'table' : opts.layout,
        templateDir: opts.template,
        style,
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

/**
 * The checks notice and plan share, all before the input is read: template and
 * style only where they apply, no binary on a terminal, no directory as -o.
 * Returns the Word style to use, if one was given.
 */
async function checkReportOptions(format: ReportFormat, opts: CommonCliOptions) {
  guardTemplateFormat(format, opts.template);
  guardBinaryStdout(format, opts.output);
  await checkOutputTarget(opts.output);
  return loadStyleOption(opts.style, format);
}

/** Word and Excel are laid out by code, not by templates; a --template there would be silently ignored. */
function guardTemplateFormat(format: ReportFormat, template: string | undefined): void {
  if (format === 'docx' && template !== undefined) {
    throw new UsageError('--template applies to html, md and txt; docx is laid out by the Word writer (use --style FILE)');
  }
  if (format === 'xlsx' && template !== undefined) {
    throw new UsageError('--template applies to html, md and txt; xlsx is laid out by the Excel writer');
  }
}

/** Word or Excel bytes on a terminal help no one; refuse before doing the work. */
function guardBinaryStdout(format: ReportFormat, output: string | undefined): void {
  if (BINARY_FORMATS.includes(format) && (!output || output === '-') && process.stdout.isTTY) {
    throw new UsageError(`${format} output is binary: give -o FILE.${format} (or redirect stdout)`);
  }
}

/** The style file only shapes Word output; given with another format it would be silently ignored. */
async function loadStyleOption(file: string | undefined, format: ReportFormat) {
  if (file === undefined) return undefined;
  if (format !== 'docx') throw new UsageError('--style applies to docx only');
  const { loadStyleFile } = await import('../writers/docx-style.js');
  return loadStyleFile(file);
}

/** Parsed JSON (from `taskgen parse`) is loaded as is; anything else goes through the parser. */
async function loadInput(input: string, quiet: boolean): Promise<TaskDocument> {
  const { loadParsedJson, parseFile } = await pipeline();
  if (/\.json$/i.test(input)) return loadParsedJson(input);
  return parseFile(input, {
    onWarning: quiet ? undefined : (path, message) => process.stderr.write(`taskgen: ${escapeControls(path)}: warning: ${escapeControls(message)}\n`),
  });
}
