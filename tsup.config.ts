import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
const define = { __VERSION__: JSON.stringify(version) }

/**
 * Dependencies that ship CommonJS: the CJS build requires them. Everything
 * else (unified, remark-parse and their ESM-only family) is bundled into the
 * CJS build, because `require` of an ES module gives a namespace object
 * whose default export CJS interop would misread.
 */
const COMMONJS_DEPENDENCIES = /^(?:nodejs-jieba|compromise|mammoth|fast-levenshtein|fast-xml-parser|xmlbuilder2|csv-parse|csv-stringify|piscina)(?:\/|$)/
/**
 * pdf.js ships ES modules only and loads its worker module beside itself:
 * never bundled; the CJS build requires it on first use (Node ≥ 20.19 can
 * `require` an ES module without top-level await).
 */
const PDFJS = /^pdfjs-dist(?:\/|$)/

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    shims: true,
    define,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    shims: true,
    define,
    // piscina stays a require: it starts its workers from its own files.
    noExternal: [/^(?!node:|piscina(?:\/|$))/],
    external: [COMMONJS_DEPENDENCIES, PDFJS],
  },
  {
    entry: { cli: 'src/cli.ts', 'corpus-worker': 'src/corpus/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define,
  },
])
