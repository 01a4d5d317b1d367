import { describe, expect, it } from 'vitest'
import * as api from './index.js'

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ALIGNED_VERSION",
        "FORMATS",
        "FORMAT_INFO",
        "ResalignError",
        "align",
        "checkLossless",
        "decode",
        "detectFormat",
        "detectLanguage",
        "footnoteRefsOf",
        "isFormat",
        "isResalignError",
        "segment",
        "writeFormat",
        "writeHtml",
        "writeJsonl",
        "writeMoses",
        "writeTmx",
        "writeTsv",
      ]
    `)
  })
})
