import type { Removal } from '../types.js'
import { isInvisible } from './source-text.js'
import type { Ingested, Unit } from './unit.js'

export function withoutInvisible(source: string): { text: string; toSource: Int32Array | null } {
  if (!/[\u200b-\u200d\u2060\u00ad\ufeff]/.test(source)) return { text: source, toSource: null }
  const toSource = new Int32Array(source.length + 1)
  let text = ''
  let k = 0
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (isInvisible(c)) continue
    toSource[k++] = i
    text += source[i]
  }
  toSource[k] = source.length
  return { text, toSource }
}

/** Move what was found in the text without invisible characters back onto the input; invisible characters inside a block are recorded as removed. */
export function mapBack(found: Ingested, source: string, toSource: Int32Array): Ingested {
  const at = (k: number): number => toSource[k] as number
  const span = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: at(x.start), end: x.end > x.start ? at(x.end - 1) + 1 : at(x.start) })
  const units = found.units.map((u): Unit => {
    const spans = u.spans.map(span)
    const invisible: Removal[] = []
    for (const sp of spans) {
      for (let i = sp.start; i < sp.end; i++) {
        const c = source.charCodeAt(i)
        if (isInvisible(c)) invisible.push({ start: i, end: i + 1, kind: 'invisible' })
      }
    }
    return {
      ...u,
      body: { text: u.body.text, map: u.body.map.map((o) => (o < 0 ? o : at(o))) },
      spans,
      removed: [...u.removed.map(span), ...invisible],
      refs: u.refs.map(span),
    }
  })
  const artifacts = found.artifacts.map((a) => {
    const m = span(a)
    return { ...m, text: source.slice(m.start, m.end) }
  })
  return { ...found, units, artifacts }
}
