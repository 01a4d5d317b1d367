/**
 * Read back any aligned output the project writes — the aligned JSON,
 * JSONL (one link per line, as `writeJsonl` and the corpus's corpus.jsonl
 * write it) and TMX (as `writeTmx` and corpus.tmx write it) — as an
 * `Alignment`, so that tools downstream (the glossary) take all three.
 */
import { ResalignError } from '../errors.js'
import { ALIGNED_VERSION, type Alignment, type BlockKind, type Link, type LinkMethod, type PartKind, type SourceInfo } from '../types.js'
import { readTmx, type ReadUnit } from './read-tmx.js'

const NO_SOURCE: SourceInfo = Object.freeze({ name: null, format: 'plain', symbols: [], blocks: 0 })

/**
 * Parse `text`, an aligned JSON, JSONL or TMX file; `name` is only used in
 * messages.
 *
 * @throws ResalignError `input/not-aligned` when it is none of those.
 */
export function readAligned(text: string, name = 'input'): Alignment {
  const body = text.replace(/^\uFEFF/, '').trimStart()
  if (body.startsWith('<')) return fromTmx(body, name)
  if (body.startsWith('{')) {
    const whole = tryJson(body)
    if (whole !== undefined) return fromJson(whole, name)
    return fromJsonl(body, name)
  }
  throw notAligned(name, 'it is not JSON, JSONL or TMX')
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function fromJson(data: unknown, name: string): Alignment {
  const pairs = (data as { pairs?: unknown } | null)?.pairs
  if (Array.isArray(pairs)) return data as Alignment
  if (isLink(data)) return alignmentOf([data])
  throw notAligned(name, 'the JSON has no "pairs" array')
}

function fromJsonl(text: string, name: string): Alignment {
  const links = text.split('\n').filter((line) => line.trim() !== '').map((line, i) => {
    const link = tryJson(line)
    if (!isLink(link)) throw notAligned(name, `line ${i + 1} is not a link`)
    return link
  })
  return alignmentOf(links)
}

function fromTmx(xml: string, name: string): Alignment {
  let units: readonly ReadUnit[]
  try {
    units = readTmx(xml).units
  } catch (cause) {
    throw notAligned(name, `it is not a TMX file (${cause instanceof Error ? cause.message : String(cause)})`)
  }
  return alignmentOf(units.map((unit, i) => linkOf(unit, i)))
}

/** A link from a `<tu>`: the text of its zh* and en* variants and the props `writeTmx` writes. */
function linkOf(unit: ReadUnit, index: number): Link {
  const side = (prefix: string) => {
    const lang = Object.keys(unit.segs).find((l) => l.toLowerCase().startsWith(prefix))
    return { ids: lang === undefined ? [] : [`${prefix}${index + 1}`], text: lang === undefined ? '' : (unit.segs[lang] as string) }
  }
  const p = unit.props
  return {
    id: p['x-link-id'] ?? unit.tuid ?? `l${index + 1}`,
    zh: side('zh'),
    en: side('en'),
    score: p['x-score'] === undefined ? 1 : Number(p['x-score']),
    method: (p['x-method'] ?? 'none') as LinkMethod,
    kind: (p['x-kind'] ?? 'paragraph') as BlockKind,
    number: p['x-number'] ?? null,
    part: { zh: null as PartKind | null, en: null as PartKind | null },
  }
}

function isLink(value: unknown): value is Link {
  const v = value as Partial<Link> | null
  return typeof v === 'object' && v !== null && typeof v.zh?.text === 'string' && typeof v.en?.text === 'string'
}

function alignmentOf(pairs: readonly Link[]): Alignment {
  return { version: ALIGNED_VERSION, source: { zh: NO_SOURCE, en: NO_SOURCE }, pairs, issues: [] }
}

function notAligned(name: string, why: string): ResalignError {
  return new ResalignError('input/not-aligned', `${name} is not an aligned output: ${why}`, { hint: 'pass the aligned JSON, JSONL or TMX that resalign align or resalign corpus wrote' })
}
