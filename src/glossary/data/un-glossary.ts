/**
 * The built-in zh–en glossary of United Nations usage: organs and bodies,
 * agencies, instruments, meetings, procedure, recurring policy terms and
 * lead verbs. Each entry lists the preferred form first, then variants
 * (plurals, abbreviations, alternative Chinese renderings). Frozen: a
 * caller adds terms by passing its own glossary, never by mutation.
 */
import type { GlossaryEntry } from '../glossary-types.js'
import { UN_BODIES } from './un-bodies.js'
import { UN_INSTRUMENTS } from './un-instruments.js'
import { UN_LEAD_VERBS } from './un-lead-verbs.js'
import { UN_POLICY_DEVELOPMENT } from './un-policy-development.js'
import { UN_POLICY_SOCIETY } from './un-policy-society.js'
import { UN_PROCEDURE } from './un-procedure.js'

function freezeEntry(entry: GlossaryEntry): GlossaryEntry {
  return Object.freeze({ ...entry, zh: Object.freeze([...entry.zh]), en: Object.freeze([...entry.en]) })
}

export const UN_GLOSSARY: readonly GlossaryEntry[] = Object.freeze(
  [...UN_BODIES, ...UN_INSTRUMENTS, ...UN_PROCEDURE, ...UN_POLICY_DEVELOPMENT, ...UN_POLICY_SOCIETY, ...UN_LEAD_VERBS].map(freezeEntry),
)
