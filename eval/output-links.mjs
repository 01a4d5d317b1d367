// Reads aligner output: the list of links and the text of each link side.
// Accepts {pairs:[…]}, {links:[…]} or a bare array; a side may be a string,
// {text}, or a list of either (joined with "\n").

/** @param {unknown} side @returns {string} text of one side of a link */
export function sideText(side) {
  if (side == null) return ''
  if (typeof side === 'string') return side
  if (Array.isArray(side)) return side.map(sideText).join('\n')
  if (typeof side === 'object' && 'text' in side) {
    const t = /** @type {{text: unknown}} */ (side).text
    if (typeof t === 'string') return t
    if (Array.isArray(t)) return t.map(sideText).join('\n')
  }
  return ''
}

/** @param {any} out @returns {any[]|null} the list of links of an output */
export function linksOf(out) {
  if (Array.isArray(out)) return out
  if (Array.isArray(out?.pairs)) return out.pairs
  if (Array.isArray(out?.links)) return out.links
  return null
}
