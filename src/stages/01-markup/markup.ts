/**
 * Markup stage: blanks out HTML tags, comments and script/style bodies so that the later
 * stages read only what a reader sees, while every offset still points into the original
 * string (the view has exactly the original's length).
 *
 * Block-level tags become line breaks, so `<p>`/`<h2>` layout turns into line layout; inline
 * tags become spaces; script, style, title, noscript and template elements vanish whole. Entity references (`&amp;`) are left as written. The scan is linear:
 * each search for a closing `>` or `</script` is remembered, so no input makes it quadratic.
 */

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Elements whose content is never article text (the `<title>` is page metadata, not the headline). */
const HIDDEN_CONTENT_TAGS = ['script', 'style', 'title', 'noscript', 'template'];
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9]*)/;

/** Cheap test so plain text pays nothing. */
function hasMarkup(text: string): boolean {
  return /<[a-zA-Z!/]/.test(text);
}

export function maskMarkup(text: string): string {
  if (!hasMarkup(text)) return text;
  const lower = text.toLowerCase();
  const out: string[] = [];
  let copied = 0;
  let nextClose = -2; // cached index of the next '>' at or after the scan point (-1: none left)
  const closingHiddenTag = new Map<string, number>(); // cached next '</script' / '</style'

  const blank = (from: number, to: number, fill: string): void => {
    out.push(text.slice(copied, from), fill.repeat(to - from));
    copied = to;
  };

  let i = text.indexOf('<');
  while (i !== -1 && i < text.length) {
    const next = text.charCodeAt(i + 1);
    const isTagStart = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33;
    if (!isTagStart) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1) break; // an unclosed comment is left as text rather than hiding the rest
      blank(i, close + 3, ' ');
      i = text.indexOf('<', close + 3);
      continue;
    }
    if (nextClose !== -1 && nextClose < i) nextClose = text.indexOf('>', i);
    if (nextClose === -1) break;
    // A '<' before the '>' means this '<' was text ("a < b"), not a tag.
    const innerLt = text.indexOf('<', i + 1);
    if (innerLt !== -1 && innerLt < nextClose) {
      i = innerLt;
      continue;
    }
    const tagEnd = nextClose + 1;
    const name = (TAG_NAME.exec(text.slice(i, Math.min(tagEnd, i + 32)))?.[1] ?? '').toLowerCase();
    const isClosing = next === 47;
    let end = tagEnd;
    if (!isClosing && HIDDEN_CONTENT_TAGS.includes(name)) {
      let close = closingHiddenTag.get(name) ?? -2;
      if (close !== -1 && close < tagEnd) close = lower.indexOf(`</${name}`, tagEnd);
      closingHiddenTag.set(name, close);
      if (close !== -1) {
        const closeEnd = text.indexOf('>', close);
        end = closeEnd === -1 ? text.length : closeEnd + 1;
      }
    }
    blank(i, end, BLOCK_TAGS.has(name) ? '\n' : ' ');
    i = text.indexOf('<', end);
  }
  out.push(text.slice(copied));
  return out.join('');
}
