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
        "READ_DEFAULTS",
        "ResalignError",
        "UN_GLOSSARY",
        "align",
        "buildCorpus",
        "checkLossless",
        "createGlossaryScorer",
        "createTermMatcher",
        "decode",
        "detectFileType",
        "detectFormat",
        "detectLanguage",
        "extractGlossary",
        "footnoteRefsOf",
        "glossaryScore",
        "isFormat",
        "isNearMatch",
        "isResalignError",
        "normalizedDistance",
        "pairDocuments",
        "readDocument",
        "readGlossary",
        "readMetadata",
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
