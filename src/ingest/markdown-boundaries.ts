/**
 * Where one Markdown paragraph holds several UN paragraphs: emphasis runs
 * glued together by a conversion, and numbered lines Markdown folds into
 * the paragraph above.
 */

/** A piece of inline content with its input offsets. */
export interface Token {
  readonly kind: 'text' | 'ref' | 'break'
  readonly value: string
  readonly start: number
  readonly end: number
  readonly emph: boolean
}

/**
 * Runs of three or more emphasis delimiters glued between two words: the
 * trace of line breaks lost when a PDF was converted (`…development****Resolution…`).
 */
export function cutAtBreaks(source: string, tok: Token, breaks: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const out: Token[] = []
  let from = tok.start
  let valueFrom = 0
  for (const b of breaks) {
    // Soft line breaks stay line breaks in the value: the k-th break in the source is the k-th in the value.
    const k = (source.slice(tok.start, b.start).match(/\r\n|\r|\n/g) ?? []).length
    const ends = [...tok.value.matchAll(/\r\n|\r|\n/g)]
    const hit = ends[k]
    if (!hit) continue
    const v = hit.index
    out.push({ ...tok, value: tok.value.slice(valueFrom, v), start: from, end: b.start })
    from = b.end
    valueFrom = v + hit[0].length
  }
  out.push({ ...tok, value: tok.value.slice(valueFrom), start: from, end: tok.end })
  return out
}

export function glueRanges(source: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  for (const m of source.slice(start, end).matchAll(/[*_][*_\u200b-\u200d\u2060\u00ad]*[*_]/g)) {
    if (m[0].replace(/[^*_]/g, '').length < 3) continue
    const s = start + m.index
    const e = s + m[0].length
    if (s > start && e < end && /\S/.test(source[s - 1] as string) && /\S/.test(source[e] as string)) out.push({ start: s, end: e })
  }
  return out
}

/**
 * Lines inside one Markdown paragraph that open a numbered paragraph or a
 * footnote after a line that closed a clause: Markdown lets such a line
 * continue the paragraph ("7." cannot interrupt one), UN documents do not.
 * The boundary is the line break before them.
 */
export function numberedLines(source: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  const text = source.slice(start, end)
  for (const m of text.matchAll(/(?<=[.;:。；：,，](?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}|<sup>[^<\n]{1,6}<\/sup>)?)[ \t]*(\r\n|\r|\n)[ \t]*(?=(?:\d{1,3}\.[\s\u00a0]|[(（][a-z][)）][\s\u00a0]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+\s?\S))/g)) {
    const at = start + m.index + m[0].indexOf(m[1] as string)
    out.push({ start: at, end: at + (m[1] as string).length })
  }
  return out
}

/** Cut a text token where it holds literal delimiters that belong to a glue run, or a line break that ends a paragraph. */
export function cutAtGlue(source: string, tok: Token, glue: ReadonlyArray<{ start: number; end: number }>): Token[] {
  if (tok.kind !== 'text') return [tok]
  const breaks = glue.filter((g) => g.start >= tok.start && g.end <= tok.end && /^(?:\r\n|\r|\n)$/.test(source.slice(g.start, g.end)))
  if (breaks.length) return cutAtBreaks(source, tok, breaks)
  const raw = source.slice(tok.start, tok.end)
  const out: Token[] = []
  let last = 0
  let rawLast = 0
  for (const m of tok.value.matchAll(/[*_]+/g)) {
    const at = raw.indexOf(m[0], rawLast)
    if (at < 0 || !glue.some((g) => tok.start + at >= g.start && tok.start + at < g.end)) continue
    if (m.index > last) out.push({ ...tok, value: tok.value.slice(last, m.index), start: tok.start + rawLast, end: tok.start + at })
    last = m.index + m[0].length
    rawLast = at + m[0].length
  }
  if (out.length === 0) return [tok]
  if (last < tok.value.length) out.push({ ...tok, value: tok.value.slice(last), start: tok.start + rawLast, end: tok.end })
  return out
}
