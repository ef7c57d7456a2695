// Years: 到2026年, 2020年, 今年, 年内, 明年, 去年, 上半年, "十四五"末, 未来5年, 三年左右 (from the document date).
import type { YearAtom } from "../types";
import { FALL_VERBS, RISE_VERBS } from "../../lexicon/predicates";
import { DIGIT, readCount } from "./numeral";

// a year written in full, the word of a deadline or of "as of" before it, and not a date's year ("2024年3月5日前")
const explicitYear = (digits: string) =>
  new RegExp(`(到|至|截至|截止|截止到|力争到|预计到)?(${digits})年(?!\\d*月\\d+日前)`, "g");
const EXPLICIT = explicitYear("\\d{4}");
// (a year in Chinese numerals too, as papers and Taiwan's press write it: 二〇二六年, 二○二六年, 二零二六年 — read
// only in a sentence that holds a zero or a nine written so, as every such year does)
const EXPLICIT_IN_WORDS = explicitYear("[〇○零一二三四五六七八九]{4}");
const hasYearInWords = (s: string) =>
  s.includes("〇") || s.includes("○") || s.includes("零") || s.includes("九");

/** A year's four digits in Arabic numerals: 二〇二三 → 2023 (Arabic ones as they are). */
function arabicYear(digits: string): string {
  return [...digits].map((c) => DIGIT[c] ?? c).join("");
}

/** Every year in Chinese numerals in Arabic ones: 二〇二三年 → 2023年. */
export function arabicYears(s: string): string {
  if (!hasYearInWords(s)) return s;
  return s.replace(/[〇○零一二三四五六七八九]{4}(?=年)/g, arabicYear);
}
// 全年 and 当年 refer to the year the passage is about, not the document's: they are no year of their own
const RELATIVE =
  /(今年|本年|(?<![一二两三四五六七八九十\d])年内|明年|去年|上年|上一年|过去一年|上半年|下半年|前年|前三季度|第?[一二三四]季度|一季报|半年报|三季报)/g;
// (a plan named as what states the figures after it, "十五五规划提出…", "十五五規畫提及…" in Taiwan's word, sets
// them for its last year, as 末 does)
const FIVE_YEAR =
  /[“"]?(十[一二三四五六七八九]五)[”"]?(?:(?:规划)?(期末|末|时期|期间)|规[划画](?:纲要)?(?=提出|明确|提及|要求|设置|设定|确定))/g;
const AHEAD =
  /(未来|今后|用|通过|经过)([0-9]+|[一二两三四五六七八九十]+)年(?:左右|内|时间|攻坚|努力)?|([一二两三四五])年左右/g;

// verbs whose 到 gives a result, not a deadline: 增加到, 提高到, 上升到, 扩大到, 下降到
const RESULT_VERB = new RegExp(`(?:${RISE_VERBS}|${FALL_VERBS}|发展)$`);

// the parts of a year among the relative words: dated by a year written right before them
const PART_OF_YEAR = /^(?:上半年|下半年|前三季度|第?[一二三四]季度|一季报|半年报|三季报)$/;

// a year after these words is the base of a change, not the year a figure is about
const BASE = /(?:比|较|与|同|保持)$/;

/** The last year of each five-year plan, by its name (十四五 → 2025). */
export const PLAN_END: Record<string, number> = {
  十一五: 2010,
  十二五: 2015,
  十三五: 2020,
  十四五: 2025,
  十五五: 2030,
  十六五: 2035,
};

/** The years a text names relative to its own date (今年, 去年, 上半年…), bases of comparison (比上年) left out. */
export function relativeYears(s: string): { index: number; word: string }[] {
  const out: { index: number; word: string }[] = [];
  for (const m of s.matchAll(RELATIVE)) {
    const w = m[1];
    // a base of comparison: 比上年, 保持上年水平, 与去年同期相比
    if (
      BASE.test(s.slice(Math.max(0, m.index - 2), m.index)) ||
      /^(?:水平|水准|同期|基础)/.test(s.slice(m.index + w.length, m.index + w.length + 2))
    )
      continue;
    out.push({ index: m.index, word: w });
  }
  return out;
}

/** The year atom found so far that ends last before `at`. */
function lastYearBefore(found: YearAtom[], at: number): YearAtom | undefined {
  let last: YearAtom | undefined;
  for (const a of found) if (a.span[1] <= at && (!last || a.span[1] > last.span[1])) last = a;
  return last;
}

export function findYears(
  text: string,
  from: number,
  to: number,
  docYear: number | null,
  early = false,
): YearAtom[] {
  const s = text.slice(from, to);
  const out: YearAtom[] = [];
  // every year phrase has 年 or 季(度), or is a 五年规划 name
  if (!s.includes("年") && !s.includes("五") && !s.includes("季")) return out;
  const explicit = [...s.matchAll(EXPLICIT)];
  if (hasYearInWords(s)) {
    explicit.push(...s.matchAll(EXPLICIT_IN_WORDS));
    explicit.sort((a, b) => a.index - b.index);
  }
  for (const m of explicit) {
    const y = Number(arabicYear(m[2]));
    if (y < 1949 || y > 2100) continue;
    // the base of a comparison (比2020年下降13.5%, 较2017年, 与2020年相比) is not the year of the figure
    if (!m[1] && BASE.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    // …and so is where a change started, "由2018年的5.7:49.3:45.0优化为…" (the change rule reads its years itself)
    if (!m[1] && (s[m.index - 1] === "由" || s[m.index - 1] === "从") && s[m.index + m[0].length] === "的")
      continue;
    // "在2022年的基础上实现倍增": the base too; so are the prices a growth is reckoned in ("按2005年可比价格计算"),
    // and a base said low or high ("2020年同期基数偏低")
    if (
      !m[1] &&
      /^(?:的?基础上|的?(?:可比|不变)价|(?:同期)?基数)/.test(
        s.slice(m.index + m[0].length, m.index + m[0].length + 5),
      )
    )
      continue;
    // "是2004年以来最好位次", "2010年以来连续5年": the start of a span a record is set over, no year of a figure
    // ("2024年以来,全市…增长8%" is the year so far, and stays)
    if (/^以来的?(?:最|首|新高|连续)/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 6)))
      continue;
    // a deadline: 到2025年, 力争到2025年; not "截至2023年底" (as of) nor "增加到2021年的…" (a result)
    // (nor the end of a span of years, "2021年至2022年", "2021年到2023年": the span's figures are dated by its end, and
    // are targets or results as the document's date has them)
    const deadline =
      Boolean(m[1]) &&
      !/^截/.test(m[1]) &&
      !RESULT_VERB.test(s.slice(Math.max(0, m.index - 2), m.index)) &&
      !(/^(?:至|到)$/.test(m[1]) && /\d{4}年$/.test(s.slice(Math.max(0, m.index - 5), m.index)));
    out.push({
      span: [from + m.index, from + m.index + m[0].length],
      year: y,
      explicit: true,
      by: deadline,
    });
  }
  if (docYear !== null) {
    for (const m of relativeYears(s)) {
      const w = m.word;
      // "2021年前三季度", "2023年上半年": a part of a year written after its year is of that year, not the text's —
      // the year's phrase runs on over it
      if (PART_OF_YEAR.test(w)) {
        const year = out.find(
          (a) =>
            a.explicit && a.span[1] <= from + m.index && /^的?$/.test(text.slice(a.span[1], from + m.index)),
        );
        if (year) {
          year.span = [year.span[0], from + m.index + w.length];
          continue;
        }
        // "发布了2023年经济成绩单——数据显示,前三季度…": a part of a year alone is of the year the sentence named
        // before it (not of a deadline's: "到2025年…"); after 今年 it is that year's, as before
        // (another part said alone before it, "一季度、上半年", dates it no more than itself)
        const named = lastYearBefore(out, from + m.index);
        if (named && !named.by && !named.partAlone) {
          out.push({
            span: [from + m.index, from + m.index + w.length],
            year: named.year,
            explicit: false,
            by: false,
          });
          continue;
        }
      }
      const y =
        w === "明年"
          ? docYear + 1
          : w === "去年" || w === "上年" || w === "上一年" || w === "过去一年"
            ? docYear - 1
            : w === "前年"
              ? docYear - 2
              : docYear;
      out.push({
        span: [from + m.index, from + m.index + w.length],
        year: y,
        explicit: false,
        by: false,
        ...(PART_OF_YEAR.test(w) ? { partAlone: true as const } : {}),
      });
    }
    for (const m of s.matchAll(AHEAD)) {
      const n = readCount(m[2] ?? m[3]);
      if (!n || n > 15) continue;
      out.push({
        span: [from + m.index, from + m.index + m[0].length],
        // 通过3年攻坚 counts the current year in (a 2021 plan's three years end in 2023); so do 今后五年 and 未来三年
        // in a text of the year's first half (a report of January 2026: 2026-2030)
        year:
          docYear +
          n -
          (m[1] === "通过" || m[1] === "经过" || (early && (m[1] === "今后" || m[1] === "未来")) ? 1 : 0),
        explicit: false,
        by: true,
      });
    }
  }
  for (const m of s.matchAll(FIVE_YEAR)) {
    const end = PLAN_END[m[1]];
    if (!end) continue;
    // "较“十二五”末增长近50%": the base of a change
    if (BASE.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    // "十四五末" is a deadline; "十三五期间" a period, of the year it ends (a result, or a target, by the date)
    const deadline = m[2] === "期末" || m[2] === "末" || m[2] === undefined;
    out.push({
      span: [from + m.index, from + m.index + m[0].length],
      year: end,
      explicit: false,
      by: deadline,
    });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
