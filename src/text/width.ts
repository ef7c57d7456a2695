import { replacePass, SAME_OFFSETS, type MappedText } from "./text-builder";

// Full-width ASCII (！ to ～) → half-width, ideographic and no-break spaces → space, CR/CRLF → LF, zero-width
// characters dropped. Chinese punctuation outside the full-width block (。、“”) is kept, but the corner quotes of
// Taiwan and Hong Kong texts (「十五五」, 『…』) become the mainland's “” and ‘’, which the rules read.
const WIDE = /[\uff01-\uff5e\u3000\u00a0\u2002-\u200a\u202f\u300c-\u300f]|\r\n?|[\u200b-\u200d\ufeff\u2060]/g;
// what changes the text's length: line ends and zero-width characters
const LENGTH_CHANGING = /[\r\u200b-\u200d\ufeff\u2060]/;
const SAME_LENGTH = /[\uff01-\uff5e\u3000\u00a0\u2002-\u200a\u202f\u300c-\u300f]/g;
// 「 」 『 』 → “ ” ‘ ’
const CORNER_QUOTES = [0x201c, 0x201d, 0x2018, 0x2019];

function narrowUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code >= 0x300c && code <= 0x300f) return CORNER_QUOTES[code - 0x300c];
  if (code === 0x3000 || code === 0x00a0 || code === 0x202f || (code >= 0x2002 && code <= 0x200a))
    return 0x20;
  return code;
}

export function narrow(input: string): MappedText | null {
  if (!LENGTH_CHANGING.test(input)) {
    // one unit for one (most documents: full-width ，：（） only): every offset stays, no map is built
    let changed = false;
    const text = input.replace(SAME_LENGTH, (c) => {
      changed = true;
      return String.fromCharCode(narrowUnit(c.charCodeAt(0)));
    });
    return changed ? { text, map: SAME_OFFSETS } : null;
  }
  return replacePass(input, WIDE, (m) => {
    const c = m[0];
    const code = c.charCodeAt(0);
    if (c[0] === "\r") return "\n";
    if ((code >= 0x200b && code <= 0x200d) || code === 0xfeff || code === 0x2060) return "";
    return String.fromCharCode(narrowUnit(code));
  });
}
