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
const COMMONJS_DEPENDENCIES = /^(?:nodejs-jieba|compromise|mammoth|fast-levenshtein|fast-xml-parser|xmlbuilder2|csv-parse|csv-stringify)(?:\/|$)/

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
    noExternal: [/^(?!node:)/],
    external: [COMMONJS_DEPENDENCIES],
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
