#!/usr/bin/env node
// hunalign (WebAssembly, through benchmarks/lib/hunalign.mjs) as a command, so that a benchmark
// can time it and read its peak RSS the way it times `resalign sentences --lines`:
//
//   node benchmarks/lib/hunalign-lines.mjs <zh-lines> <en-lines> <out.align> [bytes|chars]
//
// Writes one bead per line, "[zh ids]:[en ids]" (0-based), the ladder read as beads.
import { readFileSync, writeFileSync } from 'node:fs'
import { hunalign } from './hunalign.mjs'

const [zhPath, enPath, outPath, lengths = 'bytes'] = process.argv.slice(2)
if (!zhPath || !enPath || !outPath) {
  process.stderr.write('usage: node benchmarks/lib/hunalign-lines.mjs ZH EN OUT [bytes|chars]\n')
  process.exit(2)
}
const lines = (/** @type {string} */ path) => {
  const all = readFileSync(path, 'utf8').split(/\r\n|\r|\n/)
  if (all.at(-1) === '') all.pop()
  return all
}
const zh = lines(zhPath), en = lines(enPath)
const { ladder } = await hunalign(zh, en, { lengths: /** @type {'bytes'|'chars'} */ (lengths) })
const rungs = [...ladder]
if (rungs[0]?.[0] !== 0 || rungs[0]?.[1] !== 0) rungs.unshift([0, 0, 0])
if (rungs.at(-1)?.[0] !== zh.length || rungs.at(-1)?.[1] !== en.length) rungs.push([zh.length, en.length, 0])
let out = ''
for (let k = 0; k + 1 < rungs.length; k++) {
  const [z0, e0] = /** @type {number[]} */ (rungs[k]), [z1, e1] = /** @type {number[]} */ (rungs[k + 1])
  const zs = [], es = []
  for (let i = z0; i < Math.min(z1, zh.length); i++) zs.push(i)
  for (let j = e0; j < Math.min(e1, en.length); j++) es.push(j)
  if (zs.length || es.length) out += `[${zs.join(', ')}]:[${es.join(', ')}]\n`
}
writeFileSync(outPath, out)
