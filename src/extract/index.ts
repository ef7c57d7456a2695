import { gazetteer } from "../lexicon/regions";
import type { Diagnostic, PolicyRecord, TextWarning } from "../model/schema";
import { PLAN_END, relativeYears } from "./atoms/year";
import { readCount } from "./atoms/numeral";
import { atomsOf } from "./atoms";
import { addBareZones, addHomeShortName, findRegions } from "./atoms/region";
import { classifyKind } from "./refiners/kind";
import { documentMeta, type DocumentMeta } from "./refiners/document-meta";
import { inheritContext } from "./refiners/inherit";
import { carrySeriesMeasure } from "./refiners/series";
import { mergeDuplicates } from "./refiners/merge";
import { markPeriod, periodOf, unnamedMonth } from "./refiners/period";
import { distributeTiers } from "./refiners/tiers";
import { candidateDiagnostic, distinctId, quoteOf, resolve } from "./resolve";
import { RULES } from "./rules";
import { pageLinksOf } from "./page-links";
import {
  BASE_PHRASE,
  FALL_VERBS,
  OPEN_PREDICATES,
  RISE_VERBS,
  YEAR_ON_YEAR,
  YEARS_GOAL,
} from "../lexicon/predicates";
import { alternation, COUNTED_DEEDS, DONE_DEEDS } from "../lexicon/verbs";
import { perSentence } from "./per-sentence";
import { grantOrCondition, introducesConditions } from "./policy-terms";
import { clauseAround, segment } from "./segment";
import { readTables } from "./table";
import { indicatorName, type Candidate, type QuantityAtom, type Sentence, type SentenceAtoms } from "./types";

export interface Extraction {
  meta: DocumentMeta;
  /** Every region the records name, home region first. */
  regions: string[];
  records: PolicyRecord[];
  diagnostics: Diagnostic[];
  warnings: TextWarning[];
  /** Which rule produced each record (by record id), for debugging and the test tables. */
  trace: Map<string, string>;
}

/**
 * Extract records from one normalised document text. Never throws on any string. The pipeline: sentences →
 * regions → the document's meta (home region, date, genre) → atoms per sentence → figures read by tables and
 * rules → tiers distributed → context inherited → kind and period → duplicates merged → records.
 */
export function extract(documentId: string, text: string): Extraction {
  const gaz = gazetteer();
  const sentences = segment(text);
  // regions first: the home region and date must be known before relative years (今年) are read
  const regions = sentences.map((s) => findRegions(text, s.start, s.end, gaz));
  addBareZones(text, sentences, regions, gaz);
  const pageLink = pageLinksOf(text);
  // links to other pages name other pages' places: they never make a text's home region
  const meta = documentMeta(text, sentences, (s) => (pageLink(s) ? [] : regions[s.index]), gaz);
  addHomeShortName(text, sentences, regions, meta.region);
  // (a text of the year's first half counts the current year among the years ahead it names: 今后五年)
  const early = meta.date !== null && meta.date.length >= 7 && Number(meta.date.slice(5, 7)) <= 6;
  const all = sentences.map((s) => atomsOf(text, s, gaz, meta.year, regions[s.index], early));

  const read = readFigures(documentId, text, all, meta, pageLink);
  for (const c of distributeTiers(text, all)) read.add(c, all[c.sentence.index]);
  refine(text, all, read.candidates, read.owner, meta);
  const unrecorded = new Map([
    ...yearsUnknown(documentId, text, read.candidates, meta),
    ...companyFigures(documentId, text, read.candidates),
    ...olderBases(documentId, text, read.candidates),
    ...monthsUnnamed(documentId, text, read.candidates, all),
    ...startsUndated(documentId, read.candidates),
  ]);
  const { records, trace, diagnostics } = toRecords(
    documentId,
    mergeDuplicates(read.candidates.filter((c) => !unrecorded.has(c))),
  );

  const regionNames = new Set<string>();
  if (meta.region) regionNames.add(meta.region.name);
  for (const r of records) regionNames.add(r.region);
  return {
    meta,
    regions: [...regionNames],
    records,
    diagnostics: [...read.diagnostics, ...unrecorded.values(), ...diagnostics],
    warnings: meta.warnings,
    trace,
  };
}

/** Candidates from tables and from the rules, each with the sentence it came from; figures no rule explains. */
function readFigures(
  documentId: string,
  text: string,
  all: SentenceAtoms[],
  meta: DocumentMeta,
  pageLink: (s: Sentence) => boolean,
) {
  const candidates: Candidate[] = [];
  const diagnostics: Diagnostic[] = [];
  const owner = new Map<Candidate, SentenceAtoms>();
  const add = (c: Candidate, atoms: SentenceAtoms) => {
    candidates.push(c);
    owner.set(c, atoms);
  };
  const tables = readTables(documentId, text, all, meta.title, meta.year);
  diagnostics.push(...tables.diagnostics);
  for (const c of tables.candidates) add(c, all[c.sentence.index]);
  const headline = headlineOf(text, meta.title);
  // what the headline says of its figures, which the body may state without naming its subject again
  const headlineSays: Candidate[] = [];
  let conditionsIntro = false;
  for (const [k, atoms] of all.entries()) {
    if (tables.rows.has(atoms)) continue;
    // a link to another page ("相关推荐", "…签约项目56个 04-28") is another article's
    if (pageLink(atoms.sentence)) {
      for (const q of atoms.quantities)
        diagnostics.push(
          diagnostic("non_fact", "a link to another page, not this text", documentId, q, atoms),
        );
      continue;
    }
    // a headline is no fact: the body says it again, in a sentence that has its context
    if (headline(atoms.sentence)) {
      for (const q of atoms.quantities) {
        diagnostics.push(
          diagnostic("non_fact", "a headline; the body states its facts", documentId, q, atoms),
        );
        for (const rule of RULES) {
          if (q.attributive && !rule.attributive) continue;
          const res = rule.produce({ text, atoms, q });
          if (!res) continue;
          if (!("skip" in res)) headlineSays.push(...res.candidates);
          break;
        }
      }
      continue;
    }
    // a list under "申报条件:" states conditions until the list ends
    // (the list ends at a sentence that is no numbered item, or at the next section: 三、支持标准)
    const item = atoms.sentence.listMarker;
    if (introducesConditions(atoms)) conditionsIntro = true;
    else if (!item || /^[一二三四五六七八九十]+、/.test(item)) conditionsIntro = false;
    const done = new Set<QuantityAtom>();
    const restated = restatedBelow(all, k);
    for (const q of atoms.quantities) {
      if (done.has(q)) continue;
      if (restated.has(q)) {
        diagnostics.push(
          diagnostic("non_fact", "a paragraph's lead; the paragraph states it", documentId, q, atoms),
        );
        continue;
      }
      const policyTerm = grantOrCondition(text, atoms, q, conditionsIntro, meta.genre === "incentive");
      if (policyTerm) {
        diagnostics.push(diagnostic("non_fact", policyTerm, documentId, q, atoms));
        done.add(q);
        continue;
      }
      // "人均地区生产总值19763元,按2018年平均汇率计算为2865美元": the figure before it again, in another currency
      if (convertedBefore(text.slice(Math.max(atoms.sentence.start, q.span[0] - 20), q.span[0]))) {
        diagnostics.push(
          diagnostic(
            "non_fact",
            "the figure before it, converted (折合, 按…汇率计算为)",
            documentId,
            q,
            atoms,
          ),
        );
        continue;
      }
      // "目标设定在4.5-5%的可能性在上升", "有七成的把握": a figure whose likelihood is weighed, or the likelihood
      if (q.attributive && LIKELIHOOD.test(text.slice(q.span[1], q.span[1] + 5))) {
        diagnostics.push(
          diagnostic(
            "non_fact",
            "a likelihood, not a figure stated (…的可能性, 的把握)",
            documentId,
            q,
            atoms,
          ),
        );
        done.add(q);
        continue;
      }
      if (q.times) {
        diagnostics.push(
          diagnostic("unit_unknown", "a multiple (倍) of an unstated base", documentId, q, atoms),
        );
        continue;
      }
      let answered = false;
      for (const rule of RULES) {
        if (q.attributive && !rule.attributive) continue;
        const res = rule.produce({ text, atoms, q });
        if (!res) continue;
        res.consumed.forEach((x) => done.add(x));
        // (every figure a skipped reading took with it is said to be left out, not only the first)
        if ("skip" in res)
          for (const x of res.consumed.includes(q) ? res.consumed : [q, ...res.consumed])
            diagnostics.push(diagnostic(res.skip, `${rule.id}: ${res.message}`, documentId, x, atoms));
        else
          for (const c of res.candidates) {
            c.rule = rule.id; // the rule that produced it, whatever it wrote
            add(c, atoms);
          }
        answered = true;
        break;
      }
      if (!answered && q.attributive) {
        diagnostics.push(
          diagnostic(
            "non_fact",
            "a figure describing something else (…的, 超X亿元产业)",
            documentId,
            q,
            atoms,
          ),
        );
      } else if (!answered)
        diagnostics.push(
          diagnostic(
            "measure_missing",
            stretchGoal(text, atoms, q)
              ? "a stretch goal (力争) after the goal of the clause's measure"
              : "no rule explains this figure",
            documentId,
            q,
            atoms,
          ),
        );
    }
  }
  // "上海奉贤:通用新材料产业工业总产值力争达到600亿元" over "…,工业总产值力争达到600亿元": the body's figure
  // of no subject is the headline's subject's, when the headline names it with the same measure and value
  for (const c of candidates) {
    if (c.subject) continue;
    const said = headlineSays.find(
      (h) => h.subject && indicatorName(h) === indicatorName(c) && h.unit === c.unit && h.value === c.value,
    );
    if (said) c.subject = said.subject;
  }
  return { candidates, diagnostics, owner, add };
}

/** Context, kind and period for every candidate, in place: the refiners in their order. */
function refine(
  text: string,
  all: SentenceAtoms[],
  candidates: Candidate[],
  owner: Map<Candidate, SentenceAtoms>,
  meta: DocumentMeta,
): void {
  const bySentence = new Map<SentenceAtoms, Candidate[]>();
  for (const c of candidates) {
    const a = owner.get(c)!;
    const list = bySentence.get(a);
    if (list) list.push(c);
    else bySentence.set(a, [c]);
  }
  const moods = inheritContext(text, all, bySentence, meta);
  carrySeriesMeasure(text, all, bySentence);
  const titlePeriod = periodOf(meta.title);
  // a round-up keeps its kind from one sentence to the next ("…的目标是增长7%。“增长8%”的地市有甲、乙")
  let roundUpKind: Candidate["kind"] = null;
  // the kind each sentence's figures were found to be, for a breakdown that follows ("…增长6.2%。其中:第一产业…")
  const kindOfSentence = new Map<number, Candidate["kind"]>();
  // …and the period of each sentence's first figure, for the same
  const periodOfSentence = new Map<number, string | null | undefined>();
  for (const c of candidates) {
    classifyKind(owner.get(c)!, c, meta, moods.get(c));
    if (c.measureFromContext) {
      c.kind ??= roundUpKind;
      roundUpKind = c.kind ?? roundUpKind;
    }
    const s = c.sentence;
    const broken = brokenDown(all, s);
    if (!c.kind && broken) c.kind = kindOfSentence.get(broken.index) ?? null;
    if (c.kind && !kindOfSentence.has(s.index)) kindOfSentence.set(s.index, c.kind);
    // a whole year's result in a text of the first quarter, dated by nothing but the text ("初步核算,全年…"
    // published in March): the year just ended
    if (
      c.kind === "actual" &&
      c.year?.guessed &&
      meta.date !== null &&
      meta.year === c.year.year &&
      Number(meta.date.slice(5, 7)) <= 3 &&
      wholeYearAt(owner.get(c)!) < c.span[0]
    )
      c.year = { year: c.year.year - 1, stated: false };
    // "…在2021年前三季度新兴产业投资1065.1亿元。其中生物技术…投资增长90%": a breakdown is of the period of what it
    // breaks down, not of the passage's
    const breakdownOf = broken ? periodOfSentence.get(broken.index) : undefined;
    markPeriod(text, owner.get(c)!, c, titlePeriod, breakdownOf ?? moods.get(c)?.period ?? null);
    if (!periodOfSentence.has(s.index)) periodOfSentence.set(s.index, c.period);
    // "过去五年,…净增规上工业企业175户、总数达到665户" in a report of the first quarter: the years just ended — a
    // level is the last one's, a count of deeds is the sum over all of them
    const past = moods.get(c)?.past;
    // (a year the sentence does not state: the document's, or its title's, "北京市2024年政府工作报告")
    if (
      past &&
      c.kind === "actual" &&
      c.year &&
      !c.year.stated &&
      meta.date !== null &&
      meta.year === c.year.year &&
      Number(meta.date.slice(5, 7)) <= 3
    ) {
      c.year = { year: c.year.year - 1, stated: false };
      if (past > 1 && !c.period && countOfDeeds(text, c))
        c.period = `${c.year.year - past + 1}-${c.year.year}`;
    }
    // the value a change started from, in a passage looking back over years: the year before them ("五年来,…由A增至B"
    // in a review of 2021 → 2016)
    if (c.fromStart && past && past > 1 && c.year) {
      c.year = { year: c.year.year - past, stated: false };
      delete c.fromStart;
    }
    // …and in a passage looking back over years under a year of its own ("2025年工作回顾 … 过去5年,…"), a sum said
    // so (城镇新增就业累计超过6000万人) or a yearly average is over those years, not the last one's
    if (
      past &&
      past > 1 &&
      c.kind === "actual" &&
      c.year &&
      !c.year.stated &&
      !c.period &&
      (c.change?.startsWith("年均") ||
        SUMMED.test(text.slice(clauseAround(text, s, c.span[0])[0], c.span[0])) ||
        countOfDeeds(text, c))
    )
      c.period = `${c.year.year - past + 1}-${c.year.year}`;
    // "五年完成全社会固定资产投资201.3亿元": a clause that opens with a count of years sums over them, to the figure's
    // year (a level or a change is no sum: only an amount done)
    const summedYears = YEARS_SUMMED.exec(text.slice(clauseAround(text, s, c.span[0])[0], c.span[0]));
    const span = summedYears ? (readCount(summedYears[1]) ?? 0) : 0;
    if (span > 1 && c.kind === "actual" && c.year && !c.period && !c.change)
      c.period = `${c.year.year - span + 1}-${c.year.year}`;
    // "前四年全国单位GDP能耗累计下降15.6%": the first years of the five-year plan the sentence (or else the text) names,
    // to the last of them — not the year of the text
    const first =
      c.kind === "actual" && !c.year?.stated ? firstYearsOfPlan(text, s, c, meta.latestFiveYearPlan) : null;
    if (first) {
      c.year = { year: first.to, stated: false };
      c.period = `${first.from}-${first.to}`;
    }
    // a target names its own year; one whose year only the document's date suggests is a plan's target for the
    // end of its period, or of no known year
    // (but the whole year's goal, "全年目标2890亿元", is the year of the document's date)
    if (
      c.kind === "target" &&
      c.year?.guessed &&
      !YEARS_GOAL_SAID.test(text.slice(clauseAround(text, s, c.span[0])[0], c.span[0]))
    )
      c.year = meta.planEnd !== null ? { year: meta.planEnd, stated: false } : null;
  }
}

// the words that convert a figure into another currency: 折合, 约合, 按(2018年)平均汇率计算为
const CONVERTED =
  /(?:折合(?:人民币|美元)?约?|约合|按[^,，。;；]{0,12}汇率(?:计算|折算|换算)?(?:为|约为|是)?)$/;
// (read only where its words stand: most figures have none before them)
const convertedBefore = (before: string) =>
  (before.includes("合") || before.includes("汇率")) && CONVERTED.test(before);

// "地区生产总值增长6%、力争7%": a higher goal striven for, right after the goal's figure
const STRETCH_BEFORE = /^[、,，]\s*力争(?:达到|实现|增长)?$/;

/** Whether `q` is a stretch goal said right after another figure of its kind ("增长8%,力争10%"). */
function stretchGoal(text: string, atoms: SentenceAtoms, q: QuantityAtom): boolean {
  const before = atoms.quantities[atoms.quantities.indexOf(q) - 1];
  return (
    before !== undefined &&
    before.unit?.kind === q.unit?.kind &&
    STRETCH_BEFORE.test(text.slice(before.span[1], q.span[0]))
  );
}

// the words after a figure and its 的 that weigh how likely it is
const LIKELIHOOD = /^的(?:可能|概率|几率|把握)/;

const PAST_YEAR = /^(?:去年|上年|上一年|过去一年|前年)$/;
const YEARS_GOAL_SAID = new RegExp(YEARS_GOAL);
// a sum over the span a figure's clause says it covers: 累计, 共计, 合计
const SUMMED = /累计|共计|合计/;
// a clause opening with a count of years and a deed done over them: "五年完成…", "三年来累计引进…"
// the first years of a plan, opening a clause: 前两年, 前三年, 前四年
const FIRST_YEARS = /^(?:[^,，;；。]*?)前([两二三四])年/;
const PLAN_NAMED = /十([一二三四五六])五/;

/** The years "前N年" in a figure's clause covers, of the five-year plan its sentence or its text names. */
function firstYearsOfPlan(
  text: string,
  s: Candidate["sentence"],
  c: Candidate,
  latest: number | null,
): { from: number; to: number } | null {
  const m = FIRST_YEARS.exec(text.slice(clauseAround(text, s, c.span[0])[0], c.span[0]));
  if (!m) return null;
  const named = PLAN_NAMED.exec(s.text);
  const end = named ? PLAN_END[`十${named[1]}五`] : latest;
  if (end === undefined || end === null) return null;
  const from = end - 4;
  return { from, to: from + (readCount(m[1]) ?? 1) - 1 };
}

const YEARS_SUMMED =
  /^(?:近|过去)?(\d{1,2}|[一二两三四五六七八九十]+)年(?:来|间|中|内)?(?:累计|共计|合计|共)?(?:完成|实现|新增|引进|建成|投入|争取|落实)/;
// counts of what was done (新增企业120家): over several years, their sum
const DEEDS = new Set<string>([...COUNTED_DEEDS, "累计"]);
// …and so are counts of things a deed brought about, named by the deed (引进项目120个, 签约项目86个, 3个百亿级项目落地
// 生根) — not what there is (拥有高新技术企业500家, 总数达到…): a stock is the last year's
const DEED_OF_COUNT = new RegExp(`^(?:${alternation(DONE_DEEDS)})`);
const DEED_BEFORE = new RegExp(`(?:${alternation(DONE_DEEDS)})了?$`);
const STOCK = /有|在册|总数|总量|累计达|达到/;

/** A count of things done, over the years a passage looks back on: a deed's count, not a stock. */
function countOfDeeds(text: string, c: Candidate): boolean {
  if (DEEDS.has(c.indicator ?? "")) return true;
  if (c.rule !== "count" || c.indicator !== null || c.change) return false;
  const [cStart] = clauseAround(text, c.sentence, c.span[0]);
  const before = text.slice(cStart, c.span[0]);
  const name = c.subject?.name ?? "";
  // (the deed named in the thing, 引进项目, or right before it, 建成5G基站)
  const lead = name ? before.slice(0, before.lastIndexOf(name)) : "";
  return (DEED_OF_COUNT.test(name) || DEED_BEFORE.test(lead)) && !STOCK.test(before);
}
// a year written with placeholders: 20XX年, 20××年, XX年 (not a name's XX: XX市, XX开发区)
const MASKED_YEAR = /(?<![A-Za-zＡ-Ｚａ-ｚ])(?:(?:19|20)[XxＸｘ×*＊]{2}|[XxＸｘ×]{2,4})年/;

// where a sentence first speaks of a whole year's result (全年, 初步核算), read once per sentence
const wholeYearAt = perSentence((atoms) => {
  const m = /全年|初步核算/.exec(atoms.sentence.text);
  return m ? atoms.sentence.start + m.index : Infinity;
});

/**
 * Figures whose year the text gives only relative to its own date, as a year gone by (去年, 上年), in a document
 * whose date is unknown: a result without its year would read as a figure of no particular year, so they are
 * diagnostics. (今年's figures stay records of no year: the text's own year, which its reader knows.)
 */
function yearsUnknown(
  documentId: string,
  text: string,
  candidates: Candidate[],
  meta: DocumentMeta,
): Map<Candidate, Diagnostic> {
  const out = new Map<Candidate, Diagnostic>();
  if (meta.year !== null) return out;
  // a copy whose years are masked (a template, an anonymised report: "20XX年工作回顾") says of no figure which year
  // it is, 今年's included
  const masked = MASKED_YEAR.exec(text);
  for (const c of candidates) {
    if (c.year) continue;
    if (masked) {
      out.set(
        c,
        candidateDiagnostic("year_unknown", `${masked[0]}: the document's years are masked`, documentId, c),
      );
      continue;
    }
    const s = c.sentence;
    const before = s.text.slice(0, c.span[0] - s.start);
    const word = relativeYears(before).pop()?.word;
    if (!word || !PAST_YEAR.test(word)) continue;
    out.set(c, candidateDiagnostic("year_unknown", `${word}: the document has no known date`, documentId, c));
  }
  return out;
}

const ONE_MONTH_SAID = /当月|单月|本月/;

/** The sentence a breakdown (其中…) breaks down: the one before it on its line, or null. */
function brokenDown(all: SentenceAtoms[], s: Sentence): Sentence | null {
  return /^\s*其中/.test(s.text) && s.index > 0 && all[s.index - 1].sentence.line === s.line
    ? all[s.index - 1].sentence
    : null;
}

/** The values changes started from (由A增至B) whose year neither the text nor its passage says. */
function startsUndated(documentId: string, candidates: Candidate[]): Map<Candidate, Diagnostic> {
  const out = new Map<Candidate, Diagnostic>();
  for (const c of candidates)
    if (c.fromStart)
      out.set(
        c,
        candidateDiagnostic(
          "year_unknown",
          "the value a change started from, of no year said",
          documentId,
          c,
        ),
      );
  return out;
}

/** Figures of one month the text does not name (当月, 单月): no period a planner could read them against. */
function monthsUnnamed(
  documentId: string,
  text: string,
  candidates: Candidate[],
  all: SentenceAtoms[],
): Map<Candidate, Diagnostic> {
  const out = new Map<Candidate, Diagnostic>();
  // (most texts never say so: they are not read figure by figure)
  if (!ONE_MONTH_SAID.test(text)) return out;
  for (const c of candidates) {
    // (a breakdown, 其中…, is of the month the sentence it breaks down names)
    const word = unnamedMonth(text, c, brokenDown(all, c.sentence)?.start ?? c.sentence.start);
    if (word)
      out.set(
        c,
        candidateDiagnostic("year_unknown", `${word}: a month's figure, the month not named`, documentId, c),
      );
  }
  return out;
}

// a result's change against a named year: "比2019年同期增长3.5%", "较2020年下降2%"
const AVERAGE_OVER = /([两二三四五六七八九十\d]+)年(?:平均|年均)/;
const PLAN_BASE =
  /(?:比|较)[“"]?((?:十[一二三四五六七八九]?|[一二三四五六七八九])五)[”"]?(?:计划|规划)?(?:末|期末|时期|期间)/;
const NAMED_BASE = /(?:比|较|与)(\d{4})年(?:同期|末|底)?(?:相比)?[^,，;；。]{0,6}$/;

/**
 * A result's change against a year before the last ("2021年…比2019年同期增长3.5%") is no year-on-year growth: read as
 * one it would stand beside the year's own rate. (A target's change against its plan's base year, 比2020年下降13.5%,
 * is the plan's measure and stays.)
 */
function olderBases(documentId: string, text: string, candidates: Candidate[]): Map<Candidate, Diagnostic> {
  const out = new Map<Candidate, Diagnostic>();
  for (const c of candidates) {
    if (c.kind !== "actual" || !c.change) continue;
    const [from] = clauseAround(text, c.sentence, c.span[0]);
    // "两年平均增长5.4%": a result's average over years, no year's own growth
    const span = AVERAGE_OVER.exec(text.slice(from, c.span[1]));
    if (c.change.startsWith("年均") && span) {
      out.set(
        c,
        candidateDiagnostic("non_fact", `an average over ${span[1]}年, not the year's growth`, documentId, c),
      );
      continue;
    }
    if (c.change.startsWith("年均")) continue;
    // (the end of a five-year plan, "比“九五”末增长了68.1%", is a base of years gone by)
    // (read up to the figure's end: a growth's span may hold its base, "比“十二五”末增长了45%")
    const plan = PLAN_BASE.exec(text.slice(from, c.span[1]));
    if (plan) {
      out.set(
        c,
        candidateDiagnostic(
          "non_fact",
          `a change against ${plan[1]}, not against the year before`,
          documentId,
          c,
        ),
      );
      continue;
    }
    const base = NAMED_BASE.exec(text.slice(from, c.span[0]));
    // (nor is a base no earlier than the figure's own year, or any base of a figure whose year is unknown: it cannot be
    // told from a change against the year before)
    if (!base || (c.year && Number(base[1]) === c.year.year - 1)) continue;
    const message = `a change against ${base[1]}, not against the year before`;
    out.set(c, candidateDiagnostic("non_fact", message, documentId, c));
  }
  return out;
}

// a company speaking of itself: a prospectus (公司已拥有…专利48项), an annual report (本集团实现营业收入…)
const COMPANY_TOPIC = /^(?:本|该)?(?:公司|集团|发行人)(?!总部)/;

/** Figures of a clause whose topic is a company: they are the company's, not the region's. */
function companyFigures(
  documentId: string,
  text: string,
  candidates: Candidate[],
): Map<Candidate, Diagnostic> {
  const out = new Map<Candidate, Diagnostic>();
  for (const c of candidates) {
    let [from] = clauseAround(text, c.sentence, c.span[0]);
    // a clause of a change alone goes on about the clause before's topic: "公司预计净利润8.5亿元,同比增长16%"
    for (
      let k = 0;
      k < 3 && CHANGE_ALONE.test(text.slice(from, c.span[1]).replace(/^[\s,，;；:：]+/, ""));
      k++
    ) {
      if (from <= c.sentence.start + 1) break;
      [from] = clauseAround(text, c.sentence, from - 2);
    }
    if (!COMPANY_TOPIC.test(text.slice(from, c.span[0]).replace(/^[\s,，;；:：]+/, ""))) continue;
    out.set(c, candidateDiagnostic("non_fact", "a company's own figure, not the region's", documentId, c));
  }
  return out;
}

const CHANGE_ALONE = new RegExp(`^(?:${YEAR_ON_YEAR}|${RISE_VERBS}|${FALL_VERBS})`);

/** Records of the merged candidates, with the rule of each; those the contract's rules refuse as diagnostics. */
function toRecords(documentId: string, merged: Candidate[]) {
  const records: PolicyRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const trace = new Map<string, string>();
  const ids = new Set<string>();
  for (const c of merged) {
    const r = resolve(c, documentId);
    if ("diagnostic" in r) {
      diagnostics.push(r.diagnostic);
      continue;
    }
    // one figure of one sentence may be several records (甲、乙的目标是增长7%; 到2025年…,到2030年… of one
    // measure): the id keeps its old form for the first and names region and year for the others
    const record = ids.has(r.record.id) ? { ...r.record, id: distinctId(r.record) } : r.record;
    if (ids.has(record.id)) continue; // the very same record twice
    ids.add(record.id);
    records.push(record);
    trace.set(record.id, c.rule);
  }
  return { records, trace, diagnostics };
}

function diagnostic(
  code: Diagnostic["code"],
  message: string,
  documentId: string,
  q: QuantityAtom,
  atoms: SentenceAtoms,
): Diagnostic {
  return {
    code,
    message: `${message}: ${q.text}`,
    documentId,
    span: q.span,
    quote: quoteOf({ sentence: atoms.sentence, span: q.span }),
  };
}

/**
 * Headlines: the title line at the top of a text that has a body, a front matter's `title:`, a repost's
 * 原标题. Their figures are the body's, said without context. Lines are numbered as `segment` numbers them.
 */
function headlineOf(text: string, title: string): (s: Sentence) => boolean {
  const lines = new Set<number>();
  // the title's line among the first lines (a breadcrumb or a site's name may stand above it); a headline is
  // short and ends no sentence, and a first line that is a paragraph is the body itself
  let lineNo = 0;
  for (let pos = 0, seen = 0; title.length > 0 && pos < text.length && seen < 10; lineNo++) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).trim();
    if (line) {
      seen++;
      if (line.length <= 48 && !/[。!?！？]/.test(line) && line.includes(title)) {
        if (text.length - end > 40) lines.add(lineNo);
        break;
      }
    }
    pos = end + 1;
  }
  if (text.includes("title:") || text.includes("原标题"))
    for (const m of text.matchAll(/^(?:title:|原标题[:：])/gm)) lines.add(countNewlines(text, 0, m.index));
  return (s) => lines.has(s.line);
}

// a paragraph's lead is a short sentence: "电力消费同比增长18.3%。"
const LEAD_MAX = 24;
// the words between a lead's measure and its figure
const CHANGE_AT_END = new RegExp(
  `(?:同比|${BASE_PHRASE})?(?:${RISE_VERBS}|${FALL_VERBS}|${OPEN_PREDICATES}|为|达)?$`,
);

/**
 * The figures of sentence `k` that its paragraph states again: a paragraph's short lead ("电力消费同比增长18.3%。
 * 1-4月,全市规模以上工业电力消费…同比增长18.3%") or a sub-heading over a paragraph says a figure without the
 * paragraph's context (whose measure, which period), so it is no fact of its own. The same figure is the same value
 * in the same unit in a sentence of the paragraph that names the lead's measure too.
 */
function restatedBelow(all: SentenceAtoms[], k: number): Set<QuantityAtom> {
  const restated = new Set<QuantityAtom>();
  const { sentence, quantities } = all[k];
  const next = all[k + 1]?.sentence;
  if (quantities.length === 0 || !next || sentence.listMarker) return restated;
  if (k > 0 && all[k - 1].sentence.line === sentence.line) return restated;
  // a sub-heading (a line of no clauses) heads the next line; a lead's paragraph is the rest of its own line
  const subHeading = sentence.heading && !/[,，;；:：]/.test(sentence.text);
  const line = subHeading ? next.line : sentence.line;
  if (!subHeading && (next.line !== line || sentence.end - sentence.start > LEAD_MAX)) return restated;
  let from = sentence.start;
  for (const q of quantities) {
    const measure = sentence.text
      .slice(from - sentence.start, q.span[0] - sentence.start)
      .replace(CHANGE_AT_END, "");
    from = q.span[1];
    if (!/^[\u4e00-\u9fffA-Za-z]{2,}$/.test(measure)) continue;
    for (let j = k + 1; j < all.length && all[j].sentence.line === line && !restated.has(q); j++)
      if (
        all[j].sentence.text.includes(measure) &&
        all[j].quantities.some((x) => x.value === q.value && x.unit !== null && x.unit === q.unit)
      )
        restated.add(q);
  }
  return restated;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
