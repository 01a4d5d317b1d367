/**
 * Stylesheet of the review page (`writeHtml`). Inline, no web fonts, no
 * images: system fonts, and a CJK stack for Chinese text.
 */
export const REVIEW_CSS = `
:root {
  --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --paper: #ffffff; --page: #f4f6f8;
  --accent: #1a56db;
  --high: #1f7a3a; --high-bg: #eaf6ed;
  --medium: #a86500; --medium-bg: #fff6dc;
  --low: #b42318; --low-bg: #fdeceb;
  --unpaired: #5b4fa0; --unpaired-bg: #f0eefa;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  --cjk: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { background: var(--page); }
body { margin: 0; color: var(--ink); font: 15px/1.55 var(--sans); }
:lang(zh) { font-family: var(--cjk); line-height: 1.75; }
.wrap { max-width: 1440px; margin: 0 auto; padding: 0 24px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
a { color: var(--accent); }
code, .mono { font-family: var(--mono); font-size: 0.86em; }
kbd { font: 12px var(--mono); border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 5px; background: var(--paper); }

.masthead { background: #17202b; color: #f5f7fa; padding: 18px 0 20px; }
.masthead .eyebrow { margin: 0; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: #9fb0c3; }
.masthead h1 { margin: 4px 0 6px; font-size: 24px; font-weight: 650; }
.masthead .sources { margin: 0; color: #c5d0dc; font-size: 13.5px; }
.masthead .sources span + span::before { content: "·"; margin: 0 8px; color: #6f8195; }

.summary { padding: 20px 0 4px; }
.cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; }
.card h2 { margin: 0; font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
.card .figure { margin: 2px 0 0; font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
.card .detail { margin: 0; color: var(--muted); font-size: 13px; }
.panels { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr) minmax(0, 1fr); gap: 12px; margin-top: 12px; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; }
.panel h2 { margin: 0 0 8px; font-size: 13px; font-weight: 600; }
.bar { display: flex; height: 12px; border-radius: 6px; overflow: hidden; background: var(--line); }
.bar span { flex: 0 0 auto; }
.bar .high { background: var(--high); } .bar .medium { background: #e0a526; }
.bar .low { background: var(--low); } .bar .unpaired { background: var(--unpaired); }
.legend { list-style: none; margin: 10px 0 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 4px 16px; font-size: 13px; }
.legend li { display: flex; align-items: center; gap: 8px; }
.legend .count { margin-left: auto; font-variant-numeric: tabular-nums; font-weight: 600; }
.swatch { width: 10px; height: 10px; border-radius: 2px; display: inline-block; }
.swatch.high { background: var(--high); } .swatch.medium { background: #e0a526; }
.swatch.low { background: var(--low); } .swatch.unpaired { background: var(--unpaired); }
.counts { width: 100%; border-collapse: collapse; font-size: 13px; }
.counts th, .counts td { padding: 3px 0; border-bottom: 1px solid #eef1f4; text-align: left; font-weight: normal; }
.counts td { text-align: right; font-variant-numeric: tabular-nums; }
.counts thead th { color: var(--muted); font-size: 12px; }
.counts thead th + th { text-align: right; }
.issues { margin-top: 12px; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 10px 16px; }
.issues summary { cursor: pointer; font-weight: 600; font-size: 13px; }
.issues ol { margin: 8px 0 2px; padding: 0; list-style: none; font-size: 13.5px; }
.issues li { display: grid; grid-template-columns: 5.5em 14em 1fr auto; gap: 10px; padding: 5px 0; border-top: 1px solid #eef1f4; align-items: baseline; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border-radius: 4px; padding: 1px 6px; text-align: center; }
.sev-error { background: var(--low-bg); color: var(--low); }
.sev-warning { background: var(--medium-bg); color: var(--medium); }
.sev-info { background: #e8f0fe; color: var(--accent); }
.none { color: var(--muted); margin: 6px 0 0; font-size: 13.5px; }

.toolbar { position: sticky; top: 0; z-index: 2; margin-top: 16px; background: rgba(244, 246, 248, .96); border-bottom: 1px solid var(--line); padding: 10px 0; }
.toolbar .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; font-size: 14px; }
.toolbar label { display: inline-flex; align-items: center; gap: 8px; font-weight: 600; cursor: pointer; }
.toolbar input { width: 16px; height: 16px; accent-color: var(--accent); }
.toolbar .shown { color: var(--muted); font-variant-numeric: tabular-nums; }
.toolbar .keys { margin-left: auto; color: var(--muted); font-size: 13px; }

.links { width: 100%; border-collapse: separate; border-spacing: 0 8px; table-layout: fixed; margin: 4px 0 32px; }
.links col.meta { width: 11.5rem; }
.links thead th { text-align: left; font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; padding: 4px 14px 0; }
.links tbody td, .links tbody th { vertical-align: top; padding: 12px 14px; background: var(--row-bg); border-top: 1px solid var(--row-line); border-bottom: 1px solid var(--row-line); }
.links tbody th { text-align: left; font-weight: normal; border-left: 5px solid var(--row-accent); border-radius: 8px 0 0 8px; }
.links tbody td:last-child { border-right: 1px solid var(--row-line); border-radius: 0 8px 8px 0; }
.links tbody td + td { border-left: 1px solid var(--row-line); }
tr.link { --row-bg: var(--paper); --row-line: var(--line); --row-accent: var(--line); scroll-margin-top: 64px; }
tr.link:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
tr.link:target th { box-shadow: inset 0 0 0 2px var(--accent); }
tr.band-high { --row-bg: var(--high-bg); --row-line: #cfe8d6; --row-accent: var(--high); }
tr.band-medium { --row-bg: var(--medium-bg); --row-line: #f1dfa6; --row-accent: #e0a526; }
tr.band-low { --row-bg: var(--low-bg); --row-line: #f4c7c3; --row-accent: var(--low); }
tr.band-unpaired { --row-bg: var(--unpaired-bg); --row-line: #cfc8ee; --row-accent: var(--unpaired); }
tr.band-unpaired th, tr.band-unpaired td { border-top-style: dashed; border-bottom-style: dashed; }
.badge { display: inline-block; white-space: nowrap; font-size: 12px; font-weight: 700; border-radius: 999px; padding: 2px 10px; color: #fff; background: var(--row-accent); font-variant-numeric: tabular-nums; }
.band-medium .badge { color: #4a2f00; }
.band-unpaired .badge { background: transparent; color: var(--unpaired); border: 1.5px dashed var(--unpaired); padding: 1px 9px; }
.meta-line { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.meta-line.only { color: var(--unpaired); font-weight: 700; }
.meta-line strong { color: var(--ink); font-weight: 600; }
.text { white-space: pre-line; overflow-wrap: anywhere; }
.lead { font-weight: 700; }
.ids { display: block; margin-top: 6px; font: 11.5px var(--mono); color: var(--muted); white-space: normal; }
.missing { color: var(--unpaired); font-style: italic; }
.missing::before { content: "∅ "; font-style: normal; }
.empty-row td { text-align: center; color: var(--muted); padding: 24px; background: var(--paper); }
footer { color: var(--muted); font-size: 12px; padding: 0 0 32px; }

@media (max-width: 900px) {
  .cards, .panels { grid-template-columns: 1fr 1fr; }
  .links col.meta { width: 8.5rem; }
  .toolbar .keys { display: none; }
}
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  html, body { background: #fff; font-size: 9.5pt; }
  .wrap { max-width: none; padding: 0; }
  .masthead { background: none; color: var(--ink); padding: 0 0 6pt; border-bottom: 1pt solid var(--ink); }
  .masthead .eyebrow, .masthead .sources { color: var(--muted); }
  .toolbar, .keys { display: none; }
  .card, .panel, .issues { break-inside: avoid; }
  .links { border-spacing: 0 3pt; }
  .links col.meta { width: 10.5rem; }
  .badge { font-size: 8.5pt; }
  .meta-line { font-size: 8.5pt; }
  .links thead { display: table-header-group; }
  tr.link { break-inside: avoid; }
  tr.link:focus { outline: none; }
  a { color: inherit; text-decoration: none; }
}
`
