import { inflateRawSync } from 'node:zlib'
import { ResalignError } from '../errors.js'

/** One file of a zip archive, inflated. */
export interface ZipEntry {
  readonly name: string
  readonly data: Uint8Array
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const MAX_COMMENT = 0xffff

const corrupt = (why: string): ResalignError =>
  new ResalignError('input/corrupt', `the file is not a readable zip archive (${why})`, { hint: 'the file is truncated or damaged: download or save it again' })

/**
 * Read a zip archive (a DOCX) with a bound on what it may expand to: the
 * sizes its central directory declares are added up before anything is
 * inflated, and each entry is inflated with its declared size as a hard
 * limit, so an archive that lies about its sizes stops there too.
 *
 * @throws ResalignError `input/corrupt` (truncated or damaged archive,
 *   unsupported compression), `input/too-large` (expands beyond `maxBytes`).
 */
export function readZip(bytes: Uint8Array, maxBytes: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - MAX_COMMENT); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory: truncated?')
  const count = view.getUint16(eocd + 10, true)
  const dirSize = view.getUint32(eocd + 12, true)
  const dirStart = view.getUint32(eocd + 16, true)
  if (dirStart === 0xffffffff || count === 0xffff) throw new ResalignError('input/too-large', 'the archive is a ZIP64 archive, larger than any Word document resalign reads', { hint: 'a DOCX of this size is no UN document' })
  if (dirStart + dirSize > eocd) throw corrupt('central directory out of bounds')
  const found: Array<{ name: string; method: number; compressed: number; size: number; local: number }> = []
  let total = 0
  for (let at = dirStart, k = 0; k < count; k++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw corrupt('bad central directory entry')
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    if (size === 0xffffffff || compressed === 0xffffffff) throw new ResalignError('input/too-large', `${name} in the archive is a ZIP64 entry of 4 GB or more`, { hint: 'a DOCX of this size is no UN document' })
    total += size
    if (total > maxBytes) {
      throw new ResalignError('input/too-large', `the archive expands to more than ${maxBytes} bytes`, { hint: 'raise maxBytes (--max-bytes) if the document is genuine; a small file that expands this much is a zip bomb' })
    }
    found.push({ name, method, compressed, size, local })
    at += 46 + nameLength + extra
  }
  return found.map((e) => ({ name: e.name, data: inflate(bytes, view, e) }))
}

function inflate(bytes: Uint8Array, view: DataView, e: { name: string; method: number; compressed: number; size: number; local: number }): Uint8Array {
  if (e.local + 30 > bytes.length || view.getUint32(e.local, true) !== LOCAL) throw corrupt(`bad local header for ${e.name}`)
  const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true)
  if (start + e.compressed > bytes.length) throw corrupt(`${e.name} is cut short`)
  const raw = bytes.subarray(start, start + e.compressed)
  if (e.method === 0) return raw
  if (e.method !== 8) throw corrupt(`${e.name} uses compression method ${e.method}`)
  let data: Buffer
  try {
    data = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) })
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ResalignError('input/too-large', `${e.name} expands beyond the ${e.size} bytes the archive declares`, { hint: 'the archive lies about its sizes: a zip bomb', cause })
    }
    throw corrupt(`${e.name} does not inflate`)
  }
  if (data.length !== e.size) throw corrupt(`${e.name} inflates to ${data.length} bytes, not the ${e.size} declared`)
  return data
}
