import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findDocuments } from './find-documents.js'
import { tempDir } from './fixtures/seed-corpus.js'
import { readPairsFile } from './read-pairs-file.js'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

describe('findDocuments', () => {
  it('finds .txt, .md, .pdf, .docx, .html and .htm files in sub-folders, in code-point order, and lists README-like files as ignored', async () => {
    const dir = await tempDir('find')
    dirs.push(dir)
    for (const sub of ['b', 'a/deep', 'w', '.git', 'node_modules/x', 'out']) await mkdir(join(dir, sub), { recursive: true })
    const files = ['b/2.txt', 'a/deep/1.md', 'Z.TXT', 'README.md', 'LICENSE.txt', 'notes.pdf', 'w/x.docx', 'w/y.htm', 'w/z.HTML', 'w/image.png', 'w/sheet.xlsx', '.hidden.txt', '.git/x.txt', 'node_modules/x/y.txt', 'out/old.txt']
    for (const f of files) await writeFile(join(dir, f), 'text')
    const found = await findDocuments(dir, { exclude: [join(dir, 'out')] })
    expect(found).toEqual({ documents: ['Z.TXT', 'a/deep/1.md', 'b/2.txt', 'notes.pdf', 'w/x.docx', 'w/y.htm', 'w/z.HTML'], ignored: ['LICENSE.txt', 'README.md'] })
  })

  it('refuses a missing folder and a file', async () => {
    await expect(findDocuments('/no/such/folder')).rejects.toThrow(/no such folder/)
    await expect(findDocuments(new URL(import.meta.url).pathname)).rejects.toThrow(/is not a folder/)
  })
})

describe('readPairsFile', () => {
  it('reads tab-separated pairs relative to the corpus folder, skipping blanks and comments', () => {
    expect(readPairsFile('# zh\ten\n\nzh/a.txt\ten/a.txt\n./b.txt\t/corpus/c.txt\r\n', '/corpus')).toEqual([
      { zh: 'zh/a.txt', en: 'en/a.txt' },
      { zh: 'b.txt', en: 'c.txt' },
    ])
  })

  it.each([['only-one.txt', /line 1: expected/], ['a.txt\t../outside.txt', /outside the corpus folder/]])('refuses %j', (text, message) => {
    expect(() => readPairsFile(text, '/corpus')).toThrow(message)
  })
})
