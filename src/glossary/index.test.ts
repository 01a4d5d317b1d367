import { describe, expect, it } from 'vitest'
import * as glossary from './index.js'

describe('glossary public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(glossary).sort()).toEqual(
      [
        'UN_GLOSSARY',
        'createGlossaryScorer',
        'createTermMatcher',
        'extractGlossary',
        'glossaryScore',
        'isNearMatch',
        'normalizedDistance',
        'readGlossary',
        'writeGlossaryCsv',
        'writeGlossaryJson',
        'writeGlossaryTsv',
        'writeTbx',
      ].sort(),
    )
  })
})
