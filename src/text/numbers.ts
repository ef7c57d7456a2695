import { SUFFIX_COMPARATORS } from "../lexicon/comparators";
import { replacePass, type MappedText } from "./text-builder";

// A single space inside a figure or between a figure and its words, as reposts and PDF conversions leave them:
// "6835. 27亿元", "到达 67%", "1.4 万公里", "跃过 4000 亿元", "增长5% 以上". Columns aligned with several spaces are tabs by now.
// A space is looked at only where a digit, a CJK character or % follows it (the pattern starts with the space, so
// the scan jumps from space to space); what precedes it decides.
const SPACE_BEFORE_FIGURE_OR_WORD = / (?=[\d\u4e00-\u9fff%.])/g;

export function tightenNumbers(input: string): MappedText | null {
  if (!input.includes(" ")) return null;
  return replacePass(input, SPACE_BEFORE_FIGURE_OR_WORD, (m) => (isLoose(input, m.index) ? "" : null));
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A Chinese character of the basic block, by its code unit. */
export const isCjk = (c: number) => c >= 0x4e00 && c <= 0x9fff;
// a comparator word after a percentage ("5% 以上", "3% 左右"); 多 and 余 alone are too common as other words
const AFTER_PERCENT = new RegExp(
  `^(?:${SUFFIX_COMPARATORS.filter((c) => c.word.length > 1)
    .map((c) => c.word)
    .join("|")})`,
);

/**
 * "6835. 27" and "6 . 5" (a decimal point with a space after it, or on each side), "达到 67" (words, then a figure), "1.4 万" / "67 %" (a figure, then
 * words), "5% 以上" (a percentage, then its comparator).
 */
function isLoose(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  // "6 . 5%": a space on each side of the decimal point
  if (after === 0x2e)
    return (
      isDigit(before) &&
      (isDigit(text.charCodeAt(at + 2)) ||
        (text.charCodeAt(at + 2) === 0x20 && isDigit(text.charCodeAt(at + 3))))
    );
  const pointAfterDigit =
    before === 0x2e &&
    (isDigit(text.charCodeAt(at - 2)) ||
      (text.charCodeAt(at - 2) === 0x20 && isDigit(text.charCodeAt(at - 3))));
  if (isDigit(after)) return pointAfterDigit || isCjk(before);
  if (before === 0x25) {
    const figureEnd = text.charCodeAt(at - 2) === 0x20 ? at - 3 : at - 2; // "3 % 左右"
    return isDigit(text.charCodeAt(figureEnd)) && AFTER_PERCENT.test(text.slice(at + 1, at + 4));
  }
  return isDigit(before) && (isCjk(after) || after === 0x25);
}

// a note's mark between a measure and its figure: "生产总值(GDP)[2]731.1亿元", "第三产业[3]增加值"
const NOTE_MARK = /\[\d{1,2}\]/g;

/** Drop notes' marks ([2]) that stand right after a word or a bracket, inside a sentence: they split a measure from its figure. */
export function dropNoteMarks(input: string): MappedText | null {
  if (!input.includes("[")) return null;
  return replacePass(input, NOTE_MARK, (m) => {
    const before = input.charCodeAt(m.index - 1);
    const after = input.charCodeAt(m.index + m[0].length);
    const word = isCjk(before) || before === 0xff09 || before === 0x29; // ）or )
    return word && (isCjk(after) || isDigit(after)) ? "" : null;
  });
}
