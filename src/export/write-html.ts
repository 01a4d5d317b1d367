import { createHash } from 'node:crypto'
import { ResalignError } from '../errors.js'
import type { Alignment, Lang, Link } from '../types.js'
import { html, SafeHtml } from './escape-html.js'
import { isBoolean, isLanguageTag, isSingleLine, isUnitInterval, orNull } from './option-checks.js'
import { BAND_LABELS, barStyle, renderIssues, renderSummary } from './render-summary.js'
import { resolveOptions, type OptionChecks } from './resolve-options.js'
import { REVIEW_SCRIPT } from './review-script.js'
import { REVIEW_CSS } from './review-style.js'
import { bandOf, reviewSummary, type BandLimits } from './review-summary.js'

/** Options of `writeHtml`. */
export interface HtmlOptions {
  /** Page title; null (default) names the documents by symbol or file name. */
  readonly title: string | null
  /** `lang` of Chinese text (default `zh-CN`). */
  readonly zhLang: string
  /** `lang` of English text (default `en`). */
  readonly enLang: string
  /** Lowest score shown as high confidence, green (default 0.8). */
  readonly high: number
  /** Lowest score shown as medium confidence, yellow; below is red (default 0.5). */
  readonly low: number
  /** Open the page with only the rows to review shown: yellow, red and unpaired (default false). */
  readonly reviewOnly: boolean
}

/** Defaults of `writeHtml`. */
export const HTML_DEFAULTS: Readonly<HtmlOptions> = Object.freeze({
  title: null,
  zhLang: 'zh-CN',
  enLang: 'en',
  high: 0.8,
  low: 0.5,
  reviewOnly: false,
})

const CHECKS: OptionChecks<HtmlOptions> = {
  title: orNull(isSingleLine),
  zhLang: isLanguageTag,
  enLang: isLanguageTag,
  high: isUnitInterval,
  low: isUnitInterval,
  reviewOnly: isBoolean,
}

const SIDE_NAMES: Readonly<Record<Lang, string>> = { zh: '中文', en: 'English' }

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The row id of a link (prefixed so it never clashes with the page's own ids). */
function rowId(link: Link): string {
  return `link-${link.id}`
}

function titleOf(alignment: Alignment): string {
  const name = (side: Lang) => {
    const source = alignment.source[side]
    return source.symbols[0] ?? source.name ?? SIDE_NAMES[side]
  }
  return `${name('zh')} ↔ ${name('en')}`
}

/** A side's text, its lead verb in bold when the text starts with it. */
function sideCell(link: Link, side: Lang, lang: string): SafeHtml {
  const { text, ids } = link[side]
  if (ids.length === 0 || text.trim() === '') {
    return html`<td class="text missing" lang="en">No ${SIDE_NAMES[side]} counterpart</td>`
  }
  const lead = link.lead?.[side]
  const body = lead && text.startsWith(lead) ? html`<strong class="lead">${lead}</strong>${text.slice(lead.length)}` : html`${text}`
  return html`<td class="text" lang="${lang}">${body}<span class="ids">${ids.join(' · ')}</span></td>`
}

function row(link: Link, index: number, limits: BandLimits, opts: Readonly<HtmlOptions>): SafeHtml {
  const band = bandOf(link, limits)
  // What needs review follows the colours: every row that is not green.
  const review = band !== 'high'
  const only = link.zh.ids.length > 0 ? 'zh' : 'en'
  const badge = band === 'unpaired' ? BAND_LABELS.unpaired : `${BAND_LABELS[band]} · ${link.score.toFixed(2)}`
  const number = link.number === null ? '' : `¶ ${link.number} · `
  return html`<tr id="${rowId(link)}" class="link band-${band}" data-band="${band}" data-review="${String(review)}" tabindex="${index === 0 ? 0 : -1}">
<th scope="row"><span class="badge">${badge}</span>${band === 'unpaired' ? html`<p class="meta-line only">${SIDE_NAMES[only]} only</p>` : ''}<p class="meta-line"><strong>${number}${link.kind}</strong></p><p class="meta-line">${link.method} · link ${link.id}</p></th>
${sideCell(link, 'zh', opts.zhLang)}
${sideCell(link, 'en', opts.enLang)}
</tr>`
}

/**
 * Writes a self-contained review page: a summary (counts per kind and
 * method, mean score, unpaired blocks, issues), then one row per link in
 * document order with both languages side by side, colour-coded by
 * confidence and labelled in text. A filter shows only the rows to review (yellow, red) and
 * unpaired rows; rows are keyboard-navigable (j/k, ↓/↑). Everything from the
 * alignment is escaped; CSS and JS are inline and allowed by hash in a
 * Content-Security-Policy that forbids every network request.
 *
 * @throws ResalignError `options/invalid` for a bad option.
 */
export function writeHtml(alignment: Alignment, options?: Readonly<Partial<HtmlOptions>>): string {
  const opts = resolveOptions('writeHtml', HTML_DEFAULTS, options, CHECKS)
  if (opts.low > opts.high) {
    throw new ResalignError('options/invalid', `writeHtml: option "low" (${opts.low}) must not exceed "high" (${opts.high})`)
  }
  const limits: BandLimits = { high: opts.high, low: opts.low }
  const summary = reviewSummary(alignment, limits)
  const rowIdOfBlock = new Map<string, string>()
  for (const link of alignment.pairs) for (const id of [...link.zh.ids, ...link.en.ids]) rowIdOfBlock.set(id, rowId(link))
  const css = `${REVIEW_CSS}${barStyle(summary)}\n`
  const title = opts.title ?? titleOf(alignment)
  const csp = `default-src 'none'; script-src ${sha256(REVIEW_SCRIPT)}; style-src ${sha256(css)}; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`
  const source = (side: Lang) => {
    const s = alignment.source[side]
    return html`<span>${SIDE_NAMES[side]}: ${s.name ?? 'unnamed'}${s.symbols.length > 0 ? ` (${s.symbols.join(', ')})` : ''}, ${s.format}, ${s.blocks} blocks</span>`
  }
  const rows = alignment.pairs.map((link, i) => row(link, i, limits, opts))
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="resalign">
<title>${title} · resalign review</title>
<style>${new SafeHtml(css)}</style>
</head>
<body>
<header class="masthead"><div class="wrap"><p class="eyebrow">resalign · alignment review</p><h1>${title}</h1><p class="sources">${source('zh')}${source('en')}</p></div></header>
<main>
<div class="wrap"><div class="summary" aria-label="Summary">${renderSummary(summary, alignment.issues, limits)}${renderIssues(alignment, rowIdOfBlock)}</div></div>
<div class="toolbar"><div class="wrap"><label><input type="checkbox" id="only-review"${opts.reviewOnly ? html` checked` : ''}> Show only links to review: yellow and red (score &lt; ${opts.high}) and unpaired blocks</label><span class="shown" id="shown" aria-live="polite">Showing ${rows.length} of ${rows.length} links</span><span class="keys"><kbd>j</kbd> <kbd>↓</kbd> next · <kbd>k</kbd> <kbd>↑</kbd> previous</span></div></div>
<div class="wrap"><table class="links" id="links"><caption class="visually-hidden">Links in document order</caption>
<colgroup><col class="meta"><col><col></colgroup>
<thead><tr><th scope="col">Link</th><th scope="col">${SIDE_NAMES.zh} (${opts.zhLang})</th><th scope="col">${SIDE_NAMES.en} (${opts.enLang})</th></tr></thead>
<tbody>
${rows}
<tr class="empty-row" id="empty-row" hidden><td colspan="3">No links match the filter.</td></tr>
</tbody></table></div>
</main>
<footer><div class="wrap">Written by resalign. This page is self-contained and makes no network requests.</div></footer>
<script>${new SafeHtml(REVIEW_SCRIPT)}</script>
</body>
</html>
`.value
}
