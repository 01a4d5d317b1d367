// The text renderings of the 78/160 pair made by scripts/renderings/make.mjs
// (corpus/renderings/manifest.json), and the structure figures segment()
// gives on each: shared by benchmarks/renderings.mjs and test/renderings.test.ts.
import { readFileSync } from 'node:fs'
import { norm } from '../../eval/norm.mjs'

const root = new URL('../../corpus/renderings/', import.meta.url)

/**
 * Every producer chain that rendered both 000 (zh) and 003 (en) as text.
 * @returns {{ chain: string, steps: string[], zh: string, en: string }[]}
 */
export function textRenderingPairs() {
  /** @type {{ files: { file: string, chain: string, steps: string[] }[] }} */
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8'))
  const text = manifest.files.filter((f) => f.file.endsWith('.txt'))
  const chains = [...new Set(text.map((f) => f.chain))]
  return chains.flatMap((chain) => {
    const zh = text.find((f) => f.chain === chain && f.file.endsWith('/000.txt'))
    const en = text.find((f) => f.chain === chain && f.file.endsWith('/003.txt'))
    if (!zh || !en) return []
    return [{ chain, steps: en.steps, zh: readFileSync(new URL(zh.file, root), 'utf8'), en: readFileSync(new URL(en.file, root), 'utf8') }]
  })
}

/**
 * What segment() found in the (draft) resolution of a document: preambular
 * paragraphs, operative numbers, and footnotes referenced from the resolution.
 * @param {any} tree  segment()'s value
 * @returns {{ preambular: number, operative: string[], footnotesLinked: number }}
 */
export function resolutionFigures(tree) {
  const part = tree.parts.find((/** @type {any} */ p) => p.kind === 'resolution' || p.kind === 'draft-resolution')
  if (!part) return { preambular: 0, operative: [], footnotesLinked: 0 }
  const ids = new Set(part.blocks.map((/** @type {any} */ b) => b.id))
  const notes = tree.parts.flatMap((/** @type {any} */ p) => p.blocks).filter((/** @type {any} */ b) => b.kind === 'footnote')
  return {
    preambular: part.blocks.filter((/** @type {any} */ b) => b.kind === 'preambular').length,
    operative: part.blocks.filter((/** @type {any} */ b) => b.kind === 'operative').map((/** @type {any} */ b) => b.number),
    footnotesLinked: notes.filter((/** @type {any} */ b) => (b.referencedBy ?? []).some((/** @type {string} */ id) => ids.has(id))).length,
  }
}

/**
 * The gold restricted to what a rendering carries: pairs (and one-sided
 * units) whose every key is in the rendering's text. Some producers drop
 * text (mammoth's raw text and LibreOffice's text export leave footnotes
 * out); they are scored on the rest, and the units dropped are named.
 * @param {any} gold @param {string} zh @param {string} en
 * @returns {{ gold: any, dropped: string[] }}
 */
export function goldCarried(gold, zh, en) {
  const text = { zh: norm(zh), en: norm(en) }
  const has = (/** @type {'zh'|'en'} */ side, /** @type {string[]} */ keys) => keys.every((k) => text[side].includes(norm(k)))
  /** @type {string[]} */
  const dropped = []
  const keep = (/** @type {any} */ u, /** @type {boolean} */ ok) => {
    if (!ok) dropped.push(u.id)
    return ok
  }
  return {
    gold: {
      ...gold,
      pairs: gold.pairs.filter((/** @type {any} */ p) => keep(p, has('zh', p.zh) && has('en', p.en))),
      zhOnly: gold.zhOnly.filter((/** @type {any} */ u) => keep(u, has('zh', u.keys))),
      enOnly: gold.enOnly.filter((/** @type {any} */ u) => keep(u, has('en', u.keys))),
    },
    dropped,
  }
}
