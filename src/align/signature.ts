import { EN_CARDINALS, EN_MONTHS, EN_ORDINALS, parseZhNumeral } from '../data/number-words.js'
import type { Block, BlockKind, Lang } from '../types.js'

/**
 * The structural signature of a block: what survives translation and can be
 * compared across languages without a dictionary.
 */
export interface Signature {
  readonly kind: BlockKind
  readonly number: string | null
  readonly leadClass: string | null
  /** Normalised numbers, dates (2015-09-25), document symbols (A/78/232, 70/1), ordinals. */
  readonly numbers: readonly string[]
  /** Footnote labels referenced. */
  readonly refs: readonly string[]
  /** Quoted or bracketed titles (“…”, 《…》). */
  readonly quotes: number
  /** Length in characters, spaces excluded. */
  readonly length: number
}

const SYMBOL = /\b[A-Z]{1,6}(?:\.\d+)?(?:\/[A-Za-z0-9.()-]+)+/g
const RES_NUMBER = /\b\d{1,4}\/\d{1,4}\b/g
const ZH_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g
const ZH_MONTH_DAY = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/g
const EN_DATE = new RegExp(`(?:(\\d{1,2})\\s+)?(${EN_MONTHS.join('|')})\\s+(\\d{4})`, 'gi')
const EN_DAY_MONTH = new RegExp(`(\\d{1,2})\\s+(${EN_MONTHS.join('|')})\\b`, 'gi')
const ZH_ORDINAL = /第([一二三四五六七八九十百零〇两]+)(?=[届次个项条段章节])?|([一二三四五六七八九十百零〇两]{1,5})(?=[届次个项年])/g
const ZH_RANGE_ORDINAL = /至([一二三四五六七八九十百]+)届/g
const INTEGER = /\d+/g

const pad = (n: number | string): string => String(n).padStart(2, '0')

/** Compute the signature of a block. */
export function signatureOf(block: Pick<Block, 'kind' | 'number' | 'leadClass' | 'text' | 'footnoteRefs'>, lang: Lang): Signature {
  // Full-width digits and letters (１２, Ａ/７８) compare as ASCII.
  let rest = block.text.normalize('NFKC')
  const numbers: string[] = []
  const take = (re: RegExp, f: (m: RegExpExecArray) => string | null): void => {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray
      const v = f(m)
      if (v !== null) numbers.push(v)
      return ' '
    })
  }
  take(SYMBOL, (m) => m[0].replace(/[.,;:)]+$/, ''))
  take(RES_NUMBER, (m) => m[0])
  if (lang === 'zh') {
    take(ZH_DATE, (m) => (m[3] ? `${m[1]}-${pad(m[2] as string)}-${pad(m[3])}` : `${m[1]}-${pad(m[2] as string)}`))
    take(ZH_MONTH_DAY, (m) => `${pad(m[1] as string)}-${pad(m[2] as string)}`)
    take(ZH_RANGE_ORDINAL, (m) => ordinal(parseZhNumeral(m[1] as string)))
    take(ZH_ORDINAL, (m) => ordinal(parseZhNumeral((m[1] ?? m[2]) as string)))
  } else {
    take(EN_DATE, (m) => {
      const month = pad(EN_MONTHS.indexOf((m[2] as string).toLowerCase()) + 1)
      return m[1] ? `${m[3]}-${month}-${pad(m[1])}` : `${m[3]}-${month}`
    })
    take(EN_DAY_MONTH, (m) => `${pad(EN_MONTHS.indexOf((m[2] as string).toLowerCase()) + 1)}-${pad(m[1] as string)}`)
    for (const word of rest.toLowerCase().match(/[a-z]+(?:-[a-z]+)?/g) ?? []) {
      const n = EN_ORDINALS.get(word) ?? EN_CARDINALS.get(word)
      if (n !== undefined) numbers.push(ordinal(n) ?? String(n))
    }
  }
  for (const m of rest.match(INTEGER) ?? []) numbers.push(String(Number(m)))
  return {
    kind: block.kind,
    number: block.number,
    leadClass: block.leadClass,
    numbers,
    refs: block.footnoteRefs.map((r) => r.label),
    quotes: (block.text.match(lang === 'zh' ? /[“《]/g : /[“"]/g) ?? []).length,
    length: block.text.replace(/\s+/g, '').length,
  }
}

/** Ordinals and small cardinals share one form so that 第七十八届 meets seventy-eighth and 三 meets three. */
function ordinal(n: number): string | null {
  return Number.isFinite(n) && n > 0 ? String(n) : null
}

/** Merge the signatures of consecutive blocks (for 2–1 and 1–2 links). */
export function mergeSignatures(a: Signature, b: Signature): Signature {
  return {
    kind: a.kind,
    number: a.number ?? b.number,
    leadClass: a.leadClass ?? b.leadClass,
    numbers: [...a.numbers, ...b.numbers],
    refs: [...a.refs, ...b.refs],
    quotes: a.quotes + b.quotes,
    length: a.length + b.length,
  }
}
