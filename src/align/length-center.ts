import type { BlockSide } from './align-blocks.js'
import type { Signature } from './signature.js'

/**
 * Where row i of a stretch is expected in the other language: at the same
 * share of the text (by length), so that a side cut short or padded keeps
 * the band on the path. When the two sides hold about the same text, their
 * own totals set the scale; when they do not (a truncated file), the
 * document's length ratio does.
 */
export function lengthCenter(zh: BlockSide, en: BlockSide, z0: number, n: number, e0: number, m: number, ratio: number): (i: number) => number {
  const cz = new Float64Array(n + 1)
  const ce = new Float64Array(m + 1)
  for (let i = 0; i < n; i++) cz[i + 1] = (cz[i] as number) + Math.max(1, (zh.signatures[z0 + i] as Signature).length)
  for (let j = 0; j < m; j++) ce[j + 1] = (ce[j] as number) + Math.max(1, (en.signatures[e0 + j] as Signature).length)
  const tz = cz[n] as number
  const te = ce[m] as number
  const scale = tz > 0 && Math.abs(Math.log(te / (tz * ratio))) < 0.3 ? te / tz : ratio
  return (i) => {
    const target = (cz[i] as number) * scale
    let a = 0
    let b = m
    while (a < b) {
      const mid = (a + b) >> 1
      if ((ce[mid] as number) < target) a = mid + 1
      else b = mid
    }
    return a
  }
}
