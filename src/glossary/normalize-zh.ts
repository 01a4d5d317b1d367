/**
 * Chinese term keys. Matching ignores white space (PDF line breaks fall
 * inside words), title marks 《》〈〉 (`《巴黎协定》` = `巴黎协定`) and the
 * difference between full-width and half-width forms (NFKC); Latin letters
 * are lower-cased.
 */

/** A normalised Chinese text and, for each of its code units, where it came from in the source. */
export interface NormalizedChinese {
  readonly text: string
  /** `starts[i]`: source offset of the character that normalised code unit `i` came from. */
  readonly starts: readonly number[]
  /** `ends[i]`: source offset one past that character. */
  readonly ends: readonly number[]
}

const DROPPED = new Set([0x300a, 0x300b, 0x3008, 0x3009, 0x3c, 0x3e, 0xab, 0xbb]) // 《》〈〉<>«»

/** Normalise `source` (see module comment) keeping a map back to its offsets. */
export function normalizeChinese(source: string): NormalizedChinese {
  const parts: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  while (i < source.length) {
    const cp = source.codePointAt(i)!
    const width = cp > 0xffff ? 2 : 1
    if (!DROPPED.has(cp) && !isSpace(cp)) {
      if (needsFold(cp)) {
        const folded = source.slice(i, i + width).normalize('NFKC').toLowerCase()
        for (let k = 0; k < folded.length; k++) {
          starts.push(i)
          ends.push(i + width)
        }
        parts.push(folded)
      } else {
        starts.push(i)
        ends.push(i + 1)
        parts.push(source[i]!)
      }
    }
    i += width
  }
  return { text: parts.join(''), starts, ends }
}

/** Key of a Chinese term: its normalised text. */
export function chineseKey(term: string): string {
  return normalizeChinese(term).text
}

function isSpace(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x3000 || cp === 0x2028 || cp === 0x2029 ||
    cp === 0xfeff || cp === 0x200b || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f
}

/** Whether a code point can change under NFKC or lower-casing (CJK ideographs cannot). */
function needsFold(cp: number): boolean {
  return !(cp >= 0x4e00 && cp <= 0x9fff)
}
