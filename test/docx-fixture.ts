import JSZip from 'jszip'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

/** A paragraph of WordprocessingML: text runs, optional style and list numbering. */
export function paragraph(text: string, options: { style?: string; numId?: number; ilvl?: number; italicLead?: string } = {}): string {
  const props = [options.style ? `<w:pStyle w:val="${options.style}"/>` : '', options.numId !== undefined ? `<w:numPr><w:ilvl w:val="${options.ilvl ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>` : ''].join('')
  const lead = options.italicLead ? `<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${options.italicLead}</w:t></w:r>` : ''
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${lead}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
}

/**
 * A Word document built by JSZip (an independent zip producer) from
 * WordprocessingML parts: the body's paragraphs, and numbering and styles
 * parts when given. Deflated like Word's own files.
 */
export async function makeDocx(body: string, parts: { numbering?: string; styles?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
  const rels = [parts.numbering ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : '', parts.styles ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : ''].join('')
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`)
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
  if (parts.numbering) zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.numbering}</w:numbering>`)
  if (parts.styles) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${parts.styles}</w:styles>`)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** A list definition: one abstract list with levels `[format, text]`, and list instance `numId` using it. */
export function listDefinition(numId: number, levels: ReadonlyArray<readonly [string, string]>): string {
  const lvls = levels.map(([fmt, text], i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`).join('')
  return `<w:abstractNum w:abstractNumId="${numId}">${lvls}</w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="${numId}"/></w:num>`
}

/** A zip of one deflated entry whose declared size is `declared` bytes while it inflates to `actual` (a zip bomb that lies). */
export async function lyingZip(actual: number, declared: number): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('word/document.xml', new Uint8Array(actual))
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  view.setUint32(22, declared, true) // local header
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue
    view.setUint32(i + 24, declared, true) // central directory
    break
  }
  return bytes
}
