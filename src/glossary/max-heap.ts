/** A binary max-heap ordered by `priority` (internal to extraction). */
export class MaxHeap<T> {
  private readonly items: { readonly priority: number; readonly value: T }[] = []

  get size(): number {
    return this.items.length
  }

  push(priority: number, value: T): void {
    const items = this.items
    items.push({ priority, value })
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (items[parent]!.priority >= items[i]!.priority) break
      ;[items[parent], items[i]] = [items[i]!, items[parent]!]
      i = parent
    }
  }

  /** Priority of the top item, or -Infinity when empty. */
  peekPriority(): number {
    return this.items[0]?.priority ?? -Infinity
  }

  pop(): { readonly priority: number; readonly value: T } | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (top === undefined || last === undefined || items.length === 0) return top
    items[0] = last
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < items.length && items[l]!.priority > items[m]!.priority) m = l
      if (r < items.length && items[r]!.priority > items[m]!.priority) m = r
      if (m === i) break
      ;[items[m], items[i]] = [items[i]!, items[m]!]
      i = m
    }
    return top
  }
}
