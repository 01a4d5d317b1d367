#!/usr/bin/env node
/**
 * `npm start`: run the main job (`resalign demo`) from the built tree. It
 * builds first only when dist/ is missing or older than the sources, and
 * says so, since the first build after `npm ci` takes about half a minute.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Newest modification time (ms) of the files under `dir`. */
function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

/** Why dist/ must be built before the demo runs, or null when it is up to date. */
export function buildReason(root) {
  const cli = join(root, 'dist', 'cli.js')
  if (!existsSync(cli)) return 'dist/ is not built yet (first run after npm ci)'
  const built = statSync(cli).mtimeMs
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs, statSync(join(root, 'tsup.config.ts')).mtimeMs)
  return sources > built ? 'the sources changed since dist/ was built' : null
}

function run(command, args, root) {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (status !== 0) process.exit(status ?? 1)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '..')
  const reason = buildReason(root)
  if (reason !== null) {
    process.stderr.write(`resalign: building dist/ first: ${reason}; this takes about 30 s once\n`)
    run('npm', ['run', 'build', '--silent'], root)
  }
  process.stderr.write('resalign: aligning the bundled 78/160 pair (resalign demo)\n')
  run(process.execPath, [join(root, 'dist', 'cli.js'), 'demo', ...process.argv.slice(2)], root)
}
