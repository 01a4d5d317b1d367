import { describe, expect, it } from 'vitest'
import { ALIGNED_VERSION } from '../types.js'
import type { Alignment } from '../types.js'
import { corpusAlignment } from './fixtures/corpus-alignment.js'
import { HAS_XMLLINT, readWithTranslateToolkit, TRANSLATE_PYTHON, validateTmx } from './fixtures/external-tools.js'
import { sampleAlignment } from './fixtures/sample-alignment.js'
import { alignSentences } from '../sentence/align-sentences.js'
import { sentenceLinks } from '../sentence/sentence-links.js'
import { writeTmx } from './write-tmx.js'

const C0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g
const SKIP_XMLLINT = Boolean(process.env.RESALIGN_SKIP_XMLLINT)
const SKIP_TOOLKIT = Boolean(process.env.RESALIGN_SKIP_TRANSLATE_TOOLKIT)

const empty: Alignment = {
  version: ALIGNED_VERSION,
  source: {
    zh: { name: null, format: 'plain', symbols: [], blocks: 0 },
    en: { name: null, format: 'plain', symbols: [], blocks: 0 },
  },
  pairs: [],
  issues: [],
}
const onlyUnpaired: Alignment = {
  ...sampleAlignment(),
  pairs: sampleAlignment().pairs.filter((l) => !l.zh.text || !l.en.text),
}

/** The 78/160 pair as sentence links (`--unit sentence`). */
const sentenceAlignment = (): Alignment => sentenceLinks(alignSentences(corpusAlignment()).value)

/** Every shape of output the writer can produce. */
const CASES: [string, () => string][] = [
  ['the sample alignment', () => writeTmx(sampleAlignment())],
  ['the sample with notes, footnote props, zh-Hans and a date', () =>
    writeTmx(sampleAlignment(), {
      unpaired: true,
      zhLang: 'zh-Hans',
      srclang: '*all*',
      creationDate: new Date(0),
      footnoteRefs: { zh: { 'p2.op1': ['12'] }, en: { 'p1.op1': ['12'] } },
    })],
  ['the sample without footnotes or lead marks', () => writeTmx(sampleAlignment(), { footnotes: 'omit', markLead: false })],
  ['the 000↔003 corpus pair', () => writeTmx(corpusAlignment())],
  ['the 000↔003 corpus pair by sentence (segtype="sentence")', () => writeTmx(sentenceAlignment(), { segtype: 'sentence' })],
  ['an empty alignment', () => writeTmx(empty)],
  ['an alignment of one-sided links only', () => writeTmx(onlyUnpaired, { unpaired: true })],
]

function expectedPairs(alignment: Alignment) {
  return alignment.pairs
    .filter((l) => l.zh.text.trim() !== '' && l.en.text.trim() !== '')
    .map((l) => ({ id: l.id, langs: ['zh-CN', 'en'], source: l.zh.text.replace(C0, ''), target: l.en.text.replace(C0, '') }))
}

describe.skipIf(!HAS_XMLLINT && SKIP_XMLLINT)('TMX against the LISA tmx14.dtd (xmllint)', () => {
  it.each(CASES)('validates %s', (_name, write) => {
    if (!HAS_XMLLINT) {
      throw new Error('xmllint not found: install libxml2-utils (apt-get install libxml2-utils) or set RESALIGN_SKIP_XMLLINT=1')
    }
    const result = validateTmx(write())
    expect(result.messages).toBe('')
    expect(result.valid).toBe(true)
  })

  it('rejects a TMX whose header lacks srclang (the check can fail)', () => {
    if (!HAS_XMLLINT) throw new Error('xmllint not found: install libxml2-utils or set RESALIGN_SKIP_XMLLINT=1')
    const broken = writeTmx(sampleAlignment()).replace(' srclang="zh-CN"', '')
    const result = validateTmx(broken)
    expect(result.valid).toBe(false)
    expect(result.messages).toContain('srclang')
  })
})

describe.skipIf(TRANSLATE_PYTHON === null && SKIP_TOOLKIT)('TMX read by translate-toolkit', () => {
  it.each([
    ['the sample alignment', sampleAlignment],
    ['the 000↔003 corpus pair', corpusAlignment],
    ['the 000↔003 corpus pair by sentence', sentenceAlignment],
  ])('gives back the units of %s: same ids, languages and texts, in order', (_name, build) => {
    if (TRANSLATE_PYTHON === null) {
      throw new Error('no python3 with translate-toolkit: apt-get install python3-translate, set RESALIGN_PYTHON, or set RESALIGN_SKIP_TRANSLATE_TOOLKIT=1')
    }
    const alignment = build()
    expect(readWithTranslateToolkit(writeTmx(alignment, { segtype: build === sentenceAlignment ? 'sentence' : 'paragraph' }))).toEqual(expectedPairs(alignment))
  })
})
