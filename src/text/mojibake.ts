import * as iconv from "iconv-lite";
import type { TextWarning } from "../model/schema";
import { TextBuilder, type MappedText } from "./text-builder";

/**
 * Repairs lines whose start was decoded from GBK one byte off ("?。ㄒ唬┲笇?" for "（一）指"): the run is
 * re-encoded to GBK, shifted back by one byte and decoded again. Bytes the mis-decoding destroyed are
 * dropped and reported as a warning at the line's position; nothing is guessed.
 */
export function repairShiftedGbk(
  input: string,
  isKnownTraditional: (ch: string) => boolean,
): { result: MappedText | null; warnings: TextWarning[] } {
  const warnings: TextWarning[] = [];
  let b: TextBuilder | null = null; // made on the first repair
  let last = 0;
  // every line start, after indentation, that holds "?" or U+FFFD
  for (let lineAt = 0; lineAt < input.length;) {
    let qPos = lineAt;
    while (qPos < input.length && INDENT.has(input.charCodeAt(qPos))) qPos++;
    const q = input.charCodeAt(qPos);
    const repair =
      q === QUESTION || q === REPLACEMENT ? repairRun(input, qPos + 1, isKnownTraditional) : null;
    let next = lineAt;
    if (repair) {
      b ??= new TextBuilder(input.length);
      b.copy(input, last, qPos);
      b.replace(repair.text, qPos, repair.end);
      last = repair.end;
      warnings.push({
        code: "mojibake_repaired",
        message:
          `line start decoded from GBK one byte off was repaired` +
          (repair.lost > 0 ? `; ${repair.lost} byte(s) could not be recovered and were dropped` : ""),
        at: qPos,
      });
      next = repair.end;
    }
    const nl = input.indexOf("\n", next);
    if (nl < 0) break;
    lineAt = nl + 1;
  }
  if (!b) return { result: null, warnings };
  b.copy(input, last, input.length);
  return { result: b.finish(input.length), warnings };
}

const INDENT = new Set([0x20, 0x09, 0x3000]);
const QUESTION = 0x3f;
const REPLACEMENT = 0xfffd;

const ORPHAN_PINYIN = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/;

function repairRun(
  input: string,
  from: number,
  isKnownTraditional: (ch: string) => boolean,
): { text: string; end: number; lost: number } | null {
  const first = input[from];
  if (!first || first.charCodeAt(0) < 0x80) return null;
  const firstCode = gbkPair(first.charCodeAt(0));
  // The signature: a full-width bracket or punctuation decoded one byte late lands in GBK rows A1–A9.
  if (firstCode < 0 || firstCode >> 8 < 0xa1 || firstCode >> 8 > 0xa9) return null;

  const bytes: number[] = [];
  let i = from;
  let terminator: { kind: "lost" } | { kind: "ascii"; byte: number } | { kind: "end" } = { kind: "end" };
  for (; i < input.length; i++) {
    const c = input[i];
    const code = c.charCodeAt(0);
    if (c === "?" || c === "\uFFFD") {
      terminator = { kind: "lost" };
      i++;
      break;
    }
    if (code < 0x80) {
      const next = input.charCodeAt(i + 1);
      if (/[A-Za-z]/.test(c) && next >= 0x80 && i + 1 < input.length && input[i + 1] !== "\n") {
        // a full-width letter inside the run, narrowed to ASCII after the damage
        bytes.push(0xa3, code + 0x80);
        continue;
      }
      terminator = { kind: "ascii", byte: code };
      break;
    }
    const enc = gbkPair(code);
    if (enc < 0) break;
    bytes.push(enc >> 8, enc & 0xff);
  }
  let end = i;
  const shifted = bytes.slice(1);
  let out = "";
  let lost = 1;
  let j = 0;
  for (; j + 1 < shifted.length;) {
    const lead = shifted[j];
    if (lead < 0x80) {
      out += String.fromCharCode(lead);
      j++;
      continue;
    }
    out += keep(decodePair(lead, shifted[j + 1]), lead, shifted[j + 1], isKnownTraditional) ?? "";
    j += 2;
  }
  if (j < shifted.length) {
    const lead = shifted[j];
    if (terminator.kind === "ascii" && terminator.byte >= 0x40 && terminator.byte <= 0x7e) {
      const ch = keep(decodePair(lead, terminator.byte), lead, terminator.byte, isKnownTraditional);
      if (ch) {
        out += ch;
        end = i + 1;
      } else lost++;
    } else lost++;
  }
  if (terminator.kind === "lost") {
    const orphan = ORPHAN_PINYIN.exec(input.slice(end, end + 12));
    if (orphan) end += orphan[0].length;
  }
  out = out.replace(/[\uE000-\uF8FF\uFFFD]/g, () => {
    lost++;
    return "";
  });
  return { text: out, end, lost };
}

// The two GBK bytes of a character (lead << 8 | trail), or -1 when it has none; filled in as characters are seen.
const GBK_PAIR = new Int32Array(0x10000);

function gbkPair(code: number): number {
  let v = GBK_PAIR[code];
  if (v === 0) {
    const enc = iconv.encode(String.fromCharCode(code), "gbk");
    v = enc.length === 2 && enc[0] !== 0x3f ? (enc[0] << 8) | enc[1] : -1;
    GBK_PAIR[code] = v;
  }
  return v;
}

const DECODED = new Map<number, string>();

function decodePair(lead: number, trail: number): string {
  const key = (lead << 8) | trail;
  let ch = DECODED.get(key);
  if (ch === undefined) {
    ch = iconv.decode(Buffer.from([lead, trail]), "gbk");
    DECODED.set(key, ch);
  }
  return ch;
}

/** GB2312 characters and punctuation are kept; rarer GBK characters only if they are real traditional forms. */
function keep(
  ch: string,
  lead: number,
  trail: number,
  isKnownTraditional: (ch: string) => boolean,
): string | null {
  if (ch.length !== 1 || ch === "\uFFFD") return null;
  const gb2312 = lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe;
  if (gb2312) return lead >= 0xa4 && lead <= 0xa9 ? null : ch; // rows A4–A9: kana, Greek, Cyrillic, box drawing
  return isKnownTraditional(ch) ? ch : null;
}
