import { replacePass, type MappedText } from "./text-builder";

// Full-width ASCII (！ to ～) → half-width, ideographic and no-break spaces → space, CR/CRLF → LF, zero-width
// characters dropped. Chinese punctuation outside the full-width block (。、“”) is kept.
const WIDE = /[\uff01-\uff5e\u3000\u00a0\u2002-\u200a\u202f]|\r\n?|[\u200b-\u200d\ufeff\u2060]/g;

export function narrow(input: string): MappedText | null {
  return replacePass(input, WIDE, (m) => {
    const c = m[0];
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    if (c[0] === "\r") return "\n";
    if (code >= 0x200b && code <= 0x200d) return "";
    if (code === 0xfeff || code === 0x2060) return "";
    return " ";
  });
}
