// The corpus documents the renderings are made from, with what the Official
// Document System prints around their text (masthead, running header and
// footer). Symbols come from corpus/manifest.json; job numbers and dates are
// this script's own (the corpus text does not carry them), in the ODS form.

/**
 * @typedef {{ id: string, file: string, lang: 'zh'|'en', format: 'markdown'|'pdf',
 *   symbol: string|null, title: string, organ: string, date: string, job: string,
 *   original: string }} CorpusDocument
 */

/** @type {readonly CorpusDocument[]} */
export const DOCUMENTS = Object.freeze([
  { id: '000', file: '000_6de2d6a488ce5ea8.txt', lang: 'zh', format: 'markdown', symbol: 'A/78/462/Add.1', title: '科学、技术和创新促进可持续发展', organ: '大　会', date: '8 December 2023', job: '23-24390 (C)', original: 'Chinese\nOriginal: English' },
  { id: '001', file: '001_61eb38031547d1ff.txt', lang: 'zh', format: 'markdown', symbol: 'A/RES/76/213', title: '科学、技术和创新促进可持续发展', organ: '大　会', date: '22 December 2021', job: '21-40436 (C)', original: '' },
  { id: '002', file: '002_10c262350bcf095e.txt', lang: 'zh', format: 'pdf', symbol: 'E/2025/31', title: '科学和技术促进发展委员会第二十八届会议报告', organ: '经济及社会理事会', date: '19 May 2025', job: '25-07712 (C)', original: 'Chinese\nOriginal: English' },
  { id: '003', file: '003_1fa2410106587f34.txt', lang: 'en', format: 'markdown', symbol: 'A/RES/78/160', title: 'Science, technology and innovation for sustainable development', organ: 'General Assembly', date: '22 December 2023', job: '23-25367 (E)', original: '' },
  { id: '004', file: '004_2bfe8536b1a5d2ff.txt', lang: 'zh', format: 'pdf', symbol: null, title: '科学、技术和创新促进可持续发展', organ: '大　会', date: '25 July 2025', job: '25-12219 (C)', original: 'Chinese\nOriginal: English' },
])
