// A naive paragraph splitter, independent of resalign: markup removed, one
// block per blank-line separated paragraph (a line starting with "n. " also
// starts one). Used to exercise the hunalign wrapper before resalign's
// segment() exists, and as a floor: what an aligner sees without structure.
import { stripMarkup } from '../../eval/perturb/markup.mjs'

/**
 * @param {string} text
 * @returns {string[]} block texts, whitespace collapsed, in order
 */
export function simpleSplit(text) {
  /** @type {string[]} */
  const blocks = []
  for (const chunk of stripMarkup(text.replace(/\r\n?/g, '\n')).split(/\n[ \t]*\n/)) {
    let cur = ''
    for (const line of chunk.split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (cur && /^\d+\.\s/.test(line)) { blocks.push(cur); cur = line } else cur = cur ? `${cur} ${line}` : line
    }
    if (cur) blocks.push(cur)
  }
  return blocks
}
