import { describe, expect, it } from 'vitest'
import { runCli } from '../../test/robustness/helpers.js'

const ZH_LINES = '起初神创造天地。\n地是空虚混沌。\n渊面黑暗。\n神说，要有光，就有了光。\n'
const EN_LINES = 'In the beginning God created the heaven and the earth.\nAnd the earth was without form, and void; and darkness was upon the face of the deep.\nAnd God said, Let there be light: and there was light.\n'

describe('resalign sentences', () => {
  it('prints one bead per line, [zh ids]:[en ids] with 0-based line numbers, covering every line once', async () => {
    const run = await runCli(['sentences', '--lines', 'zh.txt', 'en.txt'], { 'zh.txt': ZH_LINES, 'en.txt': EN_LINES })
    expect(run.code).toBe(0)
    const beads = run.stdout.trim().split('\n')
    for (const line of beads) expect(line).toMatch(/^\[(\d+(, \d+)*)?\]:\[(\d+(, \d+)*)?\]$/)
    const ids = (side: 0 | 1) => beads.flatMap((l) => (l.split(':')[side] as string).replace(/[[\]]/g, '').split(', ').filter(Boolean).map(Number))
    expect(ids(0)).toEqual([0, 1, 2, 3])
    expect(ids(1)).toEqual([0, 1, 2])
    expect(beads[0]).toBe('[0]:[0]')
  })

  it('splits the texts itself without --lines, and writes TSV, JSON and sentence TMX', async () => {
    const files = { 'zh.txt': ZH_LINES.replace(/\n/g, ''), 'en.txt': EN_LINES.replace(/\n/g, ' ') }
    const tsv = await runCli(['sentences', 'zh.txt', 'en.txt', '--format', 'tsv'], files)
    expect(tsv.stdout.split('\n')[0]).toBe('zh\ten\tscore\tmethod\tids')
    expect(tsv.stdout).toContain('起初神创造天地。\tIn the beginning God created the heaven and the earth.')
    const json = JSON.parse((await runCli(['sentences', 'zh.txt', 'en.txt', '--format', 'json'], files)).stdout)
    expect(json.beads.flatMap((b: { zh: number[] }) => b.zh)).toEqual([0, 1, 2, 3])
    const tmx = await runCli(['sentences', 'zh.txt', 'en.txt', '--format', 'tmx', '-o', 'out.tmx'], files)
    expect(tmx.written.get('out.tmx')).toContain('segtype="sentence"')
  })

  it('refuses a wrong format or a missing file with exit 2', async () => {
    expect((await runCli(['sentences', 'a', 'b', '--format', 'xml'], { a: '一。', b: 'One.' })).code).toBe(2)
    expect((await runCli(['sentences', 'a'], { a: '一。' })).code).toBe(2)
    expect((await runCli(['sentences', 'missing-zh.txt', 'missing-en.txt'])).code).toBe(2)
  })
})
