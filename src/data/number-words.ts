/** Number words of both languages, for ordinals such as 第七十八届 ↔ seventy-eighth. */

export const EN_MONTHS: readonly string[] = Object.freeze(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const ORDINAL_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth']
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth']

/** English ordinal words 1–99 → number ("seventy-eighth" → 78). */
export const EN_ORDINALS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>()
  for (let n = 1; n < 100; n++) {
    const t = Math.floor(n / 10)
    const u = n % 10
    if (n < 20) m.set(ORDINAL_UNITS[n] as string, n)
    else if (u === 0) m.set(ORDINAL_TENS[t] as string, n)
    else m.set(`${TENS[t]}-${ORDINAL_UNITS[u]}`, n)
  }
  m.set('hundredth', 100)
  return m
})()

/** English cardinal words 2–99 ("one" is too often not a number). */
export const EN_CARDINALS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>()
  for (let n = 2; n < 100; n++) {
    const t = Math.floor(n / 10)
    const u = n % 10
    if (n < 20) m.set(UNITS[n] as string, n)
    else if (u === 0) m.set(TENS[t] as string, n)
    else m.set(`${TENS[t]}-${UNITS[u]}`, n)
  }
  return m
})()

/** Chinese numeral characters. */
export const ZH_DIGITS: Readonly<Record<string, number>> = Object.freeze({ 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 })

/** Parse a Chinese numeral up to 9999 (七十八 → 78, 一百零五 → 105); NaN when not one. */
export function parseZhNumeral(s: string): number {
  if (!s) return NaN
  let total = 0
  let current = 0
  for (const ch of s) {
    if (ch in ZH_DIGITS) current = ZH_DIGITS[ch] as number
    else if (ch === '十') { total += (current || 1) * 10; current = 0 }
    else if (ch === '百') { total += (current || 1) * 100; current = 0 }
    else if (ch === '千') { total += (current || 1) * 1000; current = 0 }
    else return NaN
  }
  return total + current
}
