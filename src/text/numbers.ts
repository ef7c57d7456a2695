import { replacePass, type MappedText } from "./text-builder";

// A single space inside a figure or between a figure and its words, as reposts and PDF conversions leave them:
// "6835. 27亿元", "到达 67%", "1.4 万公里", "跃过 4000 亿元". Columns aligned with several spaces are tabs by now.
const LOOSE = /(?<=\d\.) (?=\d)|(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff%])/g;

export function tightenNumbers(input: string): MappedText | null {
  if (!input.includes(" ")) return null;
  return replacePass(input, LOOSE, () => "");
}
