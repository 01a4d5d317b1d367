// Human-readable report of a score() result (used by eval/score.mjs).
import { basename } from 'node:path'

const f3 = (/** @type {number|null} */ x) => (x == null ? '   -  ' : x.toFixed(3).padStart(6))
const pad = (/** @type {unknown} */ x, /** @type {number} */ n) => String(x).padStart(n)

/**
 * @param {ReturnType<typeof import('./score.mjs').score>} r
 * @param {{ gold: string, output: string, verbose?: boolean }} names
 * @returns {string}
 */
export function formatReport(r, { gold, output, verbose = false }) {
  const c = r.counts
  const lines = [
    `${basename(output)} vs gold ${basename(gold)}`,
    `links ${c.linksTotal}: two-sided ${c.twoSided} (touching gold ${c.touching}, untouched ${r.untouched}), one-sided ${c.oneSided}, empty ${c.empty}`,
    `gold: ${c.goldPairs} pairs, ${c.goldZhOnly} zhOnly, ${c.goldEnOnly} enOnly`,
    'kind           pairs   hit recall |  links correct  prec',
  ]
  for (const kind of Object.keys(r.perKind).sort()) {
    const p = r.perKind[kind]
    lines.push(`${kind.padEnd(14).slice(0, 14)} ${pad(p.pairs, 5)} ${pad(p.hit, 5)} ${f3(p.recall)} | ${pad(p.links, 6)} ${pad(p.correct, 7)} ${f3(p.precision)}`)
  }
  lines.push(`${'ALL'.padEnd(14)} ${pad(c.goldPairs, 5)} ${pad(c.hitPairs, 5)} ${f3(r.recall)} | ${pad(c.touching, 6)} ${pad(c.correct, 7)} ${f3(r.precision)}`)
  lines.push(`P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  ` +
    `coverage zh ${r.coverageZh.toFixed(3)} (${c.zhKeys - c.lostZhKeys}/${c.zhKeys})  ` +
    `en ${r.coverageEn.toFixed(3)} (${c.enKeys - c.lostEnKeys}/${c.enKeys})  untouched ${r.untouched}`)
  /** @type {any[]} */
  const errors = r.errors
  for (const e of errors.filter((e) => e.type.startsWith('gold-') || e.type.startsWith('output-'))) {
    lines.push(`WARNING ${e.type} ${e.id ?? ''} ${e.note ?? ''}`.trimEnd())
  }
  if (!verbose) return lines.join('\n')
  const of = (/** @type {string} */ type) => errors.filter((e) => e.type === type)
  lines.push('', `missed gold pairs (${of('missed-pair').length}):`)
  for (const m of of('missed-pair')) {
    lines.push(`  ${m.id} [${m.kind}] touched by links ${m.touchedBy.length ? m.touchedBy.join(',') : '(none)'}`,
      `     zh: ${m.zh}`, `     en: ${m.en}`)
  }
  lines.push('', `wrong links (${of('wrong-link').length}):`)
  for (const w of of('wrong-link')) {
    lines.push(`  link ${w.link}: ${w.reason}; hits [${w.hits.join(',')}] touches [${w.touches.join(',')}]`,
      `     zh: ${w.zh}`, `     en: ${w.en}`)
  }
  if (of('lost-key').length) {
    lines.push('', `gold keys absent from the output (${of('lost-key').length}):`)
    for (const l of of('lost-key')) lines.push(`  ${l.id} ${l.side}: ${l.key}`)
  }
  return lines.join('\n')
}
