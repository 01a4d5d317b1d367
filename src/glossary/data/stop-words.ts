/**
 * Words that may not open or close a term candidate (they may stand
 * inside one: “Commission on the Status of Women”, “科学、技术和创新”),
 * and jieba part-of-speech tags with the same role.
 */

/** Chinese function words and frequent non-term words. */
export const ZH_STOP_WORDS: ReadonlySet<string> = new Set([
  '的', '地', '得', '和', '与', '及', '以及', '或', '或者', '在', '对', '对于', '为', '为了', '并', '并且', '其', '其中',
  '这', '这些', '这一', '该', '此', '各', '各项', '各种', '各级', '等', '了', '是', '将', '把', '被', '从', '向', '于',
  '以', '之', '也', '又', '还', '都', '中', '上', '下', '内', '间', '方面', '包括', '关于', '通过', '有关', '相关', '所',
  '所有', '一个', '一项', '一', '使', '让', '由', '而', '且', '但', '如', '如何', '即', '及其', '必须', '需要', '可以',
  '能够', '可能', '应', '应当', '应该', '已', '已经', '正在', '尤其', '特别', '特别是', '尤其是', '有助于', '以便',
  '从而', '同时', '除其他外', '这方面', '在这方面', '我们', '他们', '它们', '其他', '另', '更', '更多', '最', '很',
  '非常', '不', '没有', '有', '具有', '作为', '成为', '之间', '以来', '期间', '过程', '情况', '方式', '问题', '重要性',
  '必要性', '努力', '作用', '领域', '为此', '此类', '其它', '任何', '每个', '进一步', '继续', '第',
])

/**
 * jieba tags that may not open or close a candidate: prepositions,
 * conjunctions, particles, adverbs, pronouns, numerals, measure words,
 * interjections, onomatopoeia, punctuation.
 */
export const ZH_EDGE_TAGS: ReadonlySet<string> = new Set([
  'p', 'c', 'u', 'uj', 'ul', 'ud', 'uv', 'uz', 'ug', 'd', 'r', 'm', 'mq', 'q', 'y', 'e', 'o', 'w', 'f', 'zg',
])

/**
 * Verbs that open clauses, not terms (促进数字包容 is “promote digital
 * inclusion”). A list rather than jieba's `v` tag, which also marks nouns
 * such as 创新.
 */
export const ZH_VERB_STARTS: ReadonlySet<string> = new Set([
  '促进', '加强', '支持', '提高', '确保', '鼓励', '实现', '推动', '提供', '利用', '采取', '开展', '建立', '制定', '增强',
  '扩大', '加快', '加速', '继续', '协助', '帮助', '推进', '落实', '执行', '实施', '参与', '应对', '弥合', '获得', '获取',
  '发挥', '审议', '考虑', '满足', '解决', '减少', '降低', '改善', '改进', '调动', '探索', '探讨', '包括', '通过', '呼吁',
  '请', '邀请', '敦促', '促请', '欢迎', '重申', '回顾', '注意到', '认识到', '强调', '指出', '承认', '确认', '表示',
  '决定', '期待', '作出', '做出', '进行', '给予', '使用', '运用', '应用', '营造', '创造', '培养', '吸引', '留住',
  '消除', '防止', '预防', '保护', '维护', '尊重', '遵守', '履行', '致力于', '努力', '力求', '旨在', '以期', '用于',
  '有助于', '涉及', '针对', '根据', '按照', '依照', '面临', '存在', '出现', '带来', '造成', '产生', '导致', '成为',
])

/** English function words and other words that do not begin or end a term. */
export const EN_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'it', 'they',
  'them', 'we', 'us', 'he', 'she', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'while', 'how', 'why',
  'and', 'or', 'nor', 'but', 'so', 'yet', 'if', 'than', 'as', 'of', 'for', 'on', 'in', 'at', 'by', 'with', 'without',
  'to', 'from', 'into', 'onto', 'upon', 'over', 'under', 'about', 'across', 'through', 'throughout', 'between',
  'among', 'within', 'towards', 'toward', 'during', 'before', 'after', 'against', 'including', 'inter', 'alia',
  'such', 'well', 'also', 'further', 'furthermore', 'particularly', 'especially', 'notably', 'inter-alia', 'all',
  'any', 'each', 'every', 'both', 'either', 'neither', 'other', 'others', 'another', 'same', 'more', 'less', 'many', 'much', 'some', 'several', 'various', 'own', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', 'not', 'no', 'only', 'very', 'there', 'here', 'thereby', 'therein', 'herein', 'regard', 'respect', 'view',
  'order', 'way', 'ways', 'importance', 'efforts', 'effort', 'role', 'part', 'number',
  'level', 'levels', 'area', 'areas', 'field', 'fields', 'context', 'appropriate', 'relevant', 'related',
  'respective', 'current', 'ibid', 'per', 'via', 'i', 'ii', 'iii', 'iv', 'v', 'para',
  // references to documents: “chap. I, sect. A”, “vol. 1771”, “Corr.1”
  'sect', 'chap', 'vol', 'corr', 'add', 'rev', 'suppl', 'nos', 'pp',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
])

/**
 * Evaluative modifiers of UN prose (“important action”, “serious
 * challenges”, 巨大机会): they qualify one use of a noun and name no
 * concept, so a pair seen once that opens with one is no term.
 */
export const EN_EVALUATIVE: ReadonlySet<string> = new Set([
  'important', 'serious', 'severe', 'enormous', 'major', 'negative', 'positive', 'great', 'greater', 'greatest', 'strong',
  'stronger', 'crucial', 'critical', 'significant', 'key', 'essential', 'fundamental', 'central', 'full', 'better',
  'best', 'effective', 'considerable', 'substantial', 'tangible', 'meaningful', 'possible', 'necessary', 'persistent',
])
export const ZH_EVALUATIVE: readonly string[] = [
  '重要', '严重', '巨大', '主要', '负面', '积极', '重大', '关键', '至关重要', '强有力', '有力', '有效', '充分', '更大',
  '更好', '最大', '最佳', '必要', '显著', '切实', '有意义', '持续存在',
]

/**
 * Nouns of UN prose that name an event, extent or relation of something
 * (“lack of”, “dissemination of”, “scope of”, “implementation of”): a pair
 * seen once that opens with one and a preposition is a phrase about a
 * term, not a term.
 */
export const EN_EVENT_HEADS: ReadonlySet<string> = new Set([
  'lack', 'dissemination', 'adoption', 'achievement', 'achievements', 'scope', 'establishment', 'implementation', 'use',
  'role', 'impact', 'importance', 'need', 'needs', 'promotion', 'creation', 'provision', 'participation', 'pursuit',
  'attainment', 'realization', 'elaboration', 'convening', 'drafting', 'submission', 'consideration', 'development',
  'benefits', 'contribution', 'absence', 'increase', 'expansion', 'strengthening', 'operationalization', 'spreading',
])
