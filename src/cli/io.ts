import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ResalignError } from '../errors.js'

/** What a CLI command may touch: injectable for tests. */
export interface CliIo {
  readonly stdout: (s: string) => void
  readonly stderr: (s: string) => void
  /** Bytes of a file; `-` is standard input. */
  readonly readBytes: (path: string) => Promise<Uint8Array>
  readonly readFile: (path: string) => Promise<string>
  readonly writeFile: (path: string, data: string) => Promise<void>
  readonly isTTY: boolean
}

/** The real process. */
export const processIo: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readBytes: (path) => readInput(path),
  readFile: async (path) => new TextDecoder().decode(await readInput(path)),
  writeFile: async (path, data) => {
    try {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, data)
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code
      if (code === 'EISDIR') throw new ResalignError('output/unwritable', `${path} is a folder, not a file`, { hint: 'give a file name to -o, or "-" for standard output', cause })
      throw new ResalignError('output/unwritable', `cannot write ${path} (${code ?? 'error'})`, { hint: 'check the path and the folder permissions', cause })
    }
  },
  isTTY: Boolean(process.stderr.isTTY),
}

/**
 * Make a closed standard output (`resalign align a b | head`) end the process
 * quietly, as it does for other command-line tools, instead of an unhandled
 * EPIPE error with a stack trace. Called by the CLI entry point, not on import.
 */
export function exitQuietlyOnClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Bytes of a file, or of standard input for `-`. */
async function readInput(path: string): Promise<Uint8Array> {
  if (path === '-') return readStdin()
  try {
    return await readFile(path)
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ResalignError('input/not-found', `no such file: ${path}`, { hint: 'check the path', cause })
    if (code === 'EISDIR') throw new ResalignError('input/unreadable', `${path} is a folder, not a file`, { hint: 'for a folder of documents use: resalign corpus <dir>', cause })
    throw new ResalignError('input/unreadable', `cannot read ${path} (${code ?? 'error'})`, { hint: 'check the file permissions', cause })
  }
}
