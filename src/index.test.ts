import { describe, expect, it } from 'vitest'
import * as api from './index.js'

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ALIGNED_VERSION",
        "CORPUS_DEFAULTS",
        "FORMATS",
        "FORMAT_INFO",
        "ResalignError",
        "UN_GLOSSARY",
        "align",
        "alignShard",
        "buildCorpus",
        "checkLossless",
        "createGlossaryScorer",
        "createTermMatcher",
        "decode",
        "detectFormat",
        "detectLanguage",
        "extractGlossary",
        "footnoteRefsOf",
        "glossaryScore",
        "isFormat",
        "isNearMatch",
        "isResalignError",
        "mergeShards",
        "normalizedDistance",
        "pairDocuments",
        "parsePlan",
        "planCorpus",
        "readGlossary",
        "readMetadata",
        "resolveShard",
        "segment",
        "writeFormat",
        "writeGlossaryCsv",
        "writeGlossaryJson",
        "writeGlossaryTsv",
        "writeHtml",
        "writeJsonl",
        "writeMoses",
        "writeTbx",
        "writeTmx",
        "writeTsv",
      ]
    `)
  })
})
