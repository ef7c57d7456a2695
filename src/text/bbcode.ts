import { replacePass, type MappedText } from "./text-builder";

// Forum posts and some document sites keep their BBCode: "[align=center][color=rgb(51, 51, 51)][font=宋体][size=3]
// [b]2022年…统计公报[/b][/size][/font][/color][/align]". Its tags say nothing a figure needs and stand between a
// year and its sentence; a block's end ([/align], [/p], [/quote], [/list], [*]) ends a paragraph. Only the tags of
// the common forum dialects are read, and only in a text that holds several closing tags: "[1]" in a note or
// "[14]" in a plan's table are no tags.
const TAGS =
  "b|i|u|s|align|color|font|size|p|quote|url|email|img|list|indent|left|center|right|backcolor|table|tr|td";
const BLOCK_END = /^\[\/(?:align|p|quote|list|left|center|right|indent|tr)\]$|^\[\*\]$/i;
const TAG = new RegExp(`\\[(?:\\/?(?:${TAGS})(?:=[^\\]\\n]{0,60})?|\\*)\\]`, "gi");
const CLOSING = new RegExp(`\\[\\/(?:${TAGS})\\]`, "gi");

/** Whether a text is marked up with BBCode: three closing tags or more. */
export function looksLikeBbcode(text: string): boolean {
  if (!text.includes("[/")) return false;
  CLOSING.lastIndex = 0;
  let n = 0;
  while (CLOSING.exec(text) && ++n < 3);
  return n >= 3;
}

/** Drop BBCode tags; a block's end becomes a line break. Null when the text holds none. */
export function stripBbcode(input: string): MappedText | null {
  if (!looksLikeBbcode(input)) return null;
  return replacePass(input, TAG, (m) => (BLOCK_END.test(m[0]) ? "\n" : ""));
}
