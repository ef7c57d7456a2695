import { replacePass, TextBuilder, type MappedText } from "./text-builder";

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "tr",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "header",
  "footer",
  "title",
  "dd",
  "dt",
  "blockquote",
  "pre",
  "hr",
  "td",
  "th",
]);
const DROP_CONTENT = new Set(["script", "style", "noscript", "iframe", "svg", "nav", "template"]);

const NAMED: Record<string, string> = {
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  bull: "•",
  times: "×",
  divide: "÷",
  plusmn: "±",
  deg: "°",
  permil: "‰",
  copy: "©",
  reg: "®",
  laquo: "«",
  raquo: "»",
  yen: "¥",
  sup2: "²",
  sup3: "³",
  ge: "≥",
  le: "≤",
};

// markup escaped as a JSON string holds it ("\u003cp\u003e…", "class=\"rich_media_content\""): the escapes of a page's
// body copied from the data a page script loads
const JSON_ESCAPED_MARKUP = /\\u003[cC]/g;
const JSON_ESCAPE = /\\u([0-9a-fA-F]{4})|\\(["\\/])/g;

/**
 * Undo a JSON string's escapes in a text whose markup is escaped so (three \u003c at least): "\u003cp\u003e" is
 * "<p>", \" is ". Null for any other text.
 */
export function unescapeJsonMarkup(input: string): MappedText | null {
  let n = 0;
  JSON_ESCAPED_MARKUP.lastIndex = 0;
  while (n < 3 && JSON_ESCAPED_MARKUP.exec(input)) n++;
  if (n < 3) return null;
  return replacePass(input, JSON_ESCAPE, (m) => (m[1] ? String.fromCharCode(parseInt(m[1], 16)) : m[2]));
}

/** True when the text is an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|div|p|br|span|table|td|a|meta|script)\b[^>]*>/i.test(text.slice(0, 200000));
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<![^>]*>|&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g;

const LINK_ITEM = /<li\b[^>]*>\s*<a\b[^>]*>(?:(?!<\/?(?:li|a)\b)[\s\S]){0,300}<\/a>\s*<\/li>/iy;

/** Remove markup, keep text, turn block elements into line breaks and decode character references. */
export function stripHtml(input: string): MappedText {
  const b = new TextBuilder();
  let last = 0;
  let dropUntil: string | null = null;
  let cellsInRow = 0;
  let inCell = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(input); m; m = TOKEN.exec(input)) {
    const start = m.index;
    const end = start + m[0].length;
    const tag = m[1]?.toLowerCase();
    const closing = m[0].startsWith("</");
    if (dropUntil) {
      if (tag === dropUntil && closing) {
        dropUntil = null;
        last = end;
      }
      continue;
    }
    b.copy(input, last, start);
    last = end;
    if (tag === "li" && !closing) {
      // a list item that is only a link is navigation or another page's headline, not this page's text
      LINK_ITEM.lastIndex = start;
      const item = LINK_ITEM.exec(input);
      if (item) {
        b.replace("\n", start, start + item[0].length);
        last = start + item[0].length;
        TOKEN.lastIndex = last;
        continue;
      }
    }
    if (tag) {
      if (DROP_CONTENT.has(tag) && !closing && !m[0].endsWith("/>")) dropUntil = tag;
      else if (tag === "td" || tag === "th") {
        // a table row stays one line, its cells separated by tabs, so the row can be read as a row
        if (!closing) b.replace(cellsInRow++ > 0 ? "\t" : "", start, end);
        inCell = !closing;
      } else if (tag === "tr" || tag === "table") {
        b.replace("\n", start, end);
        cellsInRow = 0;
        inCell = false;
      } else if (BLOCK_TAGS.has(tag)) b.replace(inCell ? " " : "\n", start, end);
    } else if (m[2]) {
      const decoded = decodeEntity(m[2]);
      if (decoded === null) b.copy(input, start, end);
      else b.replace(decoded, start, end);
    }
  }
  if (!dropUntil) b.copy(input, last, input.length);
  return b.finish(input.length);
}

function decodeEntity(body: string): string | null {
  if (body[0] === "#") {
    const code =
      body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return null;
    return String.fromCodePoint(code);
  }
  return NAMED[body.toLowerCase()] ?? null;
}
