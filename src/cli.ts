import { isResalignError } from './errors.js'
import { exitQuietlyOnClosedStdout, processIo, type CliIo } from './cli/io.js'
import { COMMANDS } from './cli/commands.js'

const HELP = `resalign: align the Chinese and English versions of UN documents

Usage: resalign <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "resalign <command> --help" for the options of a command.
Global options: --debug (show stack traces), --version, --help
`

/** Run the CLI; returns the exit status (0 ok, 2 unusable input or usage, 1 failure, 3 strict warnings). */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const debug = argv.includes('--debug')
  const args = argv.filter((a) => a !== '--debug')
  const [name, ...rest] = args
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP)
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${__VERSION__}\n`)
    return 0
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.stderr(`resalign: unknown command "${name}"\nresalign: run "resalign --help" for the list of commands\n`)
    return 2
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (isResalignError(error)) {
      io.stderr(`resalign: ${error.message}\n${error.hint ? `resalign: ${error.hint}\n` : ''}`)
      if (debug) io.stderr(`${error.stack}\n`)
      return 2
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`resalign: ${error.message}\nresalign: run "resalign ${name} --help"\n`)
      return 2
    }
    io.stderr(`resalign: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    io.stderr(debug && error instanceof Error ? `${error.stack}\n` : 'resalign: run again with --debug for details and report it\n')
    return 1
  }
}

declare const __VERSION__: string

const invoked = process.argv[1] ?? ''
if (/(?:^|[/\\])(?:cli\.(?:js|ts|mjs)|resalign)$/.test(invoked)) {
  exitQuietlyOnClosedStdout()
  main(process.argv.slice(2)).then((code) => { process.exitCode = code })
}
