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
  // UTF-16 code units, not one-character strings: a Chinese character as a
  // string is an allocation of its own; as a number it is none.
  private readonly codes: number[] = []
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
      this.codes.push(c)
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
    const source = this.source
    let s = start
    for (let vi = 0; vi < value.length; vi++) {
      const ch = value.charCodeAt(vi)
      if (isInvisible(ch)) continue
      let k = s
      // Markdown values end lines with "\n" whatever the input used (CR, CRLF).
      while (k < end && k - s < 12 && !sameUnit(source.charCodeAt(k), ch) && source.charCodeAt(k) !== AMP) k++
      if (k < end && sameUnit(source.charCodeAt(k), ch)) {
        this.skip(s, k)
        this.codes.push(ch)
        this.offsets.push(k)
        s = ch === LF && source.charCodeAt(k) === CR && source.charCodeAt(k + 1) === LF ? k + 2 : k + 1
        continue
      }
      const entity = k < end && source.charCodeAt(k) === AMP ? ENTITY.exec(source.slice(k, Math.min(end, k + 40))) : null
      if (entity) {
        // A character reference: the decoded character (one or two code units) stands for it.
        this.skip(s, k)
        const replacement = String.fromCodePoint(value.codePointAt(vi) as number)
        this.removed.push({ start: k, end: k + entity[0].length, kind: 'entity', replacement })
        for (let u = 0; u < replacement.length; u++) {
          this.codes.push(replacement.charCodeAt(u))
          this.offsets.push(-1)
        }
        vi += replacement.length - 1
        s = k + entity[0].length
        continue
      }
      // A character the syntax produced with no trace in the source.
      this.codes.push(ch)
      this.offsets.push(-1)
    }
    this.skip(s, end)
    return this
  }

  /** Source characters passed over by copyValue: invisible ones and markup are recorded as removed. */
  private skip(from: number, to: number): void {
    for (let j = from; j < to; j++) {
      const c = this.source.charCodeAt(j)
      if (isInvisible(c)) this.remove(j, j + 1, 'invisible')
      else if (!isSpaceCode(c)) this.remove(j, j + 1, 'markup')
    }
  }

  /** Insert a character that is not in the input (a joining space). */
  insert(ch: string): this {
    for (let u = 0; u < ch.length; u++) {
      this.codes.push(ch.charCodeAt(u))
      this.offsets.push(-1)
    }
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
    let i = this.codes.length - 1
    while (i >= 0 && isSpaceCode(this.codes[i] as number)) i--
    if (i >= 0 && ch.length === 1 && this.codes[i] === ch.charCodeAt(0)) {
      const at = this.offsets[i] as number
      this.codes.splice(i, 1)
      this.offsets.splice(i, 1)
      if (at >= 0) this.remove(at, at + 1, kind)
    }
    return this
  }

  get length(): number {
    return this.codes.length
  }

  /** Last character written, or ''. */
  last(): string {
    const c = this.codes[this.codes.length - 1]
    return c === undefined ? '' : String.fromCharCode(c)
  }

  build(): MappedText {
    return { text: fromCodes(this.codes), map: this.offsets.slice() }
  }
}

const AMP = 0x26
const LF = 0x0a
const CR = 0x0d
const ENTITY = /^&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/
/** A source code unit that stands for `ch` of a Markdown value ("\n" for CR too). */
const sameUnit = (c: number, ch: number): boolean => c === ch || (ch === LF && c === CR)

/** A string from UTF-16 code units, in chunks (no argument-count limit). */
export function fromCodes(codes: readonly number[]): string {
  let out = ''
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192))
  return out
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
function isCjkCode(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d
}

/**
 * Tidy a built text: whitespace runs become one space, a line wrap between
 * two CJK characters disappears (Chinese has no spaces between words), and
 * the ends are trimmed. `remap(i)` moves an old index to the new text.
 */
export function tidy(mt: MappedText): { readonly text: MappedText; readonly remap: (i: number) => number } {
  const text = mt.text
  const codes: number[] = []
  const map: number[] = []
  const n = text.length
  const newIndex = new Int32Array(n + 1)
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (!isSpaceCode(c)) {
      newIndex[i] = codes.length
      codes.push(c)
      map.push(mt.map[i] as number)
      i++
      continue
    }
    let j = i
    let newline = false
    while (j < n && isSpaceCode(text.charCodeAt(j))) {
      const d = text.charCodeAt(j)
      if (d === LF || d === CR) newline = true
      j++
    }
    const drop = codes.length === 0 || j === n || (newline && isCjkCode(codes[codes.length - 1] as number) && isCjkCode(text.charCodeAt(j)))
    for (let k = i; k < j; k++) newIndex[k] = codes.length
    if (!drop) {
      codes.push(0x20)
      map.push(mt.map[i] as number)
    }
    i = j
  }
  newIndex[n] = codes.length
  return {
    text: { text: fromCodes(codes), map },
    remap: (k) => newIndex[Math.max(0, Math.min(n, k))] as number,
  }
}
