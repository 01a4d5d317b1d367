import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The folder of the installed resalign package (the one holding its
 * package.json), found from this module's own location: `dist/cli.js`
 * when installed, `src/cli/…` in a checkout.
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'resalign') return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`no resalign package.json above ${from}`)
    dir = parent
  }
}
