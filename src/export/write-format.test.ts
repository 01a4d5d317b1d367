import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isResalignError } from '../errors.js'
import type { Alignment } from '../types.js'
import { sampleAlignment } from './fixtures/sample-alignment.js'
import * as exported from './index.js'
import { FORMATS, writeFormat } from './write-format.js'
import { RESALIGN_VERSION } from './version.js'

function codeOf(fn: () => unknown): string | false {
  try {
    fn()
  } catch (error) {
    return isResalignError(error) && error.code
  }
  return false
}

describe('writeFormat', () => {
  it('returns one file for every format but moses, which gets .zh and .en', () => {
    for (const format of FORMATS) {
      const files = writeFormat(sampleAlignment(), format)
      expect(files.map((f) => f.suffix)).toEqual(format === 'moses' ? ['.zh', '.en'] : [''])
      expect(files.every((f) => f.content.length > 0 && f.content.endsWith('\n'))).toBe(true)
    }
  })

  it('writes json that reads back as the same alignment', () => {
    const alignment = sampleAlignment()
    expect(JSON.parse(writeFormat(alignment, 'json')[0]!.content) as Alignment).toEqual(alignment)
  })

  it('passes options on to the writer', () => {
    const [file] = writeFormat(sampleAlignment(), 'tmx', { zhLang: 'zh-Hans' })
    expect(file!.content).toContain('<tuv xml:lang="zh-Hans">')
    expect(codeOf(() => writeFormat(sampleAlignment(), 'tsv', { minScore: 3 }))).toBe('options/invalid')
    expect(codeOf(() => writeFormat(sampleAlignment(), 'json', { pretty: true } as never))).toBe('options/invalid')
  })

  it('throws format/unknown for an unknown format', () => {
    expect(codeOf(() => writeFormat(sampleAlignment(), 'xliff' as never))).toBe('format/unknown')
  })
})

describe('src/export/index.ts', () => {
  it('exports exactly the public names', () => {
    expect(Object.keys(exported).sort()).toEqual([
      'FORMATS', 'FORMAT_INFO', 'HTML_DEFAULTS', 'JSONL_DEFAULTS', 'MOSES_DEFAULTS', 'RESALIGN_VERSION',
      'TMX_DEFAULTS', 'TSV_COLUMNS', 'TSV_DEFAULTS', 'footnoteRefsOf', 'isFormat', 'writeFormat',
      'writeHtml', 'writeJsonl', 'writeMoses', 'writeTmx', 'writeTsv',
    ])
  })

  it('keeps RESALIGN_VERSION equal to the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    expect(RESALIGN_VERSION).toBe(pkg.version)
  })

  it('freezes every default options object', () => {
    const defaults = [exported.TMX_DEFAULTS, exported.HTML_DEFAULTS, exported.JSONL_DEFAULTS, exported.MOSES_DEFAULTS, exported.TSV_DEFAULTS]
    expect(defaults.every((d) => Object.isFrozen(d))).toBe(true)
  })
})
