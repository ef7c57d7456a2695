import type { TextWarning } from "../model/schema";
import { decodeBytes, type Encoding } from "./decode";
import { stripBbcode } from "./bbcode";
import { looksLikeHtml, stripHtml, unescapeJsonMarkup } from "./html";
import { cleanLayout } from "./layout";
import { repairShiftedGbk } from "./mojibake";
import { removePinyin } from "./pinyin";
import { removeEmoji } from "./emoji";
import { isKnownTraditional, toSimplified } from "./t2s";
import { repairLatinMojibake } from "./latin-mojibake";
import { compose, identity, SAME_OFFSETS, type MappedText } from "./text-builder";
import { narrow } from "./width";
import { dropNoteMarks, tightenNumbers } from "./numbers";

export interface NormalisedText {
  /** Simplified, half-width, clean text: the only text rules ever see. */
  text: string;
  /** The decoded original. */
  original: string;
  /** For each code unit of `text` (and one past its end), the index in `original` it came from. */
  map: Int32Array;
  encoding: Encoding | "string";
  warnings: TextWarning[];
}

/** Normalise a decoded string: markup (HTML, BBCode), mojibake, pinyin, emoji, width, 繁→简, layout. */
export function normaliseText(original: string, encoding: Encoding | "string" = "string"): NormalisedText {
  const warnings: TextWarning[] = [];
  // the identity map is only built if no pass changes an offset
  let cur: MappedText = { text: original, map: SAME_OFFSETS };
  const apply = (pass: MappedText | null) => {
    if (pass) cur = compose(cur, pass);
  };
  // (a page's body copied as a JSON string: its markup escaped, "\u003cp\u003e")
  const unescaped = unescapeJsonMarkup(cur.text);
  if (unescaped) {
    apply(unescaped);
    warnings.push({ code: "html_stripped", message: "escaped markup (\\u003c…) unescaped", at: null });
  }
  // (a forum's BBCode: "[b]2022年[/b]…[/size][/font]")
  const bbcode = stripBbcode(cur.text);
  if (bbcode) {
    apply(bbcode);
    warnings.push({
      code: "html_stripped",
      message: "BBCode markup ([b], [size=3], [/align]) removed",
      at: null,
    });
  }
  if (looksLikeHtml(cur.text)) {
    apply(stripHtml(cur.text));
    warnings.push({ code: "html_stripped", message: "HTML markup removed", at: null });
  }
  const toOriginal = (before: MappedText, ws: TextWarning[]) =>
    ws.map((w) => ({
      ...w,
      at:
        w.at === null
          ? null
          : before.map === SAME_OFFSETS
            ? w.at
            : before.map[Math.min(w.at, before.text.length)],
    }));
  const beforeMoji = cur;
  const moji = repairShiftedGbk(cur.text, isKnownTraditional);
  apply(moji.result);
  warnings.push(...toOriginal(beforeMoji, moji.warnings));
  apply(removePinyin(cur.text));
  apply(removeEmoji(cur.text));
  apply(narrow(cur.text));
  apply(toSimplified(cur.text));
  const beforeLayout = cur;
  const layout = cleanLayout(cur.text);
  apply(layout.result);
  warnings.push(...toOriginal(beforeLayout, layout.warnings));
  apply(dropNoteMarks(cur.text));
  apply(tightenNumbers(cur.text));
  const map = cur.map === SAME_OFFSETS ? identity(original).map : cur.map;
  return { text: cur.text, original, map, encoding, warnings };
}

/** Decode bytes and normalise. Throws DecodeError for binary, empty or undecodable input. */
export function normaliseBytes(bytes: Uint8Array): NormalisedText {
  // (GBK or Big5 read as Latin-1 and saved again as UTF-8, "2024Äê,¼ÎÐËÊÐ…", is decoded again: the repaired text is
  // the original quotes point into, as the garbled one reads as nothing)
  const decoded = repairLatinMojibake(decodeBytes(bytes));
  const n = normaliseText(decoded.text, decoded.encoding);
  n.warnings.unshift(...decoded.warnings);
  return n;
}

/** Map a span of the normalised text back to the original. */
export function toOriginalSpan(n: NormalisedText, start: number, end: number): [number, number] {
  const s = n.map[start];
  const e = end > start ? n.map[end - 1] + 1 : s;
  return [s, Math.max(s, e)];
}
