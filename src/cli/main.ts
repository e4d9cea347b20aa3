/**
 * The commander program. Commands only wire readers → extract → classify →
 * writers together; no domain logic lives here.
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { EXIT, InputError, UsageError } from '../errors.js';
import { registerParseCommands } from './parse.js';
import { loadAliasFile } from '../extract/aliases.js';
import { registerArchiveCommands } from './batch.js';
import { registerReportCommands } from './report.js';
import { registerDraftCommand } from './draft.js';
import { escapeControls } from '../util/controls.js';
// @register-import

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('taskgen')
    .description(
      'Turn Chinese government work-task documents (分解方案, 完成情况通报, 进展情况统计表) into typed data, and back into reports.',
    )
    .version(VERSION, '-V, --version')
    .option('--verbose', 'print stack traces and debugging detail on errors')
    .option('--aliases <file>', 'extra unit aliases, JSON {"canonical name": ["variant", …]}, used to group units across documents')
    .hook('preAction', async (cmd) => {
      const file = cmd.opts().aliases as string | undefined;
      if (file) await loadAliasFile(file);
    })
    .showHelpAfterError('(run with --help for usage)')
    // Set before commands are added: commander copies these settings into each subcommand at creation.
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(s) })
    .addHelpText(
      'after',
      `
Examples:
  $ taskgen parse xuzhou-2024.html                 # JSON to stdout
  $ taskgen parse plan.pdf --format csv -o tasks.csv
  $ taskgen parse a.html b.pdf --format jsonl
  $ taskgen schema > taskgen.schema.json

Exit codes: 0 ok, 1 internal error (a bug), 2 bad input or arguments, 3 batch finished with failures.`,
    );
  registerParseCommands(program);
  registerArchiveCommands(program);
  registerReportCommands(program);
  registerDraftCommand(program);
  // @register-call
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = buildProgram();
  const verbose = argv.includes('--verbose');
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (e) {
    return reportFatal(e, verbose);
  }
}

/** One line on stderr for anything the user can fix; a stack only for bugs or with --verbose. */
export function reportFatal(e: unknown, verbose: boolean): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT.OK;
    return EXIT.INPUT; // commander already printed its message
  }
  if (e instanceof InputError) {
    process.stderr.write(`taskgen: ${escapeControls(e.file)}: ${escapeControls(e.reason)}\n`);
    if (verbose && e.stack) process.stderr.write(e.stack + '\n');
    return e.exitCode;
  }
  if (e instanceof UsageError) {
    process.stderr.write(`taskgen: ${escapeControls(e.message)}\n`);
    return e.exitCode;
  }
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`taskgen: internal error: ${escapeControls(msg)}\n`);
  if (verbose && e instanceof Error && e.stack) process.stderr.write(e.stack + '\n');
  else process.stderr.write('taskgen: this is a bug; rerun with --verbose and report the output\n');
  return EXIT.BUG;
}
