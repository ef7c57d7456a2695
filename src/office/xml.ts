// Text inside XML the add-in writes (custom XML parts): valid XML 1.0 for any string.

// Characters XML 1.0 does not allow at all: C0 controls other than tab, LF and CR; U+FFFE and U+FFFF; and
// surrogates that are not part of a pair (a lone half of a character, as cut text may hold).
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must be found
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escape text for an XML attribute or element: markup characters become entities and characters XML 1.0
 * cannot hold become U+FFFD (they cannot be written even as character references). Tab, LF and CR are kept
 * as references so that attribute normalisation does not turn them into spaces.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]);
}

const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** The text an escaped string stands for (the five entities and decimal or hex character references). */
export function unescapeXml(text: string): string {
  return text.replace(/&(?:(lt|gt|quot|apos|amp)|#(\d{1,7})|#x([0-9A-Fa-f]{1,6}));/g, (m, name, dec, hex) => {
    if (name) return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[name as string] ?? m;
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Whether a string may stand as XML 1.0 character data as it is (after escaping markup). */
export function isXmlText(text: string): boolean {
  NOT_XML.lastIndex = 0;
  return !NOT_XML.test(text);
}

/** The attributes of an XML start tag (either quote style), unescaped. */
export function attributesOf(startTag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of startTag.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out.set(m[1], unescapeXml(m[2] ?? m[3] ?? ""));
  return out;
}
