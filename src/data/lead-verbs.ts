/**
 * Lead verbs of UN resolutions: the phrase that opens a preambular or
 * operative paragraph, grouped into classes shared by both languages.
 * A Chinese modifier (又, 还, 并, 再次, 继续) or an English adverb (also,
 * further, again) does not change the class: 重申 / 又重申 / 还重申 and
 * Reaffirming / Reaffirming also / Reaffirming further are all `reaffirm`.
 */
export interface LeadClass {
  readonly id: string
  /** Chinese base forms, without modifiers. */
  readonly zh: readonly string[]
  /** English base forms: preambular participle and operative verb phrases. */
  readonly en: readonly string[]
}

export const LEAD_CLASSES: readonly LeadClass[] = Object.freeze([
  { id: 'reaffirm', zh: ['重申'], en: ['reaffirming', 'reaffirms', 'reiterating', 'reiterates'] },
  { id: 'recall', zh: ['回顾', '赞赏地回顾'], en: ['recalling', 'recalls', 'recalling with appreciation'] },
  { id: 'take-note', zh: ['表示注意到', '表示赞赏地注意到', '表示满意地注意到', '感兴趣地注意到'], en: ['taking note', 'takes note', 'taking note with appreciation', 'takes note with appreciation', 'taking note with satisfaction', 'takes note with satisfaction'] },
  { id: 'note', zh: ['注意到', '指出'], en: ['noting', 'notes', 'noting with appreciation', 'notes with appreciation'] },
  { id: 'note-concern', zh: ['关切地注意到', '深为关切地注意到', '极为关切地注意到', '表示关切', '表示严重关切', '表示深切关注'], en: ['noting with concern', 'notes with concern', 'noting with deep concern', 'notes with deep concern', 'noting with grave concern', 'notes with grave concern', 'expressing concern', 'expresses concern', 'expressing deep concern', 'expresses deep concern', 'expressing its concern', 'expresses its concern'] },
  { id: 'recognize', zh: ['认识到', '承认', '确认', '肯定'], en: ['recognizing', 'recognizes', 'acknowledging', 'acknowledges'] },
  { id: 'emphasize', zh: ['强调', '着重指出', '特别指出', '重点指出', '突出强调'], en: ['emphasizing', 'emphasizes', 'stressing', 'stresses', 'underscoring', 'underscores', 'underlining', 'underlines', 'highlighting', 'highlights'] },
  { id: 'welcome', zh: ['欢迎', '欣见', '赞赏'], en: ['welcoming', 'welcomes', 'appreciating', 'appreciates', 'expressing appreciation', 'expresses appreciation', 'expressing its appreciation', 'expresses its appreciation'] },
  { id: 'look-forward', zh: ['期待'], en: ['looking forward', 'looks forward'] },
  { id: 'encourage', zh: ['鼓励'], en: ['encouraging', 'encourages', 'continues to encourage'] },
  { id: 'call-upon', zh: ['促请', '吁请'], en: ['calling upon', 'calls upon', 'calling on', 'calls on'] },
  { id: 'call-for', zh: ['呼吁'], en: ['calling for', 'calls for', 'reiterates its call for', 'renews its call for'] },
  { id: 'urge', zh: ['敦促'], en: ['urging', 'urges'] },
  { id: 'request', zh: ['请'], en: ['requesting', 'requests'] },
  { id: 'invite', zh: ['邀请'], en: ['inviting', 'invites'] },
  { id: 'decide', zh: ['决定'], en: ['deciding', 'decides'] },
  { id: 'affirm', zh: ['申明', '重申致力于', '致力于'], en: ['affirming', 'affirms', 'committing', 'commits'] },
  { id: 'express', zh: ['表示感谢', '表示赞赏', '感谢'], en: ['expressing gratitude', 'expresses gratitude', 'expressing its gratitude', 'expresses its gratitude', 'thanking', 'thanks'] },
  { id: 'endorse', zh: ['核可', '赞同', '认可'], en: ['endorsing', 'endorses', 'approving', 'approves'] },
  { id: 'support', zh: ['支持'], en: ['supporting', 'supports'] },
  { id: 'consider', zh: ['考虑到', '铭记'], en: ['considering', 'considers', 'bearing in mind', 'mindful', 'conscious', 'aware'] },
  { id: 'convinced', zh: ['深信', '确信'], en: ['convinced', 'being convinced'] },
  { id: 'concerned', zh: ['关切', '深为关切'], en: ['concerned', 'deeply concerned', 'gravely concerned'] },
  { id: 'determined', zh: ['决心'], en: ['determined'] },
  { id: 'adopt', zh: ['通过'], en: ['adopting', 'adopts'] },
  { id: 'proclaim', zh: ['宣布'], en: ['proclaiming', 'proclaims', 'declaring', 'declares'] },
  { id: 'reiterate', zh: ['再次表示'], en: ['reiterating its', 'reiterates its'] },
  { id: 'urge-strongly', zh: ['强烈敦促'], en: ['strongly urges', 'strongly urging'] },
  { id: 'recommend', zh: ['建议'], en: ['recommending', 'recommends'] },
  { id: 'further-note', zh: ['进一步注意到'], en: ['noting further', 'further notes'] },
  { id: 'guided', zh: ['遵循'], en: ['guided by', 'guided'] },
  { id: 'bear-in-mind', zh: ['铭记'], en: ['bearing in mind', 'keeping in mind'] },
  { id: 'regret', zh: ['感到遗憾', '表示遗憾'], en: ['regretting', 'regrets'] },
  { id: 'condemn', zh: ['谴责', '强烈谴责'], en: ['condemning', 'condemns', 'strongly condemns', 'deploring', 'deplores'] },
  { id: 'authorize', zh: ['授权'], en: ['authorizing', 'authorizes'] },
  { id: 'appeal', zh: ['吁请', '呼吁'], en: ['appealing', 'appeals'] },
  { id: 'commend', zh: ['赞扬', '称赞'], en: ['commending', 'commends', 'praising', 'praises'] },
  { id: 'designate', zh: ['指定'], en: ['designating', 'designates'] },
  { id: 'resolve', zh: ['决心'], en: ['resolving', 'resolves'] },
  { id: 'believe', zh: ['认为', '相信'], en: ['believing', 'believes', 'considering that', 'considers that'] },
  { id: 'acknowledge-with-appreciation', zh: ['赞赏地确认'], en: ['acknowledging with appreciation', 'acknowledges with appreciation'] },
  { id: 'draw-attention', zh: ['提请注意'], en: ['drawing attention', 'draws attention'] },
  { id: 'stress-need', zh: ['着重强调'], en: ['stressing the need', 'stresses the need'] },
])

/** Chinese modifiers that may precede a lead verb (又重申, 还回顾, 再次呼吁). */
export const ZH_LEAD_MODIFIERS: readonly string[] = Object.freeze(['又', '还', '并', '再次', '继续', '也', '同时', '进一步', '强烈'])

/**
 * Modifiers that join a lead verb to the sentence before (…，并注意到 / …，同时回顾):
 * a paragraph does not open with one, so in wrapped Chinese text a line that
 * does goes on with the paragraph above.
 */
export const ZH_JOINING_MODIFIERS: readonly string[] = Object.freeze(['并', '同时'])

/** English adverbs that may precede or follow a lead verb (Also notes, Reaffirming further). */
export const EN_LEAD_ADVERBS: readonly string[] = Object.freeze(['also', 'further', 'again', 'once again', 'strongly', 'further also'])
