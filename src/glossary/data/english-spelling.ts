/**
 * Spelling data for English term keys: British (UN, Oxford) and American
 * forms fold to one key, irregular plurals fold to the singular, and a
 * prefix split off by a hyphen joins its word again
 * (`multi-stakeholder` = `multistakeholder`).
 */

/** Whole-word folds, applied to lower-case words and again after plural folding. */
export const SPELLING_FOLDS: Readonly<Record<string, string>> = Object.freeze({
  programme: 'program',
  centre: 'center',
  centred: 'centered',
  labour: 'labor',
  labourer: 'laborer',
  behaviour: 'behavior',
  favour: 'favor',
  favourable: 'favorable',
  colour: 'color',
  honour: 'honor',
  neighbour: 'neighbor',
  neighbouring: 'neighboring',
  endeavour: 'endeavor',
  harbour: 'harbor',
  vigour: 'vigor',
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  practise: 'practice',
  analyse: 'analyze',
  analysed: 'analyzed',
  analysing: 'analyzing',
  paralyse: 'paralyze',
  catalogue: 'catalog',
  dialogue: 'dialog',
  modelling: 'modeling',
  modelled: 'modeled',
  travelling: 'traveling',
  travelled: 'traveled',
  counselling: 'counseling',
  labelling: 'labeling',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  enrol: 'enroll',
  enrolment: 'enrollment',
  instalment: 'installment',
  judgement: 'judgment',
  acknowledgement: 'acknowledgment',
  ageing: 'aging',
  litre: 'liter',
  metre: 'meter',
  theatre: 'theater',
  fibre: 'fiber',
  manoeuvre: 'maneuver',
  paediatric: 'pediatric',
  aluminium: 'aluminum',
  sulphur: 'sulfur',
  grey: 'gray',
  mould: 'mold',
  towards: 'toward',
  afterwards: 'afterward',
  amongst: 'among',
  whilst: 'while',
  // irregular plurals
  women: 'woman',
  men: 'man',
  children: 'child',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  crises: 'crisis',
  analyses: 'analysis',
  bases: 'basis',
  hypotheses: 'hypothesis',
  syntheses: 'synthesis',
  indices: 'index',
})

/**
 * Words ending in -ise that are spelt so in American English too; the
 * -ise → -ize fold leaves them (and their inflections) alone.
 */
export const ISE_WORDS: ReadonlySet<string> = new Set([
  'exercise', 'enterprise', 'expertise', 'premise', 'compromise', 'advise', 'supervise', 'comprise',
  'promise', 'surprise', 'franchise', 'merchandise', 'concise', 'precise', 'noise', 'praise', 'cruise',
  'demise', 'devise', 'disguise', 'revise', 'televise', 'improvise', 'otherwise', 'wise', 'rise', 'arise',
  'raise', 'likewise', 'clockwise', 'paradise', 'treatise', 'incise', 'excise', 'despise', 'apprise',
  'reprise', 'poise', 'turquoise', 'tortoise', 'anise', 'porpoise', 'guise', 'bruise', 'surmise',
  'advertise', 'chastise', 'circumcise', 'exorcise', 'expertise', 'sunrise', 'upraise', 'mortise',
])

/** Prefixes that a hyphen may or may not separate from their word. */
export const JOINING_PREFIXES: ReadonlySet<string> = new Set([
  'multi', 'non', 'inter', 'intra', 'sub', 'co', 'pre', 'post', 'anti', 'micro', 'macro', 'socio', 'cross',
  'trans', 'counter', 'over', 'under', 'mid', 'semi', 'geo', 'bio', 'eco', 'cyber', 'tele', 're',
])
