/** Markup that is already escaped and may be written as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** What may be interpolated into `html`: text is escaped, SafeHtml is not. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[]

const SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Characters HTML parsers report as errors or drop: C0 controls other than
 * tab, LF, FF and CR, unpaired surrogates and U+FFFE/U+FFFF. They are shown
 * as U+FFFD so the reviewer sees that something was there.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => SPECIAL[ch]!).replace(UNPRINTABLE, '\uFFFD')
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return escapeHtml(String(value))
}

/**
 * Tagged template that escapes every interpolated value unless it is
 * SafeHtml (the result of another `html` call). Every string that reaches
 * the review page goes through here.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0]!
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!
  })
  return new SafeHtml(out)
}
