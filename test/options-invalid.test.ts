// Issue #13: `align(zh, en, { glosary: false })` and `segment(x, { lnag: 'zh' })` were accepted silently and
// `align(zh, en, { glossary: 'yes' })` threw a raw TypeError. Every public function that takes options
// refuses an unknown or ill-typed one with ResalignError options/invalid, as the writers do.
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { corpusText } from './corpus.js'

const ZH = corpusText('000')
const EN = corpusText('003')

/** Calls with a misspelt or ill-typed option; `as never` because TypeScript would refuse them. */
const CALLS: ReadonlyArray<[string, () => unknown]> = [
  ['align: unknown option', () => api.align(ZH, EN, { glosary: false } as never)],
  ['align: glossary not a boolean or function', () => api.align(ZH, EN, { glossary: 'yes' } as never)],
  ['align: names not an object', () => api.align(ZH, EN, { names: 'zh.txt' } as never)],
  ['align: options not an object', () => api.align(ZH, EN, 3 as never)],
  ['segment: unknown option', () => api.segment(ZH, { lnag: 'zh' } as never)],
  ['segment: check not a boolean', () => api.segment(ZH, { check: 'no' } as never)],
  ['createTermMatcher: unknown option', () => api.createTermMatcher({ bultIn: false } as never)],
  ['createTermMatcher: builtIn not a boolean', () => api.createTermMatcher({ builtIn: 'no' } as never)],
  ['createGlossaryScorer: unknown option', () => api.createGlossaryScorer([], [], { bogus: 1 } as never)],
  ['glossaryScore: unknown option', () => api.glossaryScore('数字鸿沟', 'digital divide', { bogus: 1 } as never)],
  ['readGlossary: unknown option', () => api.readGlossary('zh,en\n', { fromat: 'csv' } as never)],
  ['readGlossary: format not a string', () => api.readGlossary('zh,en\n', { format: 3 } as never)],
  ['extractGlossary: unknown option', () => api.extractGlossary([], { minCnt: 2 } as never)],
  ['writeTbx: unknown option', () => api.writeTbx([], { titel: 'x' } as never)],
  ['writeTbx: title not a string', () => api.writeTbx([], { title: 3 } as never)],
  ['pairDocuments: unknown option', () => api.pairDocuments([], [], { minScor: 0.5 } as never)],
  ['pairDocuments: minScore out of range', () => api.pairDocuments([], [], { minScore: 2 } as never)],
]

describe('every public function refuses unknown or ill-typed options', () => {
  it.each(CALLS)('%s', (_, call) => {
    let thrown: unknown
    try {
      call()
    } catch (error) {
      thrown = error
    }
    expect(api.isResalignError(thrown), String(thrown)).toBe(true)
    expect((thrown as api.ResalignError).code).toBe('options/invalid')
  })

  it('buildCorpus: unknown option', async () => {
    await expect(api.buildCorpus('.', { output: 'out', jbos: 2 } as never)).rejects.toMatchObject({ code: 'options/invalid' })
  })
})
