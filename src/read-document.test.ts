import { describe, expect, it } from 'vitest'
import { corpusText } from '../test/corpus.js'
import { readDocument } from './read-document.js'
import { segment } from './segment.js'

const html = '<!DOCTYPE html><html><head><meta charset="windows-1252"></head><body><p><i>The General Assembly,</i></p><p><i>Recalling</i> the \u201cAgenda\u201d,</p><p>1. <i>Decides</i> to act.</p></body></html>'

describe('readDocument', () => {
  it('reads text and Markdown exactly as segment does', async () => {
    const en = corpusText('003')
    const read = await readDocument(new TextEncoder().encode(en))
    expect(read.value).toEqual(segment(en).value)
    expect((await readDocument(en, { from: 'markdown', check: false })).value.format).toBe('markdown')
  })

  it('reads HTML in the character set its meta declares', async () => {
    const cp1252 = Uint8Array.from([...html].map((c) => (c === '\u201c' ? 0x93 : c === '\u201d' ? 0x94 : c.charCodeAt(0))))
    const { value, issues } = await readDocument(cp1252)
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(value.format).toBe('html')
    expect(value.parts.flatMap((p) => p.blocks).map((b) => b.kind)).toEqual(['chapeau', 'preambular', 'operative'])
    expect(value.parts.flatMap((p) => p.blocks)[1]?.text).toBe('Recalling the \u201cAgenda\u201d,')
  })

  it('lets from override what the bytes say', async () => {
    const { value } = await readDocument(html, { from: 'text', lang: 'en' })
    expect(value.format).not.toBe('html')
  })

  it('detects the language from the text, not the markup', async () => {
    const zh = '<!DOCTYPE html><html lang="en"><head><title>General Assembly resolution document for the session</title><style>body { font-family: "Times New Roman", serif; }</style></head><body><p><i>大会，</i></p><p>1. <b>决定</b>继续审议。</p></body></html>'
    expect((await readDocument(zh)).value.language).toBe('zh')
  })

  it('refuses unknown and ill-typed options', async () => {
    await expect(readDocument(html, { form: 'html' } as never)).rejects.toMatchObject({ code: 'options/invalid' })
    await expect(readDocument(html, { from: 'rtf' } as never)).rejects.toMatchObject({ code: 'options/invalid' })
    await expect(readDocument(html, { maxBytes: -1 })).rejects.toMatchObject({ code: 'options/invalid' })
    await expect(readDocument(html, { maxPages: 1.5 })).rejects.toMatchObject({ code: 'options/invalid' })
  })

  it('refuses HTML without text as input/empty', async () => {
    await expect(readDocument('<!DOCTYPE html><html><body><script>1</script></body></html>')).rejects.toMatchObject({ code: 'input/empty' })
  })

  it('sends a PDF to the PDF ingest, which refuses a broken file with a typed error', async () => {
    await expect(readDocument(new TextEncoder().encode('%PDF-1.7\nbroken'))).rejects.toMatchObject({ name: 'ResalignError' })
  })
})
