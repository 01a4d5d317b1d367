import { alpha, roman } from './html-list-number.js'

/** One level of a Word list definition. */
interface Level {
  readonly start: number
  readonly format: string
  readonly text: string
  readonly suffix: string
}

/** Word's list definitions: abstract lists by id, list instances (`w:num`) → abstract list and start overrides. */
interface Numbering {
  readonly abstracts: ReadonlyMap<string, ReadonlyMap<number, Level>>
  readonly nums: ReadonlyMap<string, { readonly abstract: string; readonly starts: ReadonlyMap<number, number> }>
  /** Paragraph styles that number their paragraphs: style id → list instance and level. */
  readonly styles: ReadonlyMap<string, { readonly numId: string | null; readonly level: number | null; readonly basedOn: string | null }>
}

const val = (xml: string, tag: string): string | null => new RegExp(`<w:${tag}\\b[^>]*?\\bw:val=["']([^"']*)["']`).exec(xml)?.[1] ?? null
const attr = (tag: string, name: string): string | null => new RegExp(`\\bw:${name}=["']([^"']*)["']`).exec(tag)?.[1] ?? null
const unescape = (s: string): string => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] as string)
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function readNumbering(numberingXml: string, stylesXml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>()
  for (const m of numberingXml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>()
    for (const l of (m[2] as string).matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2] as string
      const suff = val(body, 'suff') ?? 'tab'
      levels.set(Number(attr(l[1] as string, 'ilvl') ?? 0), {
        start: Number(val(body, 'start') ?? 1),
        format: val(body, 'numFmt') ?? 'decimal',
        text: unescape(val(body, 'lvlText') ?? ''),
        suffix: suff === 'space' ? ' ' : suff === 'nothing' ? '' : '\t',
      })
    }
    abstracts.set(attr(m[1] as string, 'abstractNumId') ?? '', levels)
  }
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>()
  for (const m of numberingXml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>()
    for (const o of (m[2] as string).matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = val(o[2] as string, 'startOverride')
      if (s !== null) starts.set(Number(attr(o[1] as string, 'ilvl') ?? 0), Number(s))
    }
    nums.set(attr(m[1] as string, 'numId') ?? '', { abstract: val(m[2] as string, 'abstractNumId') ?? '', starts })
  }
  const styles = new Map<string, { numId: string | null; level: number | null; basedOn: string | null }>()
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const body = m[2] as string
    const level = val(body, 'ilvl')
    styles.set(attr(m[1] as string, 'styleId') ?? '', { numId: val(body, 'numId'), level: level === null ? null : Number(level), basedOn: val(body, 'basedOn') })
  }
  return { abstracts, nums, styles }
}

/** A counter in a Word number format; formats resalign does not know print as decimal. */
function format(n: number, fmt: string): string {
  if (fmt === 'lowerLetter') return alpha(n)
  if (fmt === 'upperLetter') return alpha(n).toUpperCase()
  if (fmt === 'lowerRoman') return roman(n)
  if (fmt === 'upperRoman') return roman(n).toUpperCase()
  if (fmt === 'decimalZero') return String(n).padStart(2, '0')
  if (/^(?:chineseCounting|ideographTraditional|chineseLegalSimplified|chineseCountingThousand|taiwaneseCounting)/.test(fmt)) return zhNumeral(n)
  return String(n)
}

const ZH_DIGITS = '〇一二三四五六七八九'
function zhNumeral(n: number): string {
  if (n < 10) return ZH_DIGITS[n] as string
  if (n < 100) return `${n >= 20 ? ZH_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? ZH_DIGITS[n % 10] : ''}`
  return String(n)
}

/**
 * Write Word's automatic paragraph numbers into the document as text, the
 * way Word prints them: each numbered paragraph (by its own `w:numPr` or its
 * style's) gets its label (`%1.` → `12.`, `(%2)` → `(a)`) and the suffix
 * (tab, space) as a run of its own, and its numbering is switched off, so
 * that mammoth writes a paragraph with its printed number rather than an
 * unnumbered list item. Counters follow Word: per abstract list, a level
 * restarts when a higher level advances, `w:startOverride` restarts a list
 * instance. Bullets are left to mammoth.
 */
export function restoreNumbering(documentXml: string, numberingXml: string, stylesXml: string): string {
  const def = readNumbering(numberingXml, stylesXml)
  const counters = new Map<string, number[]>()
  const started = new Set<string>()
  const styleNumbering = (id: string | null): { numId: string | null; level: number | null } => {
    for (let at = id, k = 0; at !== null && k < 10; k++) {
      const s = def.styles.get(at)
      if (!s) break
      if (s.numId !== null) return s
      at = s.basedOn
    }
    return { numId: null, level: null }
  }
  return documentXml.replace(/(<w:p\b(?!\w)[^>]*?)(\/?)>((?:\s*(?:<w:pPr\b[^>]*\/>|<w:pPr(?:\s[^>]*)?>[\s\S]*?<\/w:pPr>))?)/g, (all, open: string, selfClosing: string, found: string) => {
    const pPr = /<w:pPr\b[^>]*\/>/.test(found) ? '' : found
    // A tracked change of paragraph properties nests a second w:pPr: leave such paragraphs to mammoth.
    if (selfClosing || pPr.includes('<w:pPrChange')) return all
    const own = /<w:numPr\b[\s\S]*?<\/w:numPr>/.exec(pPr)?.[0] ?? ''
    const style = styleNumbering(val(pPr, 'pStyle'))
    const numId = val(own, 'numId') ?? style.numId
    const levelIndex = Number(val(own, 'ilvl') ?? style.level ?? 0)
    const num = numId === null ? undefined : def.nums.get(numId)
    const levels = num ? def.abstracts.get(num.abstract) : undefined
    const level = levels?.get(levelIndex)
    if (!num || !levels || !level || level.format === 'bullet') return all
    const key = num.abstract
    const count = counters.get(key) ?? []
    if (!started.has(numId as string)) {
      started.add(numId as string)
      for (const [l, s] of num.starts) count[l] = s - 1
    }
    count[levelIndex] = (count[levelIndex] ?? (num.starts.get(levelIndex) ?? level.start) - 1) + 1
    count.length = levelIndex + 1
    counters.set(key, count)
    const label = level.format === 'none' ? level.text.replace(/%\d/g, '') : level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1
      const lv = levels.get(l)
      return format(count[l] ?? lv?.start ?? 1, lv?.format ?? 'decimal')
    })
    const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
    const props = own ? pPr.replace(own, off) : pPr ? pPr.replace(/<w:pPr\b[^>]*>/, (t) => `${t}${off}`) : `<w:pPr>${off}</w:pPr>`
    const suffix = level.suffix === '\t' ? '<w:tab/>' : level.suffix === ' ' ? '<w:t xml:space="preserve"> </w:t>' : ''
    const run = label ? `<w:r><w:t xml:space="preserve">${escape(label)}</w:t>${suffix}</w:r>` : ''
    return `${open}>${props}${run}`
  })
}
