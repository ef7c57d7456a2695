import * as iconv from "iconv-lite";
import type { TextWarning } from "../model/schema";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gbk" | "big5";

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly code: "binary" | "empty" | "undecodable",
  ) {
    super(message);
    this.name = "DecodeError";
  }
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: TextWarning[];
}

/** Decode bytes from a policy document: BOMs, UTF-8, UTF-16 without BOM, then GBK (GB18030) or Big5. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError("the file is empty", "empty");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be");
  const sniffed = sniffUtf16(bytes) ?? plausibleUtf16(bytes);
  if (sniffed) return utf16(bytes, sniffed);
  if (looksBinary(bytes)) {
    throw new DecodeError("the file is binary, not text (it contains NUL or control bytes)", "binary");
  }
  try {
    return utf8(bytes, true);
  } catch {
    // not valid UTF-8 throughout: a stray byte or a file cut mid-character, or another encoding
  }
  const loose = utf8(bytes);
  const replaced = countChar(loose.text, "\uFFFD");
  // a UTF-8 text with a few bad bytes stays UTF-8 (GBK read as UTF-8 breaks on nearly every character)
  if (replaced <= Math.max(3, loose.text.length * 0.001) && hasMultibyte(bytes)) {
    return {
      ...loose,
      warnings: [
        {
          code: "decode_replaced",
          message: `${replaced} invalid UTF-8 byte sequence(s) replaced with \uFFFD (a stray byte, or the file was cut mid-character)`,
          at: loose.text.indexOf("\uFFFD"),
        },
      ],
    };
  }
  // Chinese government sites still serve GBK
  let text = iconv.decode(asBuffer(bytes), "gb18030");
  let encoding: Encoding = "gbk";
  // Big5 (Taiwan and Hong Kong pages) decodes as GBK without errors, into rare characters: whichever reading
  // gives the characters Chinese texts use most is the file's
  const big5 = iconv.decode(asBuffer(bytes), "big5");
  if (commonShare(big5) > Math.max(0.12, commonShare(text) * 1.5)) {
    text = big5;
    encoding = "big5";
  }
  const bad = countChar(text, "\uFFFD");
  if (bad > Math.max(8, text.length * 0.02)) {
    throw new DecodeError(
      `the file is neither UTF-8, UTF-16, GBK nor Big5 (${bad} undecodable characters)`,
      "undecodable",
    );
  }
  const warnings: TextWarning[] =
    bad > 0
      ? [
          {
            code: "decode_replaced",
            message: `${bad} undecodable bytes replaced`,
            at: text.indexOf("\uFFFD"),
          },
        ]
      : [];
  if (encoding === "big5")
    warnings.push({ code: "decoded_big5", message: "the file is Big5 (traditional characters)", at: null });
  // GB18030 reads nearly any bytes: text that is not Chinese is said to be doubtful, never passed off as good
  const cjk = countCjk(text);
  if (cjk >= 20 && commonShare(text) < 0.08)
    warnings.push({
      code: "encoding_doubtful",
      message: `the text does not read as Chinese in ${encoding === "big5" ? "Big5" : "GBK"} or UTF-8; its encoding may be something else and its figures wrong`,
      at: null,
    });
  return { text, encoding, warnings };
}

function utf8(bytes: Uint8Array, fatal = false): Decoded {
  const text = new TextDecoder("utf-8", { fatal }).decode(bytes);
  return { text, encoding: "utf-8", warnings: [] };
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, warnings: [] };
}

/** UTF-16 without a BOM: most ASCII-range code units put a zero byte on one side. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.2 && evenZeros < pairs * 0.02) return "utf-16le";
  if (evenZeros > pairs * 0.2 && oddZeros < pairs * 0.02) return "utf-16be";
  return null;
}

/**
 * UTF-16 without a BOM and with little ASCII (a Chinese text: no zero bytes to go by): read both ways, the
 * right one is nearly all CJK characters, CJK punctuation and ASCII; the wrong one is scattered code units.
 */
function plausibleUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 8) return null;
  const share = (le: boolean) => {
    let good = 0;
    for (let i = 0; i < n; i += 2) {
      const u = le ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
      if (
        (u >= 0x20 && u < 0x7f) ||
        u === 0x09 ||
        u === 0x0a ||
        u === 0x0d ||
        (u >= 0x2000 && u < 0x2070) ||
        (u >= 0x3000 && u < 0x3040) ||
        (u >= 0x4e00 && u < 0xa000) ||
        (u >= 0xff00 && u < 0xfff0)
      )
        good++;
    }
    return good / (n / 2);
  };
  const le = share(true);
  const be = share(false);
  if (le > 0.9 && be < 0.6) return "utf-16le";
  if (be > 0.9 && le < 0.6) return "utf-16be";
  return null;
}

/** Whether the bytes hold UTF-8 multi-byte sequences (a lead byte and its continuation). */
function hasMultibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++)
    if (bytes[i] >= 0xc2 && bytes[i] <= 0xf4 && (bytes[i + 1] & 0xc0) === 0x80) return true;
  return false;
}

export function countCjk(text: string): number {
  let n = 0;
  const end = Math.min(text.length, 20000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.05;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// characters every Chinese text is full of, in simplified and traditional forms
const COMMON = new Set(
  "的一是在不了有和人这這中大为為上个個国國我以要时時来來们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過说說产產种種面而方后後多定行学學法所民得经經十三之进進着等部度家电電力里如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内數数正心反明看原又利比或但质質气氣第向道命此变變条條只没沒结結解问問意建月公无無系军軍很情者最立代想已通并提直题題党黨程展五果料象员員革位入常文总總次品式活设設及管特件长長求基资資边邊流路级級少图圖统統接知较較将將组組见見计計别別期根论論运運农農指几九区區强強放决決西被做必战戰先回则則任取据據处處南给給光门門即保治北造百规規热熱领領七海口东東导導器压壓志世金增争爭济濟术術极極交受联聯认認六共权權收证證改清己美再采转轉更单單风風切打教速带帶安场場身车車例真务務具万萬每目至达達走积積示议議声聲报報完类類八离離华華名确確才科张張信节節话話米整空元况況今集温溫传傳土许許步群广廣石记記需段研界林律且究观觀越织織装裝影算低持音众眾书書布复復容须須际際商非验驗连連断斷深难難近千周委素技备備半办辦青省列习習响響约約支般史感劳勞便团團往历歷市克何除消构構府称稱准精值号號率族维維划劃选選标標写寫存效院查江型按格易置派层層片始却专專状狀育厂廠京识識适適属屬包住调調满滿县縣局照参參引该該铁鐵价價严嚴",
);

/** Of a text's CJK characters, the share that are among the most common ones. */
export function commonShare(text: string): number {
  let cjk = 0;
  let common = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    cjk++;
    if (COMMON.has(text[i])) common++;
  }
  return cjk === 0 ? 0 : common / cjk;
}
