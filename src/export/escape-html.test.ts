import { describe, expect, it } from 'vitest'
import { escapeHtml, html, SafeHtml } from './escape-html.js'

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;')
  })

  it('shows control characters and unpaired surrogates as U+FFFD, keeps tab and line breaks', () => {
    expect(escapeHtml('a\u0000b\u0007c\uD800d\t\n\re')).toBe('a\uFFFDb\uFFFDc\uFFFDd\t\n\re')
    expect(escapeHtml('🌍')).toBe('🌍')
  })
})

describe('html', () => {
  it('escapes interpolated text but not nested html', () => {
    const inner = html`<b>${'<i>'}</b>`
    expect(html`<p>${inner}${'&'}</p>`.value).toBe('<p><b>&lt;i&gt;</b>&amp;</p>')
  })

  it('joins arrays and leaves out null, undefined and false', () => {
    expect(html`${['<', html`<br>`, null, undefined, false, 3]}`.value).toBe('&lt;<br>3')
    expect(new SafeHtml('x').toString()).toBe('x')
  })
})
