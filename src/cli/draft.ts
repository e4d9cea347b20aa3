/**
 * `taskgen draft`: wiring only. What the draft says is decided in src/draft/.
 */
import { escapeControls } from '../util/controls.js';
import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import { emit } from './output.js';
import { REPORT_FORMATS } from '../render/formats.js';

const DRAFT_FORMATS = ['json', ...REPORT_FORMATS] as const;
type DraftFormat = (typeof DRAFT_FORMATS)[number];

interface DraftCliOptions {
  archive?: string;
  like?: string[];
  level?: '市' | '县' | '区';
  layout: 'list' | 'table';
  format: DraftFormat;
  output?: string;
  quiet?: boolean;
}

export function registerDraftCommand(program: Command): void {
  program
    .command('draft')
    .description('draft the year\'s breakdown plan (分解方案（征求意见稿）) from a government work report, with suggested units')
    .argument('<report>', 'the 政府工作报告 (.html/.txt/.pdf/.docx)')
    .option('--archive <dir>', 'an archive written by `taskgen batch`: its plans teach which units do what')
    .option('--like <plans...>', 'earlier plans (source documents or `taskgen parse` JSON) to learn units from')
    .addOption(new Option('--level <level>', 'print unit names at this level (default: the report issuer\'s)').choices(['市', '县', '区']))
    .addOption(new Option('-f, --format <format>', 'output format').choices([...DRAFT_FORMATS]).default('json'))
    .addOption(new Option('--layout <layout>', 'list (numbered tasks, units below each) or table (序号/工作任务/牵头单位/责任单位/完成时限)').choices(['list', 'table']).default('list'))
    .option('-o, --output <file>', 'write to FILE instead of stdout (required for docx on a terminal)')
    .option('-q, --quiet', 'do not print warnings on stderr')
    .addHelpText(
      'after',
      `
Every unit in the draft is a suggestion: md, html, txt, docx and xlsx print 〔建议〕 after each
suggested unit; in JSON it carries "suggested": true, a score (0–1) and its evidence (the similar task of an earlier plan, or "lexicon: <domain>"). Units are learnt by role, so a
city plan's 市发展改革委 is printed 县发展改革委 in a county's draft, and other places' own bodies
(开发区, 镇, 区政府) are never copied. With no plans to learn from, a built-in domain lexicon is used.

--like takes several files: give the report first (taskgen draft REPORT --like A B).

Examples:
  $ taskgen draft report-2024.txt --archive archive/ -f docx -o 分解方案.docx
  $ taskgen draft report-2024.txt --like plan-2023.html --level 县 -f md`,
    )
    .action(async (report: string, opts: DraftCliOptions) => {
      if (opts.format === 'docx' && (!opts.output || opts.output === '-') && process.stdout.isTTY) {
        throw new UsageError('docx output is binary: give -o FILE.docx (or redirect stdout)');
      }
      const warn = (message: string) => {
        if (!opts.quiet) process.stderr.write(`taskgen: warning: ${escapeControls(message)}\n`);
      };
      const { buildSuggester, draftFromFile } = await import('../draft/index.js');
      const suggester = await buildSuggester({ archive: opts.archive, like: opts.like }, warn);
      const { doc } = await draftFromFile(report, { suggester, level: opts.level, onWarning: warn, quietTasks: true });
      if (opts.format === 'json') {
        await emit(JSON.stringify(doc, null, 2) + '\n', opts.output);
        return;
      }
      const { renderPlan } = await import('../render/index.js');
      const { markedForReading } = await import('../draft/index.js');
      await emit(await renderPlan(markedForReading(doc), opts.format, { title: doc.title ?? undefined, layout: opts.layout }), opts.output);
    });
}
