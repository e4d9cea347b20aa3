import { Command, Option } from 'commander';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { hasPdfSignature } from '../readers/formats.js';
import { DATA_FORMATS, KEY_LANGUAGES, writeDocumentsIn, type KeyLanguage } from '../writers/index.js';
import { pipeline } from './lazy.js';
import type { TaskDocument } from '../model/schema.js';
import { EXIT, InputError, UsageError } from '../errors.js';
import { checkOutputTarget, emit, resolveFormat } from './output.js';
import { escapeControls } from '../util/controls.js';

interface ParseCliOptions {
  format?: string;
  output?: string;
  keys: KeyLanguage;
  quiet?: boolean;
}

export function registerParseCommands(program: Command): void {
  program
    .command('parse')
    .description('parse plans, notices and progress tables (HTML, text, PDF, Word) into typed task data')
    .argument('<files...>', 'documents to parse (.html/.htm, .txt, .pdf, .docx, .xlsx; .xls/.et through LibreOffice; format is detected from content)')
    .addOption(new Option('-f, --format <format>', `output format: ${DATA_FORMATS.join(', ')} (default: from the -o name, else json)`).choices([...DATA_FORMATS]))
    .option('-o, --output <file>', 'write to FILE instead of stdout (written atomically); its extension picks the format when -f is not given')
    .addOption(new Option('--keys <language>', 'csv/xlsx column headers and status words: zh (序号, 工作任务 … 序时推进) or en (lead_units … on_schedule)').choices([...KEY_LANGUAGES]).default('zh'))
    .option('-q, --quiet', 'do not print warnings on stderr')
    .addHelpText(
      'after',
      `
Formats:
  json   the full document(s), pretty-printed (an array when several files are given)
  jsonl  one task per line, each with its document's fields
  csv    one task per row, UTF-8 with BOM for Excel; several units joined with 、; Chinese headers
         (序号, 工作任务, 牵头单位, 责任单位, 牵头领导, 完成时限, 进展情况, 状态 …) unless --keys en
  xlsx   one sheet per document, one row per task, the same columns; header row frozen and filtered
  md     a Markdown table per document

Examples:
  $ taskgen parse xuzhou-2024.html
  $ taskgen parse plan.pdf -o tasks.csv                  # format from the name: CSV
  $ taskgen parse plan.pdf -o tasks.csv --keys en        # lead_units, status = on_schedule …
  $ taskgen parse table.xlsx -o tasks.xlsx               # Excel in, Excel out
  $ taskgen parse a.html b.pdf --format jsonl > tasks.jsonl

Files that cannot be read are reported as "taskgen: <file>: <reason>"; the others are still written,
and the exit code is 2.`,
    )
    .action(async (files: string[], opts: ParseCliOptions, cmd: Command) => {
      const verbose = Boolean(cmd.optsWithGlobals().verbose);
      const format = resolveFormat(opts.format, opts.output, DATA_FORMATS, 'json');
      if (format === 'xlsx' && (!opts.output || opts.output === '-') && process.stdout.isTTY) {
        throw new UsageError('xlsx output is binary: give -o FILE.xlsx (or redirect stdout)');
      }
      await checkOutputTarget(opts.output);
      const { docs, failed } = await parseAll(files, { quiet: Boolean(opts.quiet), verbose });
      if (docs.length > 0) await emit(await writeDocumentsIn(docs, format, opts.keys), opts.output);
      process.exitCode = failed > 0 ? EXIT.INPUT : EXIT.OK;
    });

  program
    .command('schema')
    .description('print the JSON Schema of the parse output (derived from the zod schema)')
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .action(async (opts: { output?: string }) => {
      const { taskDocumentJsonSchema } = await import('../model/schema.js');
      await emit(JSON.stringify(taskDocumentJsonSchema(), null, 2) + '\n', opts.output);
    });
}

/** Parse each file independently: one bad file is reported and skipped, never fatal to the rest. */
export async function parseAll(
  files: string[],
  opts: { quiet: boolean; verbose: boolean },
): Promise<{ docs: TaskDocument[]; failed: number }> {
  const docs: TaskDocument[] = [];
  let failed = 0;
  // Reading a PDF starts slower than the extractors take to load (pdftotext on a printed PDF, pdf.js's
  // worker without it): when a PDF is among the inputs, that starts now and overlaps the loading.
  // (Imported here, not at the top: a page-only run would load them for nothing.)
  const firstPdf = files.find(startsLikePdf);
  if (firstPdf !== undefined) void import('../readers/pdftotext.js').then((m) => m.startReadingPdf(firstPdf));
  for (const file of files) {
    try {
      docs.push(
        await (await pipeline()).parseFile(file, {
          onWarning: opts.quiet ? undefined : (path, message) => process.stderr.write(`taskgen: ${escapeControls(path)}: warning: ${escapeControls(message)}\n`),
        }),
      );
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failed++;
      process.stderr.write(`taskgen: ${escapeControls(e.file)}: ${escapeControls(e.reason)}\n`);
      if (opts.verbose && e.stack) process.stderr.write(e.stack + '\n');
    }
  }
  return { docs, failed };
}


/**
 * A regular file whose first KB carries a PDF signature. Anything else (FIFOs and devices, which an
 * open could block on; unreadable files) is left to the reader and its input gate to judge.
 */
function startsLikePdf(file: string): boolean {
  let fd: number | undefined;
  try {
    if (!statSync(file).isFile()) return false;
    fd = openSync(file, 'r');
    const head = Buffer.alloc(1024);
    return hasPdfSignature(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
