import type { Alignment, Issue } from '../types.js'
import { html, type SafeHtml } from './escape-html.js'
import type { Band, BandLimits, ReviewSummary } from './review-summary.js'

/** Labels of the bands, as shown beside their colour. */
export const BAND_LABELS: Readonly<Record<Band, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  unpaired: 'Unpaired',
}

const BANDS: readonly Band[] = ['high', 'medium', 'low', 'unpaired']
/** Issues shown expanded when there are at most this many. */
const OPEN_ISSUES = 20

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

function card(title: string, figure: string, detail: string): SafeHtml {
  return html`<section class="card"><h2>${title}</h2><p class="figure">${figure}</p><p class="detail">${detail}</p></section>`
}

/** Stylesheet lines sizing the confidence bar (numbers only, no text). */
export function barStyle(summary: ReviewSummary): string {
  return BANDS.map((band) => `.bar .${band} { flex-grow: ${summary.bands[band]}; }`).join('\n')
}

function limitsText(band: Band, limits: BandLimits): string {
  if (band === 'high') return `score ≥ ${limits.high}`
  if (band === 'medium') return `${limits.low} ≤ score < ${limits.high}`
  if (band === 'low') return `score < ${limits.low}`
  return 'one side only'
}

/** Cards and panels at the top of the review page. */
export function renderSummary(summary: ReviewSummary, issues: readonly Issue[], limits: BandLimits): SafeHtml {
  const mean = summary.meanScore === null ? '—' : summary.meanScore.toFixed(2)
  const bySeverity = (severity: Issue['severity']) => issues.filter((issue) => issue.severity === severity).length
  const unpaired = summary.unpairedBlocks.zh + summary.unpairedBlocks.en
  return html`<div class="cards">
${card('Links', String(summary.links), `${summary.twoSided} two-sided · ${summary.links - summary.twoSided} one-sided`)}
${card('Mean score', mean, 'over two-sided links')}
${card('Unpaired blocks', String(unpaired), `中文 ${summary.unpairedBlocks.zh} · English ${summary.unpairedBlocks.en}`)}
${card('Issues', String(issues.length), `${plural(bySeverity('error'), 'error')} · ${plural(bySeverity('warning'), 'warning')} · ${bySeverity('info')} info`)}
</div>
<div class="panels">
<section class="panel"><h2>Confidence</h2>
<div class="bar" role="img" aria-label="${BANDS.map((b) => `${BAND_LABELS[b]} ${summary.bands[b]}`).join(', ')}">${BANDS.map((b) => html`<span class="${b}"></span>`)}</div>
<ul class="legend">${BANDS.map((b) => html`<li title="${limitsText(b, limits)}"><span class="swatch ${b}"></span>${BAND_LABELS[b]} <small>(${limitsText(b, limits)})</small><span class="count">${summary.bands[b]}</span></li>`)}</ul>
</section>
<section class="panel"><h2>Links by kind</h2>
<table class="counts"><thead><tr><th scope="col">Kind</th><th scope="col">Two-sided</th><th scope="col">One-sided</th></tr></thead>
<tbody>${summary.kinds.map((k) => html`<tr><th scope="row">${k.kind}</th><td>${k.twoSided}</td><td>${k.oneSided}</td></tr>`)}</tbody></table>
</section>
<section class="panel"><h2>Links by method</h2>
<table class="counts"><tbody>${summary.methods.map((m) => html`<tr><th scope="row">${m.method}</th><td>${m.count}</td></tr>`)}</tbody></table>
</section>
</div>`
}

/** The issues list; an issue naming a block links to that block's row. */
export function renderIssues(alignment: Alignment, rowIdOfBlock: ReadonlyMap<string, string>): SafeHtml {
  const { issues } = alignment
  if (issues.length === 0) return html`<section class="issues"><h2 class="visually-hidden">Issues</h2><p class="none">No issues reported.</p></section>`
  const items = issues.map((issue) => {
    const row = issue.block === undefined ? undefined : rowIdOfBlock.get(issue.block)
    const where = [issue.side, issue.block].filter(Boolean).join(' ')
    return html`<li><span class="sev sev-${issue.severity}">${issue.severity}</span><code>${issue.code}</code><span>${issue.message}</span>${row === undefined ? html`<span class="mono">${where}</span>` : html`<a class="mono" href="#${row}">${where}</a>`}</li>`
  })
  return html`<details class="issues"${issues.length <= OPEN_ISSUES ? html` open` : ''}><summary>Issues (${issues.length})</summary><ol>${items}</ol></details>`
}
