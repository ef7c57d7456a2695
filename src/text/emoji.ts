import { replacePass, type MappedText } from "./text-builder";

// Emoji in posts and reposts ("回顾2023年工作成果🏆", "🌈2023年,…", "1️⃣ 经济发展…") say nothing a figure needs; they
// would stand between a year and its sentence. A keycap number is a list item's number (1️⃣ → "1."); pictographs
// (U+1F000 and above, or any symbol asked to show as an emoji with U+FE0F) are dropped. Symbols used as bullets
// in plain text (●◆★▶) stay.
const EMOJI =
  /([0-9#*])\ufe0f?\u20e3|[\u{1f000}-\u{1faff}]\ufe0f?|[\u2600-\u27bf]\ufe0f|\ufe0f|\u200d(?=[\u{1f000}-\u{1faff}])/gu;
const MAY_HOLD = /[\u{1f000}-\u{1faff}]|\ufe0f|\u20e3/u;

/** Drop emoji; a keycap number becomes the number of a list item. */
export function removeEmoji(input: string): MappedText | null {
  if (!MAY_HOLD.test(input)) return null;
  return replacePass(input, EMOJI, (m) => (m[1] ? `${m[1]}.` : ""));
}
