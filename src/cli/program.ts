/**
 * The command line as one commander program: every command, its flags and
 * its help come from here, so they parse, answer and fail the same way.
 */
import { Command } from 'commander'
import { alignCommand } from './align-command.js'
import type { CliContext } from './context.js'
import { corpusCommand } from './corpus-command.js'
import { demoCommand } from './demo-command.js'
import { glossaryCommand } from './glossary-command.js'
import { segmentCommand } from './segment-command.js'
import { sentencesCommand } from './sentences-command.js'

declare const __VERSION__: string

/** The commands, in the order `--help` lists them. */
const COMMANDS = [demoCommand, alignCommand, sentencesCommand, glossaryCommand, segmentCommand, corpusCommand] as const

/** A fresh program whose commands report to `ctx` (a program keeps parsed values: one per run). */
export function createProgram(ctx: CliContext): Command {
  const program = new Command('resalign')
    .usage('<command> [options]')
    .description('Align the Chinese and English versions of UN documents.')
    .version(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev', '-v, --version')
    .option('--debug', 'show stack traces')
    // Options after a command name are that command's (corpus plan|align|merge reuse corpus's -o).
    .enablePositionalOptions()
    .addHelpText('after', `
Common options: -f/--format, -o/--output ("-": standard output), -q/--quiet,
-g/--glossary, --from; "-" as an input file is standard input.
Exit status: 0 done; 2 unusable input or usage; 3 warnings with --strict;
1 internal error, or a corpus pair that failed.`)
  for (const make of COMMANDS) program.addCommand(make(ctx))
  configure(program, ctx)
  return program
}

/** Same output, error handling and help on every command and subcommand. */
function configure(command: Command, { io }: CliContext): void {
  command
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showSuggestionAfterError(true)
    .helpOption('-h, --help', 'show this help')
  for (const sub of command.commands) configure(sub, { io, status: 0 })
}
