import { describe, expect, it } from 'vitest'
import { chineseCitationForm, englishCitationForm } from './citation-form.js'

const forms = (...written: string[]) => new Map(written.map((w, i) => [w, written.length - i]))

describe('citation forms', () => {
  it('gives common noun phrases in lower case with a singular head', () => {
    expect(englishCitationForm(forms('policies'))).toBe('policy')
    expect(englishCitationForm(forms('Road Maps', 'road maps'))).toBe('road map')
    expect(englishCitationForm(forms('developing countries'))).toBe('developing country')
    expect(englishCitationForm(forms('science, technology and innovation strategies'))).toBe('science, technology and innovation strategy')
  })

  it('keeps names, titles, acronyms, invariant plurals and coordinations as written', () => {
    expect(englishCitationForm(forms('Sustainable Development Goals'))).toBe('Sustainable Development Goals')
    expect(englishCitationForm(forms('Member States'))).toBe('Member States')
    expect(englishCitationForm(forms('SDGs'))).toBe('SDGs')
    expect(englishCitationForm(forms('means'))).toBe('means')
    expect(englishCitationForm(forms('women and girls'))).toBe('women and girls')
  })

  it('gives lead verbs in the infinitive', () => {
    expect(englishCitationForm(forms('Encourages'), true)).toBe('encourage')
    expect(englishCitationForm(forms('Recalling'), true)).toBe('recall')
  })

  it('normalises Chinese forms', () => {
    expect(chineseCitationForm('《巴黎协定》')).toBe('巴黎协定')
    expect(chineseCitationForm('冠状病毒病（ＣＯＶＩＤ－１９）')).toBe('冠状病毒病(COVID-19)')
  })
})
