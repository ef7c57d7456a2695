// Target or actual: a year after the document's is a target, one before it an actual. For the document's own
// year, a strong cue decides (同比, 累计, 已, 签署了 → actual; 力争, 目标, 确保 → target), then the mood of the
// passage's opening ("今年,我们将…"), then the nearest weak cue. Without a date only cues decide; without cues
// the figure stays unclassified and becomes a diagnostic.
import { SUFFIX_COMPARATORS } from "../../lexicon/comparators";
import { clauseAround } from "../segment";
import { GOAL_AFTER } from "../atoms/quantity";
import { GOAL_INTRODUCES, GUESS_WORDS } from "../../lexicon/predicates";
import { periodOf, timeClauseBefore } from "./period";
import { perSentence } from "../per-sentence";
import { firstFrom, lastBefore, within } from "../atoms/search";
import type { Candidate, CueAtom, SentenceAtoms } from "../types";
import type { DocumentMeta } from "./document-meta";
import type { ContextMood } from "./inherit";

// cues that look past the passage's year ("下一步,园区将力争…"); 预期目标 names the passage's own year's target
const HEDGE = new RegExp(GUESS_WORDS.join("|"));
const CLAUSE_ONLY = /^(?:提高至|提升至|控制在)$/;
const COMPARISON = /^(?:同比(?:增长|下降|上升|提高|增加|减少|回落)|比上年|较上年)$/;
// what a plan arranged: "项目计划共安排…", "计划安排投资…" (not a progress against it, "占年计划的41.8%")
const PLAN_ARRANGED = /^(?:共|总)?安排/;
const FORWARD = /^(?:下一步|将|力争|争取|确保|计划草案)$/;
// an estimate of a result, with no word of intent after it: 预计全年地区生产总值…
const INTENT = /力争|目标|将|计划|确保|争取/g;
// where a sentence's first 预计 stands and the first word of intent after it
const estimateOf = perSentence((atoms) => {
  const t = atoms.sentence.text;
  const from = t.indexOf("预计");
  INTENT.lastIndex = from < 0 ? t.length : from;
  const intent = from < 0 ? null : INTENT.exec(t);
  return { from: from < 0 ? Infinity : from, until: intent ? intent.index : Infinity };
});

// a part of the year a sentence's opening names ("1-10月,…")
const openingPeriod = perSentence((atoms) => periodOf(/^[^,，;；。]{0,16}/.exec(atoms.sentence.text)![0]));

/** The figure at `at` (in the sentence's text) follows a 预计 with no word of intent between. */
function isEstimate(atoms: SentenceAtoms, at: number): boolean {
  const e = estimateOf(atoms);
  return e.from < at && at < e.until;
}

interface SentenceCues {
  strong: CueAtom[];
  weak: CueAtom[];
  /** 目标 named as an object ("围绕…的目标,"): a cue for its own clause only. */
  goalObjects: CueAtom[];
  /** Weak cues that speak for their own clause only (提高至, 控制在). */
  clauseWeak: CueAtom[];
  /** Where the first deadline (到2025年) ends, Infinity when none. */
  firstDeadline: number;
}

// a figure and its 的, right before a goal's words: "5.5%左右的", "增长6%以上的"
const GOAL_OF_FIGURE = new RegExp(
  `\\d(?:%|个百分点)?(?:${SUFFIX_COMPARATORS.map((c) => c.word).join("|")})?的$`,
);

// sorted once per sentence, so that each figure's cues are found by binary search
const sentenceCues = perSentence((atoms): SentenceCues => {
  const s = atoms.sentence;
  const sc: SentenceCues = { strong: [], weak: [], goalObjects: [], clauseWeak: [], firstDeadline: Infinity };
  for (const x of atoms.cues) {
    // a goal named by its figure ("低于5.5%左右的预期目标", "完成增长6%的目标") is that figure's yardstick: no cue of
    // the sentence's mood for the clauses after it (the figure itself is read by GOAL_AFTER)
    const at = x.span[0] - s.start;
    if (x.kind === "target" && GOAL_OF_FIGURE.test(s.text.slice(Math.max(0, at - 12), at))) continue;
    // a word inside a measure's name speaks for that measure's clause only: "计划投资额是6.5亿元,实际投资额却达…"
    // (looked up around the word only: a sentence may hold thousands of cues and measures)
    const around = x.strong ? [] : within(atoms.indicators, x.span[0] - 16, x.span[1] + 16);
    if (around.some((i) => i.span[0] <= x.span[0] && x.span[1] <= i.span[1])) {
      sc.clauseWeak.push(x);
      continue;
    }
    // a goal that introduces figures ("主要预期目标:", "目标是", "目标为") speaks for the sentence
    if (
      x.word === "目标" &&
      !GOAL_INTRODUCES.test(s.text.slice(x.span[1] - s.start, x.span[1] - s.start + 3))
    )
      sc.goalObjects.push(x);
    else if (CLAUSE_ONLY.test(x.word)) sc.clauseWeak.push(x);
    else (x.strong ? sc.strong : sc.weak).push(x);
  }
  for (const y of atoms.years) if (y.by && y.span[1] < sc.firstDeadline) sc.firstDeadline = y.span[1];
  return sc;
});

export function classifyKind(
  atoms: SentenceAtoms,
  c: Candidate,
  meta: DocumentMeta,
  context: ContextMood | undefined,
): void {
  if (c.kind) return; // decided by the rule (a table column headed 目标 or 完成)
  // a statistical bulletin reports; it sets no targets
  if (meta.genre === "bulletin") return void (c.kind = "actual");
  const s = atoms.sentence;
  // a report delivered early in the year estimates the year before: "预计地区生产总值超过2100亿元"
  if (
    meta.genre === "report" &&
    meta.year !== null &&
    meta.date !== null &&
    Number(meta.date.slice(5, 7)) <= 3 &&
    !c.year?.stated &&
    isEstimate(atoms, c.span[0] - s.start)
  ) {
    c.year = { year: meta.year - 1, stated: false };
    return void (c.kind = "actual");
  }
  // …and one delivered later in the year estimates that year: "预计全年地区生产总值增长5.5%" in a report of
  // December, "2025年预计规上工业总产值75.4亿元"
  if (
    meta.genre === "report" &&
    meta.year !== null &&
    (c.year === null || c.year.year === meta.year) &&
    isEstimate(atoms, c.span[0] - s.start)
  )
    return void (c.kind = "actual");
  const cStart =
    s.start + clauseAround(s.text, { ...s, start: 0, end: s.text.length }, c.span[0] - s.start)[0];
  const sc = sentenceCues(atoms);
  const plain = lastBefore(sc.strong, c.span[1]);
  const goal = within(sc.goalObjects, cStart, c.span[1]).pop();
  let strong = goal && (!plain || goal.span[0] > plain.span[0]) ? goal : plain;
  // "瞄准产值200亿元目标", "实现增长8%的预期目标": the figure is a goal's value, whatever cue stood before it
  const at = c.span[1] - s.start;
  if (GOAL_AFTER.test(s.text.slice(at, at + 8)))
    strong = { span: [c.span[1], c.span[1] + 2], kind: "target", strong: true, word: "目标" };
  // "力争…同比增长8%": the comparison with last year is the target's own wording
  if (strong && COMPARISON.test(strong.word)) {
    // (or a goal that introduces the figures earlier in the sentence: "…提出了2025年的主要预期目标,包括地区生产总值
    // 同比增长5%左右", with no result named between)
    const goal = lastBefore(sc.strong, cStart);
    const introduced =
      goal?.word === "目标" &&
      !within(sc.strong, goal.span[1], strong.span[0]).some(
        (x) => x.kind === "actual" && !COMPARISON.test(x.word),
      )
        ? goal
        : undefined;
    const intent = within(sc.strong, cStart, strong.span[0]).find((x) => x.kind === "target") ?? introduced;
    // "重大项目计划共安排项目883个,总投资35674.8亿元,同比增长26.2%": a clause of the comparison alone changes the
    // amount before it, which the plan arranged — planned too, when nothing between says it was reached
    const alone = strong.span[0] <= cStart + 1;
    // (the last cue before the clause, of either strength, found by binary search: a sentence may be long)
    const lastStrong = !intent && alone ? lastBefore(sc.strong, cStart) : undefined;
    const lastWeak = !intent && alone ? lastBefore(sc.weak, cStart) : undefined;
    const planned =
      lastStrong && lastWeak
        ? lastStrong.span[0] > lastWeak.span[0]
          ? lastStrong
          : lastWeak
        : (lastStrong ?? lastWeak);
    if (intent) strong = intent;
    else if (
      planned?.word === "计划" &&
      PLAN_ARRANGED.test(s.text.slice(planned.span[1] - s.start, planned.span[1] - s.start + 4))
    )
      strong = planned;
    // …and so it is in a passage that announced targets ("2024年主要预期目标:◆GDP同比增长5%;…"), when nothing in
    // the sentence before says the figure is a result
    else if (
      context?.mood === "target" &&
      !c.year?.stated &&
      !within(sc.strong, s.start, strong.span[0]).some((x) => x.kind === "actual" && !COMPARISON.test(x.word))
    )
      strong = undefined;
  }
  // "深圳有望GDP突破4万亿", "上海GDP或将突破4万亿": a guess of the news, neither a result nor anyone's target
  // (a deadline or a word of intent makes it a plan's: "到2025年,产值有望突破千亿元")
  if (
    sc.firstDeadline > c.span[0] &&
    strong?.kind !== "target" &&
    HEDGE.test(s.text.slice(cStart - s.start, c.span[0] - s.start))
  )
    return;
  const sentenceWeak = lastBefore(sc.weak, c.span[1]);
  const clauseWeak = within(sc.clauseWeak, cStart, c.span[1]).pop();
  const weak =
    clauseWeak && (!sentenceWeak || clauseWeak.span[0] > sentenceWeak.span[0]) ? clauseWeak : sentenceWeak;
  const byYear = sc.firstDeadline <= c.span[0];
  const year = c.year?.year ?? null;
  if (year !== null && meta.year !== null) {
    if (year > meta.year) return void (c.kind = "target");
    if (year < meta.year) {
      // "2023年,园区实现…。下一步,园区将力争…": a plan for after the passage's year, not a result of it
      if (!c.year?.stated && strong?.kind === "target" && FORWARD.test(strong.word)) {
        c.year = { year: meta.year, stated: false };
        return void (c.kind = "target");
      }
      // a past year's own target, named so in a review: "2021年…高于预期目标(增长6%以上)" — in the figure's own
      // part of the sentence ("…2026年增长目标为7%左右;海南2025年GDP增长4%": that goal is another year's)
      if (
        strong?.kind === "target" &&
        !/[;；]/.test(s.text.slice(strong.span[1] - s.start, c.span[0] - s.start))
      )
        return void (c.kind = "target");
      // …or what its plan arranged, said in the figure's own clause: "去年…计划安排投资500亿元"
      if (/计划(?:共|总)?安排/.test(s.text.slice(cStart - s.start, c.span[0] - s.start)))
        return void (c.kind = "target");
      // "到2023年…达到X" in a later text restates an old target; "增加到2021年的…" is no deadline (see years)
      return void (c.kind = byYear && !strong ? "target" : "actual");
    }
  }
  if (strong) return void (c.kind = strong.kind);
  // "2024年1—6月,…增长5.8%", "一季度,园区实现…": a part of the year that has passed, with no word of intent
  const part =
    context?.period ??
    periodOf(s.text.slice(cStart - s.start, c.span[0] - s.start)) ??
    timeClauseBefore(atoms, cStart) ??
    openingPeriod(atoms);
  if (part && !/^每|下半年/.test(part) && !byYear) return void (c.kind = "actual");
  // an undated text on the 十四五 that says "十三五期间…培育…企业25家" looks back on a plan that has ended
  if (
    meta.year === null &&
    year !== null &&
    meta.latestFiveYearPlan !== null &&
    year <= meta.latestFiveYearPlan - 5 &&
    !byYear
  )
    return void (c.kind = "actual");
  if (byYear) return void (c.kind = "target");
  if (!c.year?.stated && context?.mood) return void (c.kind = context.mood);
  // a weak word of intent (提高至, 要) with no year anywhere, in a text of no known date, says too little
  if (weak && !(weak.kind === "target" && year === null && meta.year === null && meta.genre !== "plan"))
    return void (c.kind = weak.kind);
  // "全年地区生产总值达到2800亿元,同比增长8%": compared with last year right after, so a result
  const next = firstFrom(sc.strong, c.span[1]);
  if (next && COMPARISON.test(next.word) && next.span[0] - c.span[1] <= 12) return void (c.kind = "actual");
  // a plan's statements are its targets, where nothing says otherwise (so are those of no stated year in a text
  // that presents a plan)
  if (meta.genre === "plan" && (year === null || meta.year === null || year >= meta.year))
    return void (c.kind = "target");
  if (meta.planEnd !== null && c.year?.guessed) return void (c.kind = "target");
}
