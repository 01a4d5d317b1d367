import { describe, expect, it } from 'vitest'
import { makeDocx } from '../../test/docx-fixture.js'
import { detectFileType } from './detect-file-type.js'
import { detectFormat } from './detect-format.js'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('detectFileType', () => {
  it('knows a PDF by %PDF-, also after leading junk', () => {
    expect(detectFileType(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('pdf')
    expect(detectFileType(bytes('\r\n\r\n%PDF-1.4\n'))).toBe('pdf')
  })

  it('knows a Word document by its zip parts, and any other zip as no Word document', async () => {
    expect(detectFileType(await makeDocx('<w:p/>'))).toBe('docx')
    expect(detectFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('text')
  })

  it('knows HTML by its opening, after a BOM, blank lines and comments', () => {
    expect(detectFileType(bytes('\ufeff\n  <!DOCTYPE html><html>'))).toBe('html')
    expect(detectFileType(bytes('<!-- saved from url=(0014)about:internet -->\n<html xmlns:o="urn:schemas-microsoft-com:office:office">'))).toBe('html')
    expect(detectFileType('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">')).toBe('html')
    expect(detectFileType(new Uint8Array([0xff, 0xfe, ...[...'<html>'].flatMap((c) => [c.charCodeAt(0), 0])]))).toBe('html')
  })

  it('takes everything else for text, Markdown with inline HTML too', () => {
    expect(detectFileType(bytes('## Resolution\n\nThe General Assembly,<sup>1</sup>'))).toBe('text')
    expect(detectFileType('<sup>1</sup> Adopted under the UNFCCC.')).toBe('text')
    expect(detectFormat('<!doctype html><p>x</p>')).toBe('html')
  })
})
