import type { Removal } from '../types.js'

/**
 * Clean text with a map back to the input: `map[i]` is the input offset of
 * `text[i]`, or -1 for a character the ingest inserted (a space joining two
 * lines). Every repair is recorded, never silent.
 */
export interface MappedText {
  readonly text: string
  readonly map: readonly number[]
}

/** Builds a MappedText piece by piece from the input. */
export class TextBuilder {
  private readonly chars: string[] = []
  private readonly offsets: number[] = []
  /** Input pieces left out of the text, with why. */
  readonly removed: Removal[] = []

  constructor(readonly source: string) {}

  /** Copy `source[start, end)` into the text; invisible characters (zero-width, BOM) are recorded as removed. */
  copy(start: number, end: number): this {
    for (let i = start; i < end; i++) {
      const c = this.source.charCodeAt(i)
      if (isInvisible(c)) {
        this.remove(i, i + 1, 'invisible')
        continue
      }
      this.chars.push(this.source[i] as string)
      this.offsets.push(i)
    }
    return this
  }

  /**
   * Copy a piece whose text differs from the source (an unescaped value):
   * characters found in the source map exactly; character references
   * (`&lt;`, `&#x3C;`) are recorded as entities with their replacement;
   * source characters skipped over (escapes) are recorded as removed markup.
   * Works on UTF-16 code units, so characters outside the BMP map too.
   */
  copyValue(value: string, start: number, end: number): this {
    let s = start
    const skip = (to: number): void => {
      for (let j = s; j < to; j++) {
        const c = this.source.charCodeAt(j)
        if (isInvisible(c)) this.remove(j, j + 1, 'invisible')
        else if (!isSpaceCode(c)) this.remove(j, j + 1, 'markup')
      }
    }
    for (let vi = 0; vi < value.length; vi++) {
      const ch = value[vi] as string
      if (isInvisible(value.charCodeAt(vi))) continue
      let k = s
      // Markdown values end lines with "\n" whatever the input used (CR, CRLF).
      const same = (c: string | undefined): boolean => c === ch || (ch === '\n' && c === '\r')
      while (k < end && k - s < 12 && !same(this.source[k]) && this.source[k] !== '&') k++
      if (k < end && same(this.source[k])) {
        skip(k)
        this.chars.push(ch)
        this.offsets.push(k)
        s = ch === '\n' && this.source[k] === '\r' && this.source[k + 1] === '\n' ? k + 2 : k + 1
        continue
      }
      const entity = k < end && this.source[k] === '&' ? /^&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(this.source.slice(k, Math.min(end, k + 40))) : null
      if (entity) {
        // A character reference: the decoded character (one or two code units) stands for it.
        skip(k)
        const cp = value.codePointAt(vi) as number
        const replacement = String.fromCodePoint(cp)
        this.removed.push({ start: k, end: k + entity[0].length, kind: 'entity', replacement })
        for (const unit of replacement) {
          this.chars.push(unit)
          this.offsets.push(-1)
        }
        vi += replacement.length - 1
        s = k + entity[0].length
        continue
      }
      // A character the syntax produced with no trace in the source.
      this.chars.push(ch)
      this.offsets.push(-1)
    }
    skip(end)
    return this
  }

  /** Insert a character that is not in the input (a joining space). */
  insert(ch: string): this {
    this.chars.push(ch)
    this.offsets.push(-1)
    return this
  }

  /** Record `source[start, end)` as left out of the text. */
  remove(start: number, end: number, kind: Removal['kind']): this {
    if (end <= start) return this
    const last = this.removed[this.removed.length - 1]
    if (last && last.kind === kind && last.end === start) this.removed[this.removed.length - 1] = { start: last.start, end, kind }
    else this.removed.push({ start, end, kind })
    return this
  }

  /** Take the last written non-space character back out when it is `ch`, recording it as removed. */
  dropLastIf(ch: string, kind: Removal['kind']): this {
    let i = this.chars.length - 1
    while (i >= 0 && isSpace(this.chars[i] as string)) i--
    if (i >= 0 && this.chars[i] === ch) {
      const at = this.offsets[i] as number
      this.chars.splice(i, 1)
      this.offsets.splice(i, 1)
      if (at >= 0) this.remove(at, at + 1, kind)
    }
    return this
  }

  get length(): number {
    return this.chars.length
  }

  /** Last character written, or ''. */
  last(): string {
    return this.chars[this.chars.length - 1] ?? ''
  }

  build(): MappedText {
    return { text: this.chars.join(''), map: this.offsets.slice() }
  }
}

/** Whitespace for the purposes of text cleaning (includes NBSP, ideographic space, BOM). */
export function isSpace(ch: string): boolean {
  return isSpaceCode(ch.charCodeAt(0))
}

/** Zero-width characters and stray byte-order marks: not text, recorded as removed. */
export function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad
}

/** `isSpace` on a UTF-16 code unit, without a regular expression (hot path). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0x85) return false
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** CJK characters and punctuation, between which a line wrap is no space. */
function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d
}

/**
 * Tidy a built text: whitespace runs become one space, a line wrap between
 * two CJK characters disappears (Chinese has no spaces between words), and
 * the ends are trimmed. `remap(i)` moves an old index to the new text.
 */
export function tidy(mt: MappedText): { readonly text: MappedText; readonly remap: (i: number) => number } {
  const chars: string[] = []
  const map: number[] = []
  const newIndex: number[] = new Array(mt.text.length + 1)
  let i = 0
  const n = mt.text.length
  while (i < n) {
    const ch = mt.text[i] as string
    if (!isSpace(ch)) {
      newIndex[i] = chars.length
      chars.push(ch)
      map.push(mt.map[i] as number)
      i++
      continue
    }
    let j = i
    let newline = false
    while (j < n && isSpace(mt.text[j] as string)) {
      if (mt.text[j] === '\n' || mt.text[j] === '\r') newline = true
      j++
    }
    const before = chars[chars.length - 1]
    const after = mt.text[j]
    const drop = chars.length === 0 || j === n || (newline && before !== undefined && after !== undefined && isCjk(before) && isCjk(after))
    for (let k = i; k < j; k++) newIndex[k] = chars.length
    if (!drop) {
      chars.push(' ')
      map.push(mt.map[i] as number)
    }
    i = j
  }
  newIndex[n] = chars.length
  return {
    text: { text: chars.join(''), map },
    remap: (k) => newIndex[Math.max(0, Math.min(n, k))] as number,
  }
}
