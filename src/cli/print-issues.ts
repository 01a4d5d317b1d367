/**
 * Warnings on standard error: the ones a user must see in full, then the
 * rest grouped by code and counted on one line, whatever the output
 * format (TMX, Moses and TSV carry no issues; the aligned JSON does).
 */
import type { Issue } from '../types.js'

/** Issues printed in full: the documents are not a pair, inputs were swapped, an error. */
function shownInFull(issue: Issue): boolean {
  return issue.code === 'align/not-parallel' || issue.code === 'align/swapped' || issue.severity === 'error'
}

/** The warnings and errors among `issues` as `resalign:` lines: some in full, the rest counted by code. */
export function issueLines(issues: readonly Issue[]): string[] {
  const warnings = issues.filter((i) => i.severity !== 'info')
  const lines = warnings.filter(shownInFull).map((w) => `resalign: ${w.severity}: ${w.message} (${w.code})`)
  const rest = warnings.filter((w) => !shownInFull(w))
  if (rest.length === 0) return lines
  const counts = new Map<string, number>()
  for (const w of rest) counts.set(w.code, (counts.get(w.code) ?? 0) + 1)
  const groups = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, n]) => `${code} ×${n}`)
  lines.push(`resalign: ${rest.length} warning${rest.length === 1 ? '' : 's'}: ${groups.join(', ')}`)
  return lines
}
