import * as iconv from "iconv-lite";
import { commonShare, countCjk, decodeBytes, type Decoded } from "./decode";

// A page in GBK or Big5 that something read as Latin-1 (Windows-1252) and saved again as UTF-8: every Chinese
// character became two Latin letters ("2024Äê,¼ÎÐËÊÐ…", "¥x¤¤¥«¬F©²…"). Decoded as UTF-8 it is valid and holds
// no Chinese at all, so nothing else notices: its bytes are put back as Windows-1252 wrote them and decoded again.

// the characters Windows-1252 puts at 0x80–0x9F (€, ‚, ƒ, „…), as the library's own table has them
const CP1252_HIGH = new Map<number, number>();
for (let b = 0x80; b <= 0x9f; b++) {
  const ch = iconv.decode(Buffer.from([b]), "windows-1252");
  if (ch !== "\ufffd") CP1252_HIGH.set(ch.charCodeAt(0), b);
}

const LATIN_LETTER = /[\u00c0-\u00ff]/;

/** Whether a decoded text reads as Latin-1 letters where Chinese should be: many of them, few CJK characters. */
function looksLatinMisread(text: string): boolean {
  // (GBK's and Big5's lead bytes, 0x81–0xFE, make letters of the upper half of Latin-1: none, no such text)
  if (!LATIN_LETTER.test(text)) return false;
  let latin = 0;
  let cjk = 0;
  // (a text garbled so reads so from its start: its opening is enough)
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c <= 0xff || CP1252_HIGH.has(c)) latin++;
  }
  return latin >= 16 && cjk * 4 < latin;
}

/** The bytes Windows-1252 (its C1 gaps kept as the bytes themselves) gives the text, or null if it cannot. */
function asWindows1252(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c <= 0xff ? c : CP1252_HIGH.get(c);
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

/**
 * A UTF-8 text that is GBK or Big5 read as Latin-1, decoded again with a warning saying so; or, when its bytes do not
 * read as Chinese either, the same text with a warning that its encoding is in doubt. Any other text as it came.
 */
export function repairLatinMojibake(decoded: Decoded): Decoded {
  if (decoded.encoding !== "utf-8" || !looksLatinMisread(decoded.text)) return decoded;
  const again = decodedAgain(decoded.text);
  if (!again)
    return {
      ...decoded,
      warnings: [
        ...decoded.warnings,
        {
          code: "encoding_doubtful",
          message:
            "the text reads as Latin-1 letters where Chinese should be, and does not decode as GBK or Big5 either",
          at: null,
        },
      ],
    };
  return {
    ...again,
    warnings: [
      {
        code: "mojibake_repaired",
        message: `the text was ${again.encoding === "big5" ? "Big5" : "GBK"} read as Latin-1 and saved as UTF-8; it was decoded again`,
        at: null,
      },
      ...again.warnings,
    ],
  };
}

/** The text's Windows-1252 bytes decoded again, when they read as Chinese; null otherwise. */
function decodedAgain(text: string): Decoded | null {
  const bytes = asWindows1252(text);
  if (!bytes) return null;
  try {
    const again = decodeBytes(bytes);
    // (it must read as Chinese: the characters Chinese texts use most, not rare ones a stray byte pair makes)
    const chinese = countCjk(again.text) >= 8 && commonShare(again.text) >= 0.12;
    if (again.encoding === "utf-8" || !chinese || again.warnings.some((w) => w.code === "encoding_doubtful"))
      return null;
    return again;
  } catch {
    return null;
  }
}
