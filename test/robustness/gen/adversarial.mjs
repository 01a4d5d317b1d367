// Text built to make regular expressions backtrack: long runs of the
// characters the structure patterns look for (spaces, digits, dots,
// brackets, emphasis and footnote markup), each with and without a prefix
// that sends it down a pattern (a paragraph number, a footnote label, a
// Chinese lead), and one very long line. Size is a parameter so tests stay
// small and the benchmark can go large.

/**
 * @typedef {{ readonly name: string, readonly make: (n: number) => string }} Adversary
 */

const run = (/** @type {string} */ unit, /** @type {number} */ n) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n)

/** Runs of one unit, n characters long. */
const RUNS = /** @type {const} */ ([
  ['spaces', ' '],
  ['tabs and spaces', ' \t'],
  ['no-break spaces', '\u00a0\u3000'],
  ['digits', '7'],
  ['dots', '.'],
  ['digit-dot', '1.'],
  ['open parentheses', '('],
  ['full-width parentheses', '（'],
  ['asterisks', '*'],
  ['underscores', '_'],
  ['square brackets', '['],
  ['link syntax', '[a]('],
  ['sup tags', '<sup>'],
  ['sup footnotes', '<sup>1</sup>'],
  ['superscript digits', '¹²³'],
  ['hash marks', '#'],
  ['slashes', 'A/'],
  ['Chinese numerals', '一'],
  ['backslashes', '\\'],
  ['hyphens', '-'],
])

/** Prefixes that steer a line into a pattern before the run starts. */
const PREFIXES = /** @type {const} */ ([
  ['', ''],
  ['paragraph number', '12. '],
  ['letter item', '(a) '],
  ['footnote label', '¹ '],
  ['symbol', 'A/RES/78/'],
  ['Chinese lead', '又重申'],
  ['English lead', 'Also reaffirms '],
  ['heading', '## '],
])

/** @type {readonly Adversary[]} */
export const ADVERSARIES = Object.freeze([
  ...RUNS.flatMap(([name, unit]) =>
    PREFIXES.map(([pname, prefix]) => ({
      name: pname ? `${name} after a ${pname}` : name,
      // A few real words after the run make the line end unlike the run (the classic trigger).
      make: (/** @type {number} */ n) => `${prefix}${run(unit, n)}x。 end\n`,
    })),
  ),
  { name: 'one long line of English words', make: (n) => `${run('The General Assembly, recalling its resolution 70/1 of 25 September 2015, ', n)}\n` },
  { name: 'one long line of Chinese', make: (n) => `${run('大会，重申其题为“变革我们的世界：2030年可持续发展议程”的决议，', n)}\n` },
  { name: 'many short numbered lines', make: (n) => run('1.\n', n) },
  { name: 'many blank lines', make: (n) => `The General Assembly,\n${run('\n', n)}Reaffirms its commitment.\n` },
  { name: 'alternating markup', make: (n) => run('**a*_b_*[c](#)<sup>d</sup>', n) },
])
