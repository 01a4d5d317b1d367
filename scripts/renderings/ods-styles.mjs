// The flat ODT shell of the ODS layout: US Letter pages, a first page with the
// masthead and the job number in its footer, then running headers with the
// symbol on the outer side and the title on the inner side (alternating on
// left and right pages), footers with the page "n/N" and the job number,
// footnotes in 8 pt under a short rule at the page foot.
import { esc, running } from './ods-layout.mjs'

const NS = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', 'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"', 'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"', 'svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
].map((n) => `xmlns:${n}`).join(' ')

const para = (/** @type {string} */ name, /** @type {string} */ pp, /** @type {string} */ tp) =>
  `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${pp}/><style:text-properties ${tp}/></style:style>`

/**
 * @param {import('./documents.mjs').CorpusDocument} doc
 * @returns {string} a flat ODT with `<!--BODY-->` where the body goes
 */
export function odsStyles(doc) {
  const r = running(doc)
  const tabs = '<style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right"/></style:tab-stops>'
  const page = (/** @type {string} */ name) => `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.54cm" fo:margin-right="2.54cm"><style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/></style:page-layout-properties><style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>`
  const pageNo = '<text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count>'
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name="Times New Roman" fo:font-size="10pt" style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="10.5pt" fo:language="${doc.lang === 'zh' ? 'zh' : 'en'}" fo:country="${doc.lang === 'zh' ? 'CN' : 'US'}"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
${para('Body', 'fo:text-align="justify" fo:text-indent="1.27cm" fo:margin-bottom="0.21cm" fo:line-height="120%"', '')}
${para('Numbered', 'fo:text-align="justify" fo:margin-left="1.9cm" fo:text-indent="-0.63cm" fo:margin-bottom="0.21cm" fo:line-height="120%"', '')}
${para('Heading', 'fo:margin-top="0.3cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"', 'fo:font-weight="bold" style:font-weight-asian="bold"')}
${para('Footnote', 'fo:margin-left="0.63cm" fo:text-indent="-0.63cm" fo:margin-bottom="0.05cm"', 'fo:font-size="8pt" style:font-size-asian="8pt"')}
${para('Header', `fo:padding-bottom="0.05cm" fo:border-bottom="0.5pt solid #000000"`, 'fo:font-size="8pt" style:font-size-asian="8pt" fo:font-weight="bold" style:font-weight-asian="bold"').replace('/><style:text', `>${tabs}</style:paragraph-properties><style:text`)}
${para('Footer', '', 'fo:font-size="8pt" style:font-size-asian="8pt"').replace('/><style:text', `>${tabs}</style:paragraph-properties><style:text`)}
${para('MastOrg', 'fo:margin-bottom="0.2cm"', 'fo:font-size="11pt"')}
${para('MastSymbol', 'fo:text-align="end"', 'fo:font-size="14pt" style:font-size-asian="14pt"')}
${para('MastOrgan', 'fo:margin-bottom="0.3cm"', 'fo:font-size="22pt" style:font-size-asian="22pt" fo:font-weight="bold" style:font-weight-asian="bold"')}
${para('MastDistr', 'fo:text-align="start" fo:margin-left="4cm"', 'fo:font-size="9pt" style:font-size-asian="9pt"')}
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic"/></style:style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
${page('pmFirst')}${page('pm')}
<style:style style:name="Masthead" style:family="table" style:master-page-name="First_20_Page"><style:table-properties style:width="16.51cm" table:align="margins" fo:margin-bottom="0.6cm" fo:border-bottom="1.5pt solid #000000"/></style:style>
<style:style style:name="MastheadColumn" style:family="table-column"><style:table-column-properties style:column-width="8.25cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pmFirst" style:next-style-name="Standard">
<style:footer><text:p text:style-name="Footer">${esc(r.job)}</text:p></style:footer>
</style:master-page>
<style:master-page style:name="Standard" style:page-layout-name="pm">
<style:header><text:p text:style-name="Header">${esc(r.title)}<text:tab/>${esc(r.symbol)}</text:p></style:header>
<style:header-left><text:p text:style-name="Header">${esc(r.symbol)}<text:tab/>${esc(r.title)}</text:p></style:header-left>
<style:footer><text:p text:style-name="Footer">${esc(r.jobShort)}<text:tab/>${pageNo}</text:p></style:footer>
<style:footer-left><text:p text:style-name="Footer">${pageNo}<text:tab/>${esc(r.jobShort)}</text:p></style:footer-left>
</style:master-page>
</office:master-styles>
<office:body><office:text>
<!--BODY-->
</office:text></office:body>
</office:document>
`
}
