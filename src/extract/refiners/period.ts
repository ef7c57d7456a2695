// Periods other than the year: "今年一季度…386.5亿元", "上半年实现地区生产总值1810亿元", "1-6月", and amounts
// per period, "每年安排专项资金不少于5亿元". Such a figure is not the year's total; its indicator names the period
// (地区生产总值(上半年), 资金(每年)) so that it is never read against an annual or cumulative target.
import { GOAL_AFTER } from "../atoms/quantity";
import { YEARS_GOAL } from "../../lexicon/predicates";
import { clauseAround } from "../segment";
import type { Candidate, SentenceAtoms } from "../types";
import { perSentence } from "../per-sentence";
import {
  MAY_NAME_PERIOD,
  MONTH_NUMBER,
  PERIOD,
  TIME_CLAUSE_LEAD,
  YEAR_OF_PERIOD,
} from "../../lexicon/periods";

// the figure is the year's after all: 全年, 年底, 到2025年
// (not the base's whole year: "比上年全年增长5.2%回落了0.2个百分点"; nor the year's goal a part of it is measured
// against: "完成全年预期目标的47.8%")
const WHOLE_YEAR =
  /(?<!上年|去年)全年(?!(?:预期|既定)?(?:计划|预算|目标|任务))|年底|年末|到\d{4}年|\d{4}年底/;

// the whole year's goal named right before its figure: "全年目标为5220亿元", "年度计划2890亿元"
const YEAR_GOAL_BEFORE = new RegExp(`${YEARS_GOAL}值?(?:为|是|定为)?$`);
const YEAR_GOAL_OPENING = new RegExp(`^(?:${YEARS_GOAL})(?:为|是|定为|[:：])`);

// words of the present: a stock as it stands (目前, 现有, 已经有, 至今)
const NOW = /目前|现有|已有|已经有|至今/;

const TIME_CLAUSE = new RegExp(`^${TIME_CLAUSE_LEAD}${YEAR_OF_PERIOD}(${PERIOD.source})$`);
// a part of the year opening a clause of the place's own figures: "1至7月全省工业投资增长10.8%,民间投资增长…"
const STAT_CLAUSE = new RegExp(
  `^${TIME_CLAUSE_LEAD}${YEAR_OF_PERIOD}(${PERIOD.source})(?=[全我本][市省县区])`,
);

interface SentenceMarks {
  /** The first clause of time words alone, with where it ends. */
  timeClause: { period: string; end: number } | null;
  /** The first clause that opens with a part of the year and the place's own word (1至7月全省…), with where it ends. */
  statClause: { period: string; end: number } | null;
  /** Where the first 全年/年底/到2025年 starts (Infinity when none). */
  wholeYear: number;
}

// read once per sentence: a sentence of thousands of figures asks for these once per figure
const sentenceMarks = perSentence((atoms): SentenceMarks => {
  const s = atoms.sentence;
  let timeClause: SentenceMarks["timeClause"] = null;
  let statClause: SentenceMarks["statClause"] = null;
  const sep = /[,，;；:：]/g;
  // only a sentence with a period word can open with one
  let from = MAY_NAME_PERIOD.test(s.text) ? 0 : s.text.length;
  // time words alone open a passage: look at the opening clauses only
  for (let k = 0; k < 8 && from < s.text.length && !timeClause; k++) {
    sep.lastIndex = from;
    const hit = sep.exec(s.text);
    const end = hit ? hit.index : s.text.length;
    const clause = s.text.slice(from, end).trim();
    const period = TIME_CLAUSE.exec(clause)?.[1];
    if (period) timeClause = { period, end: s.start + end + 1 };
    const stat: string | undefined = statClause ? undefined : STAT_CLAUSE.exec(clause)?.[1];
    if (stat) statClause = { period: stat, end: s.start + end + 1 };
    if (!hit) break;
    from = end + 1;
  }
  const whole = WHOLE_YEAR.exec(s.text);
  return { timeClause, statClause, wholeYear: whole ? s.start + whole.index : Infinity };
});

// figures a sentence gives from a report of part of the year: "各省三季报出炉…浙江省实现GDP…" (the first three quarters)
const REPORTED: Record<string, string> = { 一季报: "一季度", 半年报: "上半年", 三季报: "前三季度" };

// (where the sentence first names one, read once per sentence: the figures of a long sentence ask for it each)
const reportedIn = perSentence((atoms) => {
  const m = /一季报|半年报|三季报/.exec(atoms.sentence.text);
  return m ? { at: atoms.sentence.start + m.index, period: REPORTED[m[0]] } : null;
});

function reportedPeriod(atoms: SentenceAtoms, at: number): string | null {
  const r = reportedIn(atoms);
  return r && r.at < at ? r.period : null;
}

/** The part of the year a clause of time words alone names before the clause at `clauseStart`, if any. */
export function timeClauseBefore(atoms: SentenceAtoms, clauseStart: number): string | null {
  const t = sentenceMarks(atoms).timeClause;
  return t && t.end <= clauseStart ? t.period : null;
}

export function periodOf(text: string): string | null {
  return PERIOD.exec(text)?.[0] ?? null;
}

/**
 * Mark a candidate with the period its sentence (before the figure) names, or, for an actual, the period
 * the document's title names when the sentence does not speak of the whole year.
 */
export function markPeriod(
  text: string,
  atoms: SentenceAtoms,
  c: Candidate,
  titlePeriod: string | null,
  passagePeriod: string | null = null,
): void {
  if (c.period) return; // a table column already named the period
  // the figure's own clause, or a clause of time words alone that opens the passage ("今年上半年,园区实现…");
  // "上半年建成…中心,打造30个场景" dates the first deed only
  const [cStart] = clauseAround(text, atoms.sentence, c.span[0]);
  const marks = sentenceMarks(atoms);
  const timeClause = timeClauseBefore(atoms, cStart);
  // "我国目前已经有178家国家高新区": what there is now is no figure of the passage's or the title's part of the year
  const now = NOW.test(text.slice(cStart, c.span[0]));
  const own = periodOf(text.slice(cStart, c.span[0]));
  // a goal named by its figure ("低于5.5%左右的预期目标") is the year's, unless its own clause names a part of it
  if (!own && GOAL_AFTER.test(text.slice(c.span[1], c.span[1] + 8))) return;
  // …and so is one said to be the whole year's right before its figure ("…全年目标为5220亿元,1-4月已完成…")
  // (or opening the figure's clause: "全年目标为地区生产总值增长6%左右")
  const before = text.slice(cStart, c.span[0]);
  if (YEAR_GOAL_BEFORE.test(before) || YEAR_GOAL_OPENING.test(before)) return;
  const period =
    own ??
    timeClause ??
    // (a result's only: "上半年全市建成…中心,打造30个场景" in a plan dates its first deed alone)
    (c.kind === "actual" && marks.statClause && marks.statClause.end <= cStart
      ? marks.statClause.period
      : null) ??
    reportedPeriod(atoms, c.span[0]) ??
    (c.year?.stated || now ? null : passagePeriod) ??
    // (nor the title's, for a figure whose sentence names its year in full: "2018年,…突破千亿元" under a headline on
    // 一季度 is the year's)
    (c.kind === "actual" && !now && !yearWrittenBefore(atoms, c) ? titlePeriod : null);
  if (!period) return;
  // a part of the year gives way to 全年/年底/到2025年 said before the figure; an amount per year does not
  if (!period.startsWith("每") && marks.wholeYear < c.span[0]) return;
  // (截至10月底 is the months from January: 1-10月; 截止到3月15日 the days up to then: 1月1日-3月15日)
  c.period = period
    .replace(/^第/, "")
    .replace(/^截至(.+?)月(?:底|末)$/, "1-$1月")
    .replace(/^截[至止]到?(.+?月\d{1,2}日)$/, "1月1日-$1")
    .replace(/^(.+?月)(?:当月|单月)$/, "$1份")
    .replace(/^首季度?$/, "一季度");
}

/** Whether the figure's sentence writes its year in full before it (2018年, not 今年). */
function yearWrittenBefore(atoms: SentenceAtoms, c: Candidate): boolean {
  return atoms.years.some((y) => y.explicit && !y.by && y.span[1] <= c.span[0] && y.year === c.year?.year);
}

// a single month said without its name: "当月进出口0.78万亿元" in a report of 前三季度
const ONE_MONTH = /当月|单月|本月/g;
// (a month named before it in the sentence is that month: "9月当月", "6月份,…当月增速…")
const MONTH_NAMED = new RegExp(`(?<![-—–~至到\\d])${MONTH_NUMBER}月(?!底|末|[-—–~至到\\d])`);
const YEAR_SAID = /\d{4}年|全年/;

/**
 * The word (当月, 单月, 本月) by which the sentence makes a figure one month's without naming the month, or null.
 * Such a figure is neither the period's the passage speaks of nor any month a planner could tell. It holds to the
 * end of its group of clauses (;), and over a breakdown that follows (其中,出口…): read from `from`, the start of the
 * sentence broken down when `c` is in a breakdown ("…当月进出口0.78万亿元。其中,出口…"), else of its own.
 */
export function unnamedMonth(text: string, c: Candidate, from: number): string | null {
  const s = c.sentence;
  const before = text.slice(from, c.span[0]);
  if (!before.includes("月")) return null;
  let at = -1;
  let word = "";
  for (const m of before.matchAll(ONE_MONTH)) {
    at = m.index;
    word = m[0];
  }
  if (at < 0 || MONTH_NAMED.test(before.slice(0, at))) return null;
  // a part of the year or a year said after it dates the figure again ("当月…;1-9月累计…"), and a new group of
  // clauses speaks of something else
  // (a breakdown's items may be parted by ; themselves: the breakdown is the month's to its end)
  const after = before.slice(at + word.length);
  const ownGroup = from + at < s.start ? after.slice(0, s.start - from - at - word.length) : after;
  return PERIOD.test(after) || YEAR_SAID.test(after) || /[;；]/.test(ownGroup) ? null : word;
}
