// Import a TypeScript module of src/ from a benchmark: esbuild (a dev
// dependency through tsup) bundles it to a temporary ES module. For test
// helpers that the published package does not export (the glossary's
// reference judge), so that a benchmark and the tests judge alike. Every
// bundled module sees the entry's import.meta.url.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

/**
 * Bundle and import the module at `path` (relative to the package root).
 * @param {string} path
 * @returns {Promise<any>}
 */
export async function importTs(path) {
  const root = new URL('../../', import.meta.url)
  const entry = new URL(path, root)
  // import.meta.url keeps meaning the entry's own place, so files beside it are still found.
  const out = await build({ entryPoints: [entry.pathname], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error', define: { 'import.meta.url': JSON.stringify(entry.href) } })
  const dir = mkdtempSync(join(tmpdir(), 'resalign-bench-'))
  try {
    const file = join(dir, 'module.mjs')
    writeFileSync(file, out.outputFiles[0].text)
    return await import(pathToFileURL(file).href)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
