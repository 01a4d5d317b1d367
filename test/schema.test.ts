import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { align } from '../src/align/align.js'
import { alignSentences } from '../src/sentence/align-sentences.js'
import { sentenceLinks } from '../src/sentence/sentence-links.js'
import { ALIGNED_VERSION } from '../src/types.js'
import { corpusText } from './corpus.js'

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'aligned.schema.json'), 'utf8'))
const validate = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true }).compile(schema)

describe('the aligned JSON contract', () => {
  it('is what align() returns, as JSON, for the 78/160 pair and for two unrelated documents', () => {
    for (const [zh, en] of [['000', '003'], ['002', '003']] as const) {
      const json = JSON.parse(JSON.stringify(align(corpusText(zh), corpusText(en)).value))
      const ok = validate(json)
      expect(validate.errors ?? []).toEqual([])
      expect(ok).toBe(true)
    }
  })

  it('holds the sentences of each link after alignSentences(), and the sentence links written as links', () => {
    const withSentences = alignSentences(align(corpusText('000'), corpusText('003')).value).value
    for (const value of [withSentences, sentenceLinks(withSentences)]) {
      const json = JSON.parse(JSON.stringify(value))
      const ok = validate(json)
      expect(validate.errors ?? []).toEqual([])
      expect(ok).toBe(true)
    }
    expect(withSentences.pairs.some((p) => (p.sentences?.length ?? 0) > 1)).toBe(true)
  })

  it('rejects a sentence link with an unknown method', () => {
    const json = JSON.parse(JSON.stringify(alignSentences(align(corpusText('000'), corpusText('003')).value).value))
    json.pairs.find((p: { sentences?: unknown[] }) => p.sentences).sentences[0].method = 'guess'
    expect(validate(json)).toBe(false)
  })

  it('rejects a link with a score outside [0, 1] (the schema can fail)', () => {
    const json = JSON.parse(JSON.stringify(align(corpusText('000'), corpusText('003')).value))
    json.pairs[0].score = 1.5
    expect(validate(json)).toBe(false)
  })

  it('names the version the code writes', () => {
    expect(schema.properties.version.const).toBe(ALIGNED_VERSION)
  })
})
