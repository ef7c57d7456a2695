import * as OpenCC from "opencc-js/t2cn";
import t2sChars from "../lexicon/t2s-chars.json";

// Characters OpenCC changes on their own (U+3400–U+9FFF): a text with none of them is left as it is, without
// running the converter — most documents are simplified already.
const TRADITIONAL = new Uint8Array(0x10000);
for (let i = 0; i < t2sChars.pairs.length; i += 2) TRADITIONAL[t2sChars.pairs.charCodeAt(i)] = 1;

// Hong Kong variants (衞, 峯) that the standard conversion leaves: 2 in the table
for (let i = 0; i < t2sChars.hk.length; i++) TRADITIONAL[t2sChars.hk.charCodeAt(i)] = 2;

function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (TRADITIONAL[s.charCodeAt(i)] !== 0) return true;
  return false;
}

function hasHongKongVariant(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (TRADITIONAL[s.charCodeAt(i)] === 2) return true;
  return false;
}
import { SAME_OFFSETS, TextBuilder, type MappedText } from "./text-builder";

let converter: ((s: string) => string) | null = null;
let fromHongKong: ((s: string) => string) | null = null;

/**
 * Traditional → simplified (OpenCC, phrase-aware). Loaded on first use. A text with Hong Kong variants (衞浴,
 * 峯會) is converted from Hong Kong forms, which costs a dictionary pass more; others from standard forms.
 */
export function toSimplifiedRaw(s: string): string {
  if (hasHongKongVariant(s)) {
    fromHongKong ??= OpenCC.Converter({ from: "hk", to: "cn" });
    return fromHongKong(s);
  }
  converter ??= OpenCC.Converter({ from: "t", to: "cn" });
  return converter(s);
}

// isKnownTraditional's answers by code unit: 0 not asked yet, 1 yes, 2 no
const KNOWN = new Uint8Array(0x10000);

/** True for a single traditional character that has a different simplified form. */
export function isKnownTraditional(ch: string): boolean {
  if (ch.length !== 1) return toSimplifiedRaw(ch) !== ch;
  const code = ch.charCodeAt(0);
  if (KNOWN[code] === 0) KNOWN[code] = toSimplifiedRaw(ch) !== ch ? 1 : 2;
  return KNOWN[code] === 1;
}

/**
 * Convert line by line. OpenCC keeps length for almost every line, which gives a 1:1 offset map; a line whose
 * length changes is mapped as a single replacement so offsets stay monotonic.
 */
export function toSimplified(input: string): MappedText | null {
  if (!hasTraditional(input)) return null;
  const out = toSimplifiedRaw(input);
  if (out === input) return null;
  if (out.length === input.length) return { text: out, map: SAME_OFFSETS };
  const b = new TextBuilder(input.length);
  let start = 0;
  while (start <= input.length) {
    let end = input.indexOf("\n", start);
    if (end < 0) end = input.length;
    const line = input.slice(start, end);
    const conv = toSimplifiedRaw(line);
    if (conv.length === line.length) b.replace(conv, start, end);
    else b.replace(conv, start, end);
    if (end < input.length) b.copy(input, end, end + 1);
    start = end + 1;
  }
  return b.finish(input.length);
}
