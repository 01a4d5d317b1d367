import { CommanderError } from 'commander'
import { isResalignError } from './errors.js'
import type { CliContext } from './cli/context.js'
import { exitQuietlyOnClosedStdout, processIo, type CliIo } from './cli/io.js'
import { createProgram } from './cli/program.js'

/** Run the CLI; returns the exit status (0 ok, 2 unusable input or usage, 1 failure, 3 strict warnings). */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const debug = argv.includes('--debug')
  const args = argv.filter((a) => a !== '--debug')
  const ctx: CliContext = { io, status: 0 }
  const program = createProgram(ctx)
  if (args.length === 0) {
    io.stderr(program.helpInformation())
    return 2
  }
  const name = program.commands.find((c) => c.name() === args[0])?.name()
  const help = `resalign: run "resalign ${name ? `${name} ` : ''}--help" for the options\n`
  try {
    await program.parseAsync(args, { from: 'user' })
    return ctx.status
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0
      io.stderr(`resalign: ${error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')}\n${help}`)
      return 2
    }
    if (isResalignError(error)) {
      io.stderr(`resalign: ${error.message}\nresalign: ${error.hint ?? help.slice('resalign: '.length, -1)}\n`)
      if (debug) io.stderr(`${error.stack}\n`)
      return 2
    }
    io.stderr(`resalign: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    io.stderr(debug && error instanceof Error ? `${error.stack}\n` : 'resalign: run again with --debug for details and report it\n')
    return 1
  }
}

const invoked = process.argv[1] ?? ''
if (/(?:^|[/\\])(?:cli\.(?:js|ts|mjs)|resalign)$/.test(invoked)) {
  exitQuietlyOnClosedStdout()
  main(process.argv.slice(2)).then((code) => { process.exitCode = code })
}
