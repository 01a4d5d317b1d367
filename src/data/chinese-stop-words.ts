/**
 * Chinese function words (particles, conjunctions, prepositions,
 * pronouns and measure-like words) that UN texts use in nearly every
 * sentence. The lexicon scorer does not count them as content.
 */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set([
  '的', '地', '得', '了', '着', '过', '和', '与', '及', '以及', '或', '或者', '并', '并且', '而', '而且', '且',
  '在', '于', '对', '对于', '为', '为了', '以', '把', '被', '将', '由', '从', '向', '至', '到', '按', '按照',
  '根据', '关于', '其', '其中', '之', '之间', '所', '所有', '各', '各个', '该', '此', '这', '这些', '那', '那些',
  '是', '有', '也', '都', '还', '又', '再', '即', '亦', '等', '等等', '中', '上', '下', '内', '里', '方面',
  '我们', '他们', '它们', '其他', '一切', '一个', '每', '个', '就', '则', '因', '因此', '如', '如果', '若',
  '但', '但是', '不', '没有', '能', '可', '可以', '应', '应当', '应该', '会', '要', '使', '让', '用', '同',
])

/**
 * Words that UN Chinese uses as the links of a name or title, translated
 * by an English preposition: 科学、技术和创新促进可持续发展 = “science,
 * technology and innovation for sustainable development”, 最不发达国家问题会议
 * = “Conference on the Least Developed Countries”. A term check does not
 * require a translation for them.
 */
export const CHINESE_NAME_LINKS: ReadonlySet<string> = new Set(['促进', '关于', '问题', '有关'])
