import type { Link } from '../types.js'

/** Whether both sides of a link have blocks and non-blank text. */
export function isTwoSided(link: Link): boolean {
  return hasText(link.zh) && hasText(link.en)
}

function hasText(side: Link['zh']): boolean {
  return side.ids.length > 0 && side.text.trim() !== ''
}
