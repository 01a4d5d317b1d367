import { RADICAL_IDEOGRAPHS } from '../data/cjk-radicals.js'

/** Kangxi radicals, radical supplements and compatibility ideographs that some PDF fonts map their glyphs to. */
const RADICAL = /[\u2e80-\u2fdf\uf900-\ufaff]/g

/**
 * Read radicals as the ideographs they print ("⼤会" → "大会"): fonts that
 * give a glyph the code point of a Kangxi radical make text no one can
 * search. Only these ranges are normalised (NFKC would also turn full-width
 * punctuation into ASCII).
 */
export function readRadicals(str: string): string {
  return str.replace(RADICAL, (c) => RADICAL_IDEOGRAPHS[c] ?? c.normalize('NFKC'))
}
