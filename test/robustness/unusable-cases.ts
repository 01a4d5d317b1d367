/**
 * Generated inputs no alignment can be made of, with the ResalignError code each must get.
 * Shared by unusable-input.test.ts (library) and cli-refusals.test.ts (CLI).
 */
import { prng } from '../../eval/perturb/prng.mjs'
import { encode } from './gen/encode.mjs'
import { randomBytes } from './gen/mutate.mjs'
import { EN, ZH } from './helpers.js'

/** Sentences drawn from a small vocabulary: generated text in a language resalign does not align. */
function prose(words: readonly string[], seed: number, sentences = 12): string {
  const rng = prng(seed)
  return Array.from({ length: sentences }, () => `${Array.from({ length: rng.int(8, 20) }, () => rng.pick(words)).join(' ')}.`).join('\n\n')
}
const FRENCH = ['l’Assemblée', 'générale', 'rappelant', 'sa', 'résolution', 'sur', 'la', 'science', 'technologie', 'et', 'l’innovation', 'au', 'service', 'du', 'développement', 'durable', 'prie', 'le', 'Secrétaire', 'général', 'de', 'présenter', 'un', 'rapport', 'à', 'session', 'des', 'pays', 'en']
const RUSSIAN = ['Генеральная', 'Ассамблея', 'ссылаясь', 'на', 'свою', 'резолюцию', 'о', 'науке', 'технике', 'и', 'инновациях', 'в', 'интересах', 'устойчивого', 'развития', 'просит', 'Генерального', 'секретаря', 'представить', 'доклад']
const ARABIC = ['إن', 'الجمعية', 'العامة', 'إذ', 'تشير', 'إلى', 'قرارها', 'بشأن', 'تسخير', 'العلم', 'والتكنولوجيا', 'والابتكار', 'لأغراض', 'التنمية', 'المستدامة', 'تطلب', 'الأمين', 'العام', 'أن', 'يقدم', 'تقريرا']
const JAPANESE = ['総会は', '持続可能な', '開発の', 'ための', '科学技術', 'イノベーションに', '関する', '決議を', '再確認し', '事務総長に', '報告を', '要請する']
const KOREAN = ['총회는', '지속', '가능한', '개발을', '위한', '과학', '기술', '및', '혁신에', '관한', '결의를', '재확인하고', '사무총장에게', '보고서를', '요청한다']
const TRADITIONAL = ['大會', '重申', '其題為', '「變革我們的世界」', '的決議', '並請', '秘書長', '提交', '報告', '可持續發展', '科學', '技術', '創新', '會員國']

const PDF = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...randomBytes(prng(7), 200)])
const DOCX = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, ...randomBytes(prng(8), 200)])

/** Inputs no alignment can be made of, and the code each must get. */
export const UNUSABLE: ReadonlyArray<{ readonly name: string; readonly input: string | Uint8Array; readonly code: string }> = [
  { name: 'an empty file', input: new Uint8Array(0), code: 'input/empty' },
  { name: 'whitespace only', input: ' \n\t\r\n\u3000\u00a0\n\n', code: 'input/empty' },
  { name: 'a PDF file', input: PDF, code: 'input/binary' },
  { name: 'a PNG image', input: PNG, code: 'input/binary' },
  { name: 'a DOCX (ZIP) document', input: DOCX, code: 'input/binary' },
  { name: 'random bytes', input: randomBytes(prng(1), 4096), code: 'input/binary' },
  { name: 'random bytes without control bytes', input: randomBytes(prng(2), 4096).map((b) => (b < 0x20 ? b + 0x80 : b)), code: 'input/decode' },
  { name: 'text with NUL bytes', input: `${EN.slice(0, 2000)}\u0000\u0000${EN.slice(2000, 4000)}`, code: 'input/binary' },
  { name: 'a UTF-8 byte-order mark before invalid UTF-8', input: Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xfe, 0x42]), code: 'input/decode' },
  { name: 'UTF-32 text', input: encode(EN.slice(0, 3000), 'utf-32le-bom'), code: 'input/decode' },
  { name: 'French', input: prose(FRENCH, 1), code: 'input/unknown-language' },
  { name: 'Russian', input: prose(RUSSIAN, 2), code: 'input/unknown-language' },
  { name: 'Arabic', input: prose(ARABIC, 3), code: 'input/unknown-language' },
  { name: 'Japanese (UTF-8)', input: prose(JAPANESE, 4), code: 'input/unknown-language' },
  { name: 'Korean (UTF-8)', input: prose(KOREAN, 5), code: 'input/unknown-language' },
  { name: 'Korean in EUC-KR', input: encode(prose(KOREAN, 5), 'euc-kr'), code: 'input/decode' },
  { name: 'Japanese in Shift-JIS', input: encode(prose(JAPANESE, 4), 'shift_jis'), code: 'input/decode' },
  { name: 'traditional Chinese in Big5', input: encode(prose(TRADITIONAL, 6), 'big5'), code: 'input/decode' },
  { name: 'the Chinese seed in Big5', input: encode(ZH, 'big5', { replacement: '?' }), code: 'input/decode' },
  { name: 'the English seed in Windows-1252', input: encode(EN, 'windows-1252', { replacement: '?' }), code: 'input/decode' },
]

