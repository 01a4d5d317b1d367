import { crc32 } from 'node:zlib'
import type { ZipEntry } from './read-zip.js'

/**
 * A zip archive of `entries`, stored without compression: how resalign hands
 * a Word document it has read (and checked) to mammoth.
 */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder()
  const names = entries.map((e) => encoder.encode(e.name))
  const localSize = entries.reduce((n, e, i) => n + 30 + (names[i] as Uint8Array).length + e.data.length, 0)
  const dirSize = names.reduce((n, name) => n + 46 + name.length, 0)
  const out = new Uint8Array(localSize + dirSize + 22)
  const view = new DataView(out.buffer)
  const offsets: number[] = []
  const crcs = entries.map((e) => crc32(e.data) >>> 0)
  let at = 0
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array
    offsets.push(at)
    view.setUint32(at, 0x04034b50, true)
    view.setUint16(at + 4, 20, true)
    view.setUint16(at + 6, 0x0800, true) // names in UTF-8
    view.setUint32(at + 14, crcs[i] as number, true)
    view.setUint32(at + 18, e.data.length, true)
    view.setUint32(at + 22, e.data.length, true)
    view.setUint16(at + 26, name.length, true)
    out.set(name, at + 30)
    out.set(e.data, at + 30 + name.length)
    at += 30 + name.length + e.data.length
  })
  const dirStart = at
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array
    view.setUint32(at, 0x02014b50, true)
    view.setUint16(at + 4, 20, true)
    view.setUint16(at + 6, 20, true)
    view.setUint16(at + 8, 0x0800, true)
    view.setUint32(at + 16, crcs[i] as number, true)
    view.setUint32(at + 20, e.data.length, true)
    view.setUint32(at + 24, e.data.length, true)
    view.setUint16(at + 28, name.length, true)
    view.setUint32(at + 42, offsets[i] as number, true)
    out.set(name, at + 46)
    at += 46 + name.length
  })
  view.setUint32(at, 0x06054b50, true)
  view.setUint16(at + 8, entries.length, true)
  view.setUint16(at + 10, entries.length, true)
  view.setUint32(at + 12, at - dirStart, true)
  view.setUint32(at + 16, dirStart, true)
  return out
}
