// Escaping HTML templates: every interpolated value is escaped unless it is an already-built `Html` fragment.

/** A fragment of trusted, already-escaped HTML. Only this module and `html` tagged templates make them. */
export interface Html {
  readonly kind: 'Html';
  readonly value: string;
}

/** Anything a template accepts: strings and numbers are escaped; `Html` is inserted; arrays are joined; null/false vanish. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => ESCAPES[ch]);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (Array.isArray(value)) return value.map(render).join('');
  return (value as Html).value;
}

/** Tagged template: `html\`<p>${untrusted}</p>\`` escapes `untrusted`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return { kind: 'Html', value: out };
}

/** Join fragments (escaping plain strings). */
export function join(values: readonly HtmlValue[], separator: HtmlValue = ''): Html {
  return { kind: 'Html', value: values.map(render).join(render(separator)) };
}

/**
 * JSON for a `<script type="application/json">` data island: `<`, `>`, `&` and line separators are escaped so the
 * text can never close the element or start a comment.
 */
export function jsonIsland(id: string, data: unknown): Html {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return { kind: 'Html', value: `<script type="application/json" id="${escapeHtml(id)}">${json}</script>` };
}

/** A search snippet with `[`…`]` around hits: escaped, then the brackets become `<mark>`. */
export function markedSnippet(snippet: string): Html {
  const parts = snippet.split(/(\[[^\[\]]*\])/g);
  return join(parts.map((p) => (/^\[[^\[\]]*\]$/.test(p) ? html`<mark>${p.slice(1, -1)}</mark>` : p)));
}
