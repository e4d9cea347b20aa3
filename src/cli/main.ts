/**
 * The commander program. Commands only wire readers → extract → classify →
 * writers together; no domain logic lives here.
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { EXIT, InputError, UsageError } from '../errors.js';
import { registerParseCommands } from './parse.js';
import { registerReportCommands } from './report.js';
import { registerDraftCommand } from './draft.js';
import { escapeControls } from '../util/controls.js';
// @register-import

/**
 * Commands that need no archive module. The archive commands (cli/batch.ts: batch, units, history,
 * documents, diff) load SQLite, the batch runner and the alias tables as they are registered.
 */
const KNOWN_COMMANDS = new Set(['parse', 'schema', 'notice', 'plan', 'draft']);
/** Global options that take a value, so the value is not mistaken for the command name. */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(['--aliases']);

/**
 * The command the user asked for, when argv names one: the first argument that is neither an
 * option nor a global option's value. Undefined for `taskgen`, `taskgen --help` and the like.
 */
export function requestedCommand(argv: string[]): string | undefined {
  const args = argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (GLOBAL_OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * Load only what the command needs: start-up is part of every run, and `parse` or `--version`
 * need not open SQLite or build the batch runner. Without a known command (help, a typo that
 * commander suggests a fix for, an archive command) every command is registered, in the order help lists them.
 */
export async function loadProgram(argv: string[] = process.argv): Promise<Command> {
  const command = requestedCommand(argv);
  const versionOnly = command === undefined && argv.slice(2).some((a) => a === '-V' || a === '--version');
  const needsArchive = command === undefined ? !versionOnly : !KNOWN_COMMANDS.has(command);
  // A known command without a help request is the only one its run can reach: the others' options need
  // not be built (commander's option objects for notice, plan and draft were ~4 ms of a page's parse).
  const asksHelp = argv.slice(2).some((a) => a === '-h' || a === '--help');
  const only = command !== undefined && KNOWN_COMMANDS.has(command) && !asksHelp ? command : undefined;
  return buildProgram(needsArchive ? (await import('./batch.js')).registerArchiveCommands : undefined, only);
}

/** `only`: a known command; the commands registered beside it are then left out. */
export function buildProgram(registerArchiveCommands?: (program: Command) => void, only?: string): Command {
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
      if (file) await (await import('../extract/aliases.js')).loadAliasFile(file);
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
  const wanted = (...names: string[]) => only === undefined || names.includes(only);
  if (wanted('parse', 'schema')) registerParseCommands(program);
  registerArchiveCommands?.(program);
  if (wanted('notice', 'plan')) registerReportCommands(program);
  if (wanted('draft')) registerDraftCommand(program);
  // @register-call
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const verbose = argv.includes('--verbose');
  try {
    const program = await loadProgram(argv);
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
