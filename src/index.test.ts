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
        "LEARN_LEXICON_DEFAULTS",
        "LEXICON_SCORER_DEFAULTS",
        "ResalignError",
        "UN_GLOSSARY",
        "align",
        "buildCorpus",
        "checkLossless",
        "chineseContentWords",
        "createGlossaryScorer",
        "createLexiconScorer",
        "createTermMatcher",
        "decode",
        "detectFormat",
        "detectLanguage",
        "englishContentWords",
        "extractGlossary",
        "footnoteRefsOf",
        "glossaryScore",
        "isDictionaryLoaded",
        "isFormat",
        "isNearMatch",
        "isResalignError",
        "learnLexicon",
        "lexiconSimilarity",
        "loadDictionary",
        "longestMatch",
        "normalizedDistance",
        "pairDocuments",
        "readGlossary",
        "readMetadata",
        "segment",
        "stemEnglish",
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
