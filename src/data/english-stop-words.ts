/**
 * English function words and the filler words of dictionary glosses
 * (`sth`, `sb`, `etc`): they carry no content, so the lexicon neither
 * indexes them nor counts them when it scores a pair of texts.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by',
  'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'either', 'etc', 'ever', 'every',
  'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him',
  'himself', 'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself',
  'just', 'may', 'me', 'might', 'more', 'most', 'must', 'my', 'myself', 'no', 'nor', 'not', 'of', 'off', 'on', 'once',
  'one', 'oneself', 'only', 'or', 'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own',
  'same', 'sb', 'shall', 'she', 'should', 'so', 'some', 'sth', 'such', 'than', 'that', 'the', 'their', 'theirs',
  'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'thus', 'to', 'too',
  'under', 'until', 'up', 'upon', 'us', 'very', 'was', 'we', 'were', 'what', 'when', 'where', 'whether', 'which',
  'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'within', 'would', 'you', 'your', 'yours', 'yourself',
])

/**
 * Glosses of CC-CEDICT that say what a headword is rather than what it
 * means (`surname Li`, `variant of 台`, `used in 葡萄`): they are skipped.
 */
export const META_GLOSS = /^(?:(?:old |archaic |Japanese |Korean |Taiwan )?variant of|surname |used in |see |also written|erhua variant|abbr\. for|CL:|Taiwan pr\.|pr\.|\(?\s*classifier)/i
