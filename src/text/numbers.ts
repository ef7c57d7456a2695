import { replacePass, type MappedText } from "./text-builder";

// A single space inside a figure or between a figure and its words, as reposts and PDF conversions leave them:
// "6835. 27亿元", "到达 67%", "1.4 万公里", "跃过 4000 亿元". Columns aligned with several spaces are tabs by now.
// A space is looked at only where a digit, a CJK character or % follows it (the pattern starts with the space, so
// the scan jumps from space to space); what precedes it decides.
const SPACE_BEFORE_FIGURE_OR_WORD = / (?=[\d\u4e00-\u9fff%])/g;

export function tightenNumbers(input: string): MappedText | null {
  if (!input.includes(" ")) return null;
  return replacePass(input, SPACE_BEFORE_FIGURE_OR_WORD, (m) => (isLoose(input, m.index) ? "" : null));
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isCjk = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** "6835. 27" (a decimal point, then digits), "达到 67" (words, then a figure), "1.4 万" / "67 %" (a figure, then words). */
function isLoose(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  if (isDigit(after)) return (before === 0x2e && isDigit(text.charCodeAt(at - 2))) || isCjk(before);
  return isDigit(before) && (isCjk(after) || after === 0x25);
}
