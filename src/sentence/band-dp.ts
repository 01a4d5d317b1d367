/** A bead: zh sentences `[zh0, zh1)` ↔ en sentences `[en0, en1)`. */
export interface SpanBead {
  readonly zh0: number
  readonly zh1: number
  readonly en0: number
  readonly en1: number
}

/** The band: for each zh boundary i (0…n) the en boundaries lo[i]…hi[i] visited. */
export interface Band {
  readonly lo: Int32Array
  readonly hi: Int32Array
}

/**
 * A band of half-width `width` around a centre line (an en position for each
 * zh boundary). Rows overlap their neighbours so a path always exists; the
 * first row starts at 0 and the last ends at m. Memory and work are
 * O((n + m) · width).
 */
export function bandAround(center: Float64Array, width: number, m: number): Band {
  const n = center.length - 1
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(m, Math.floor((center[i] as number) - width)))
    hi[i] = Math.max(0, Math.min(m, Math.ceil((center[i] as number) + width)))
  }
  lo[0] = 0
  hi[n] = m
  for (let i = 1; i <= n; i++) if ((lo[i] as number) > (hi[i - 1] as number)) lo[i] = hi[i - 1] as number
  for (let i = n - 1; i >= 0; i--) if ((hi[i] as number) < (lo[i + 1] as number)) hi[i] = lo[i + 1] as number
  return { lo, hi }
}

/**
 * Best monotone path through the band from (0, 0) to (n, m) made of the
 * given bead shapes; `gain` scores a bead (higher is better). Only the band's
 * cells are stored.
 */
export function bandDp(n: number, m: number, shapes: readonly { readonly zh: number; readonly en: number }[], band: Band, gain: (shape: number, zh0: number, zh1: number, en0: number, en1: number) => number): SpanBead[] {
  const { lo, hi } = band
  const start = new Float64Array(n + 2)
  for (let i = 0; i <= n; i++) start[i + 1] = (start[i] as number) + (hi[i] as number) - (lo[i] as number) + 1
  const cells = start[n + 1] as number
  const best = new Float64Array(cells).fill(-Infinity)
  const from = new Int8Array(cells).fill(-1)
  const at = (i: number, j: number): number => (j < (lo[i] as number) || j > (hi[i] as number) ? -1 : (start[i] as number) + j - (lo[i] as number))
  best[0] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i] as number; j <= (hi[i] as number); j++) {
      const here = at(i, j)
      let top = i === 0 && j === 0 ? 0 : -Infinity
      let pick = -1
      for (let s = 0; s < shapes.length; s++) {
        const shape = shapes[s] as { zh: number; en: number }
        const i0 = i - shape.zh
        const j0 = j - shape.en
        if (i0 < 0 || j0 < 0) continue
        const k = at(i0, j0)
        if (k < 0) continue
        const before = best[k] as number
        if (before === -Infinity) continue
        const value = before + gain(s, i0, i, j0, j)
        if (value > top) {
          top = value
          pick = s
        }
      }
      best[here] = top
      from[here] = pick
    }
  }
  const beads: SpanBead[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const s = from[at(i, j)] as number
    if (s < 0) throw new Error(`bandDp: no path at ${i},${j}`)
    const shape = shapes[s] as { zh: number; en: number }
    beads.push({ zh0: i - shape.zh, zh1: i, en0: j - shape.en, en1: j })
    i -= shape.zh
    j -= shape.en
  }
  return beads.reverse()
}

/** The en position of the path at each zh boundary (interpolated inside a bead). */
export function pathCenter(beads: readonly SpanBead[], n: number): Float64Array {
  const center = new Float64Array(n + 1)
  for (const b of beads) {
    const rows = b.zh1 - b.zh0
    for (let i = b.zh0; i < b.zh1; i++) center[i] = b.en0 + ((i - b.zh0) / rows) * (b.en1 - b.en0)
    center[b.zh1] = b.en1
  }
  return center
}
