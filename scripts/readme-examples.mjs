#!/usr/bin/env node
/**
 * The README's output examples, from a real run of the built package on
 * the bundled 78/160 pair (000 Chinese ↔ 003 English): the aligned JSON
 * (source, operative paragraph 12, the first one-sided link, the first
 * issue) and the TMX unit of the third preambular paragraph, exactly as
 * `resalign align 000… 003… -f tmx` writes it. Each sits in the README
 * between `<!-- example:NAME -->` and `<!-- /example -->`.
 *
 *   npm run build && node scripts/readme-examples.mjs    # rewrite the README's examples
 *
 * scripts/readme-examples.test.mjs checks that the README holds what this prints.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(import.meta.dirname, '..')
const ZH = '000_6de2d6a488ce5ea8.txt'
const EN = '003_1fa2410106587f34.txt'

/** A value on one line, `{ "a": 1, "b": [2, 3] }`. */
function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`
  return JSON.stringify(value)
}

/** The first `n` characters of a text, then an ellipsis when cut. */
const cut = (text, n, ellipsis) => (text.length > n ? `${text.slice(0, n)}${ellipsis}` : text)

function linkLines(link) {
  const side = (name, ellipsis, n) => ({ ids: link[name].ids, text: cut(link[name].text, n, ellipsis) })
  const { id, zh, en, score, method, kind, number, part, lead } = link
  void zh
  void en
  return [
    `    { "id": ${inline(id)}, "zh": ${inline(side('zh', '……', 20))},`,
    `      "en": ${inline(side('en', ' …', 50))},`,
    `      "score": ${inline(score)}, "method": ${inline(method)}, "kind": ${inline(kind)}, "number": ${inline(number)},`,
    `      "part": ${inline(part)}, "lead": ${inline(lead)} }`,
  ]
}

/** The examples, by name. */
export async function examples() {
  const api = await import(pathToFileURL(join(root, 'dist', 'index.js')).href)
  const read = (f) => readFileSync(join(root, 'corpus', f))
  const zt = api.segment(read(ZH)).value
  const et = api.segment(read(EN)).value
  const { value } = api.align(zt, et, { names: { zh: ZH, en: EN } })
  const op12 = value.pairs.find((l) => l.kind === 'operative' && l.number === '12' && l.zh.ids.length > 0 && l.en.ids.length > 0)
  const oneSided = value.pairs.find((l) => l.en.ids.length === 0 && l.kind === 'paragraph')
  const json = [
    '{',
    `  "version": ${inline(value.version)},`,
    '  "source": {',
    `    "zh": ${inline(value.source.zh)},`,
    `    "en": ${inline(value.source.en)}`,
    '  },',
    '  "pairs": [',
    ...linkLines(op12).map((l, i, all) => (i === all.length - 1 ? `${l},` : l)),
    ...linkLines(oneSided),
    '  ],',
    `  "issues": [ ${inline(value.issues.find((i) => i.code === 'align/unpaired-part') ?? value.issues[0])} ]`,
    '}',
  ].join('\n')
  const tmx = api.writeTmx(value, { footnoteRefs: { zh: api.footnoteRefsOf(zt), en: api.footnoteRefsOf(et) } })
  const unit = [...tmx.matchAll(/^ {4}<tu [\s\S]*?^ {4}<\/tu>$/gm)].map((m) => m[0]).find((u) => u.includes('<prop type="x-blocks">p2.pp3</prop>'))
  return { 'aligned-json': `\`\`\`json\n${json}\n\`\`\``, 'tmx-unit': `\`\`\`xml\n${unit.replace(/^ {4}/gm, '')}\n\`\`\`` }
}

/** `readme` with each example block replaced by `blocks[name]`. */
export function withExamples(readme, blocks) {
  return readme.replace(/(<!-- example:([\w-]+) -->\n)[\s\S]*?(\n<!-- \/example -->)/g, (all, open, name, close) => (name in blocks ? `${open}${blocks[name]}${close}` : all))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = join(root, 'README.md')
  const before = readFileSync(path, 'utf8')
  const after = withExamples(before, await examples())
  writeFileSync(path, after)
  console.log(after === before ? 'README examples already up to date' : 'README examples rewritten from a real run')
}
