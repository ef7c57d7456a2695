// Tables: statistics pages publish their headline figures as tables. The HTML pass keeps each row on one
// line with its cells separated by tabs; a table whose header names its columns is read row by row:
//
//   指标            单位   1-6月    同比增长(%)
//   地区生产总值    亿元   7496.7   5.6
//
// gives 地区生产总值(1-6月) 7496.7 亿元 and 地区生产总值增速(1-6月) 5.6 %. A row is read only when its label is a
// known measure (with at most a short noun phrase before it), a cell only when it is a plain number and its
// unit is known; everything else is left out.
import type { Diagnostic } from "../model/schema";
import { matchIndicatorAt } from "../lexicon/indicators";
import { isSector } from "../lexicon/subjects";
import type { UnitDef } from "../lexicon/units";
import { unitNamed } from "./atoms/quantity";
import { perOutputNamed } from "./phrases";
import { COMPARATOR_SIGNS, PREFIX_COMPARATORS, SUFFIX_COMPARATORS } from "../lexicon/comparators";
import { FALL_VERBS, MEASURE_MODIFIER, SHARE_OF } from "../lexicon/predicates";
import { alternation, NEW_THINGS_DEEDS } from "../lexicon/verbs";
import { periodOf } from "./refiners/period";
import { nounPhrase, perCapita, shareBaseNamed } from "./rules/helpers";
import type { Comparator, RecordKind } from "../model/schema";
import { changeOf, type Candidate, type Change, type SentenceAtoms } from "./types";

interface Cell {
  text: string;
  start: number;
  end: number;
}

type Column =
  | { role: "label" | "unit" | "other" | "progress" }
  | {
      role: "value";
      unit: UnitDef | null;
      /** "“十五五”累计": a sum over the years the table's columns span, of no year of its own. */
      summed?: boolean;
      year: number | null;
      period: string | null;
      kind: RecordKind | null;
    }
  | {
      role: "growth";
      points: boolean;
      /** 年均增长: the yearly average over the years the table's columns span. */
      average: boolean;
      year: number | null;
      period: string | null;
      kind: RecordKind | null;
    };

export interface TableResult {
  candidates: Candidate[];
  diagnostics: Diagnostic[];
  /** Sentences that are table rows: the sentence rules leave them alone. */
  rows: Set<SentenceAtoms>;
}

// a row named by its change: "地区生产总值增长", "单位GDP能耗降低"
const RISE_ROW = /(?:增长|增速|增幅)$/;
const FALL_ROW = new RegExp(`(?:${FALL_VERBS}|降幅)$`);
const NUMBER = /^\d+(?:,\d{3})*(?:\.\d+)?$/;
// a plan's cell of a bound rather than a value: "≥3.5", "<5", "不低于8", "5%左右", "8以上" (the % only where the column
// is of changes or percentages); the words are the comparators' own
const CELL_PREFIXES = [...COMPARATOR_SIGNS, ...PREFIX_COMPARATORS];
const BOUND_CELL = new RegExp(
  `^(${alternation(CELL_PREFIXES.map((c) => c.word))})?\\s*(\\d+(?:\\.\\d+)?)\\s*([%％])?\\s*(${alternation(SUFFIX_COMPARATORS.map((c) => c.word))})?$`,
);
const comparatorOf = (words: readonly { word: string; comparator: Comparator }[], word: string | undefined) =>
  words.find((c) => c.word === word)?.comparator;
const SUMMED_CELL = /^[[【［](\d+(?:\.\d+)?)[\]】］]$/;
const UNIT_IN_BRACKETS = /[(（]([^)）]{1,6})[)）]\s*$/;
const TARGET_WORDS = /目标|计划|预期|预计/;
const ESTIMATED_RESULT = /预计(?:完成|实现|执行)/;
const ACTUAL_WORDS = /完成|实际|实绩|累计|绝对值|总量|本期|本月|本年|数值|金额/;
const REPORT_CAPTION = /统计|指标|运行|完成情况|执行情况|公报|月报|季报|数据/;
// a plan's own table, not one of its execution: "规划纲要", "“十五五”时期…主要指标", "行动方案"
const PLAN_TABLE =
  /^(?![\s\S]*(?:执行情况|完成情况))[\s\S]*(?:规划|纲要|行动方案|实施方案|十[一二三四五六]五[”"]?时期)/;

function cellsOf(text: string, start: number, end: number): Cell[] {
  const out: Cell[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === "\t") {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      out.push({ text: text.slice(a, b), start: a, end: b });
      s = i + 1;
    }
  }
  return out;
}

/** A unit written on its own ("亿元", "%", "万人", "万元/亩"), or null. */
const unitOf = unitNamed;

function yearOf(s: string): number | null {
  // (a year alone heads a column too: "项目 | 2000 | 2005 | 2010")
  const m = /(\d{4})年/.exec(s) ?? /^(\d{4})$/.exec(s);
  const y = m ? Number(m[1]) : null;
  return y !== null && y > 1949 && y <= 2100 ? y : null;
}

/**
 * What a header or caption says its figures are. A result estimated is a result ("2025年预计完成"), and so is an
 * estimate for a year gone by ("2025年预计" in a text of 2026); a year after the text's own can only be aimed at
 * ("2025年 | 2030年" in a plan of 2026).
 */
function kindOf(s: string, year: number | null = null, docYear: number | null = null): RecordKind | null {
  if (ESTIMATED_RESULT.test(s)) return "actual";
  const past = year !== null && docYear !== null && year < docYear;
  if (past && /预计/.test(s) && !/目标|计划|预期/.test(s)) return "actual";
  if (TARGET_WORDS.test(s)) return "target";
  if (ACTUAL_WORDS.test(s)) return "actual";
  return year !== null && docYear !== null && year > docYear ? "target" : null;
}

// a column of progress against a plan or a target: 完成率(%), 完成进度, 占年计划(%), 完成年度目标(%)
const PROGRESS_HEAD =
  /完成率|进度|占(?:年度?|全年)?(?:计划|目标)|完成(?:年度?|全年)?(?:计划|目标)(?:的)?(?:比例|[(（]|$)/;

// columns that hold no figure of the table's: numbers and notes (序号, 备注, 属性), a rank whatever it ranks
// ("增速全市排名", "总量位次"), the same period of the year before ("上年同期": a change's base, of a year unnamed)
const NO_FIGURE_HEAD =
  /^(?:序号|备注|说明|属性|指标属性)|排名|位次|排位|名次|^(?:上年|去年)(?:同期|同月|末)?(?:数|值)?(?:[(（][^)）]*[)）])?$/;

// the head of the label column
const LABEL_HEAD = /^(?:指标|项目|指标名称|名称|类别)$/;
// …and of one that names the measures, where a column of their groups may stand before it ("类别 | 指标 | …")
const MEASURE_HEAD = /^(?:指标|指标名称|项目|名称)$/;

function columnOf(h: string, index: number, labelAt: number, docYear: number | null): Column {
  if (index === labelAt) return { role: "label" };
  if (index < labelAt || LABEL_HEAD.test(h)) return { role: "other" };
  if (/^(?:计量)?单位$/.test(h)) return { role: "unit" };
  if (NO_FIGURE_HEAD.test(h)) return { role: "other" };
  // progress against the plan ("完成率(%)", "占年计划(%)", "完成进度"): no level of the measure, whatever its unit
  if (PROGRESS_HEAD.test(h)) return { role: "progress" };
  const year = yearOf(h);
  const common = { year, period: periodOf(h), kind: kindOf(h, year, docYear) };
  if (/增长|增速|增幅|比上年|同比|±|增减/.test(h))
    return { role: "growth", points: /百分点/.test(h), average: /年均/.test(h), ...common };
  const u = UNIT_IN_BRACKETS.exec(h);
  const summed = year === null && /累计|合计/.test(h);
  return { role: "value", unit: u ? unitOf(u[1]) : null, ...(summed ? { summed } : {}), ...common };
}

/**
 * The measure a row label names: a share (研发经费支出占地区生产总值比重), a known indicator ending the label after at
 * most a short noun phrase, else — the header having said what the columns are — the label itself, a plain noun
 * phrase, in the row's unit: a count of things (高新技术企业数, in 家) or a measure of its own (亩均税收, in 万元).
 */
function measureOf(
  label: string,
  unit: UnitDef | null,
  change = false,
): { indicator: string | null; money: boolean; subject: string | null } | null {
  const share = SHARE_OF.exec(label);
  if (share && nounPhrase(share[1], 0, share[1].length))
    return {
      indicator: `占${shareBaseNamed(share[2])}比重`,
      money: false,
      subject: share[1],
    };
  for (let k = 0; k < label.length; k++) {
    const m = matchIndicatorAt(label, k);
    if (!m || k + m.length !== label.length) continue;
    if (k === 0) return { indicator: m.name, money: m.money, subject: null };
    // 亩均税收, 人均可支配收入: a modifier makes a measure of its own
    if (MEASURE_MODIFIER.test(label.slice(0, k)) && k <= 3)
      return { indicator: label.slice(0, k) + m.name, money: m.money, subject: null };
    const subject = nounPhrase(label, 0, k);
    return subject ? { indicator: m.name, money: m.money, subject } : null;
  }
  // a row of new things counted: "新增市场主体" in 户 counts 市场主体, its indicator the deed
  const deed = NEW_DEED_ROW.exec(label);
  if (deed && unit?.kind === "count" && nounPhrase(deed[2], 0, deed[2].length) === deed[2])
    return { indicator: deed[1], money: false, subject: deed[2] };
  if (nounPhrase(label, 0, label.length) !== label || label.length < 3) return null;
  // a sector alone (第一产业, 建筑业) names no measure: its row is a part of the table's (its value added, in a
  // table of the gross product; its output, in one of output)
  if (isSector(label)) return null;
  // nor does a structure or an index of no known name (总产出构成(%), 总产出指数(上年=100)): shares summing to 100,
  // and values against a base year
  if (/(?:构成|结构|指数)$/.test(label)) return null;
  // a change's row names its measure whole: "单位地区生产总值能耗(降低)"
  if (change) return { indicator: label, money: false, subject: null };
  if (!unit) return null;
  if (unit.kind === "count") {
    const thing = label.replace(/(?:总数|个数|数量|数)$/, "");
    return thing.length >= 2 ? { indicator: null, money: false, subject: thing } : null;
  }
  return { indicator: label, money: unit.kind === "money", subject: null };
}

// a row of new things counted: "新增市场主体", "新建5G基站", "新认定高新技术企业"
const NEW_DEED_ROW = new RegExp(`^(${alternation(NEW_THINGS_DEEDS, ["新建"])})(.+)$`);

/** A money measure takes money or money per something (亩均税收 in 万元/亩); any other takes no money. */
function fits(money: boolean, unit: UnitDef): boolean {
  const moneyRate = unit.to.startsWith("元/") && unit.to !== "元/人";
  return money ? unit.kind === "money" || moneyRate : unit.kind !== "money";
}

/** Read every table with a header row in the document. */
export function readTables(
  documentId: string,
  text: string,
  all: SentenceAtoms[],
  title: string,
  docYear: number | null = null,
): TableResult {
  const result: TableResult = { candidates: [], diagnostics: [], rows: new Set() };
  const isRow = (a: SentenceAtoms) => a.sentence.text.includes("\t");
  // a label alone between rows heads a group of them ("按产业分"): the table goes on under it
  const isGroupLabel = (a: SentenceAtoms) =>
    a.quantities.length === 0 && a.sentence.text.trim().length <= 16 && !/[。;；,，]/.test(a.sentence.text);
  for (let i = 0; i < all.length;) {
    if (!isRow(all[i])) {
      i++;
      continue;
    }
    let j = i;
    while (
      j < all.length &&
      (isRow(all[j]) || (isGroupLabel(all[j]) && j + 1 < all.length && isRow(all[j + 1])))
    )
      j++;
    readTable(
      documentId,
      text,
      all.slice(i, j),
      i > 0 ? all[i - 1].sentence.text : "",
      { title, docYear },
      result,
    );
    i = j;
  }
  return result;
}

function readTable(
  documentId: string,
  text: string,
  rows: SentenceAtoms[],
  caption: string,
  { title, docYear }: { title: string; docYear: number | null },
  out: TableResult,
): void {
  rows.forEach((r) => out.rows.add(r));
  const cellsOfRow = (r: SentenceAtoms) => cellsOf(text, r.sentence.start, r.sentence.end);
  // rows of a caption above the header, one cell of words and the rest empty ("2-3 总产出", "单位:亿元"): the
  // table's name and its unit
  let tableUnit: UnitDef | null = null;
  while (rows.length > 2) {
    const cells = cellsOfRow(rows[0]);
    if (cells.length < 2 || cells.slice(1).some((c) => c.text) || NUMBER.test(cells[0].text)) break;
    const unit = /^单位[:：]\s*(\S{1,8})$/.exec(cells[0].text);
    if (unit) tableUnit = unitOf(unit[1]);
    else caption = `${caption} ${cells[0].text}`;
    rows = rows.slice(1);
  }
  let header = cellsOfRow(rows[0]);
  // a header of years alone over the figures ("项目 | 2000 | 2005 | 2010"): its years are no figures
  const yearsHeader =
    (header[0]?.text === "" || LABEL_HEAD.test(header[0]?.text ?? "")) &&
    header.slice(1).every((c) => c.text === "" || /^\d{4}$/.test(c.text)) &&
    header.slice(1).some((c) => yearOf(c.text) !== null);
  if (
    header.length < 2 ||
    (!yearsHeader && header.slice(1).some((c) => NUMBER.test(c.text.replace(/^-/, ""))))
  ) {
    // no header names the columns: each row's figures are left out, and said to be
    for (const row of rows) {
      const cells = cellsOfRow(row);
      if (cells.some((c, k) => k > 0 && NUMBER.test(c.text.replace(/^-/, ""))))
        out.diagnostics.push({
          code: "measure_missing",
          message: "table row under no header that names its columns",
          documentId,
          span: [cells[0].start, cells[cells.length - 1].end],
          quote: row.sentence.text.trim(),
        });
    }
    return;
  }
  let body = rows.slice(1);
  // a header of two rows, its cells merged over the row below: "指标 | 单位 | 2023年" over "目标 | 完成" heads
  // the columns 指标, 单位, 2023年目标, 2023年完成
  const second = rows.length > 2 ? cellsOfRow(rows[1]) : [];
  const width = Math.max(0, ...rows.slice(2).map((r) => cellsOfRow(r).length));
  const fixed = width - second.length;
  const spanning = header.length - fixed;
  if (
    second.length > 0 &&
    !second.some((c) => NUMBER.test(c.text)) &&
    header.length < width &&
    fixed >= 1 &&
    spanning >= 1 &&
    second.length % spanning === 0
  ) {
    const per = second.length / spanning;
    header = [
      ...header.slice(0, fixed),
      ...second.map((c, j) => ({ ...c, text: header[fixed + Math.floor(j / per)].text + c.text })),
    ];
    body = rows.slice(2);
  }
  // a header whose corner cell is empty ("\t总量(亿元)\t比上年增长(%)" over "地区生产总值\t…\t…") lost it with the line's
  // leading space: its cells head the columns after the labels
  const first = rows.length > 1 ? cellsOfRow(rows[1]) : [];
  if (
    body.length === rows.length - 1 &&
    header.length + 1 === first.length &&
    first.slice(1).some((c) => NUMBER.test(c.text)) &&
    !LABEL_HEAD.test(header[0].text)
  )
    header = [{ text: "", start: header[0].start, end: header[0].start }, ...header];
  // the label is the column that names the measures, after any that groups them; else the first
  const measureAt = header.findIndex((h) => MEASURE_HEAD.test(h.text));
  const labelAt = measureAt > 0 ? measureAt : 0;
  const columns = header.map((h, k) => columnOf(h.text, k, labelAt, docYear));
  // a change column that names no period compares the one period the results' columns name: "1-6月完成 | 同比增长(%)"
  const resultPeriods = new Set(
    columns.flatMap((c) => (c.role === "value" && c.kind !== "target" && c.period ? [c.period] : [])),
  );
  if (resultPeriods.size === 1)
    for (const c of columns)
      if (c.role === "growth" && !c.period && c.year === null) c.period = [...resultPeriods][0];
  const context = `${caption} ${title}`;
  // (a plan's table of its main indicators, "“十五五”时期主要指标", reports nothing: its columns say what they are)
  const tableKind =
    kindOf(caption) ?? (REPORT_CAPTION.test(context) && !PLAN_TABLE.test(context) ? "actual" : null);
  const tablePeriod = periodOf(caption) ?? periodOf(title);
  const unitColumn = columns.findIndex((c) => c.role === "unit");
  // the years a sum over the table's span covers ("2025年 | 2030年 | “十五五”累计": 2026-2030)
  const columnYears = columns.flatMap((c) => (c.role === "value" && c.year !== null ? [c.year] : []));
  const yearsSummed =
    columnYears.length >= 2 ? `${Math.min(...columnYears) + 1}-${Math.max(...columnYears)}` : null;
  // the value column of the latest year, for a column of yearly averages ("2025年 | 2030年 | 年均增长")
  const lastYearColumn = columns
    .filter((c) => c.role === "value" && c.year !== null)
    .reduce<Column | undefined>(
      (a, c) => (a?.role === "value" && c.role === "value" && (a.year ?? 0) >= (c.year ?? 0) ? a : c),
      undefined,
    );

  let ofProduct = false;
  for (const row of body) {
    let cells = cellsOfRow(row);
    // a row under a group's label merged down from the row above ("类别 | 指标 | …" over "经济发展 | 地区生产总值…"
    // then "人均地区生产总值 | …"): its cells from the measure's on, the group's left empty
    if (labelAt === 1 && cells.length === header.length - 1 && !NUMBER.test(cells[0].text))
      cells = [{ text: "", start: cells[0].start, end: cells[0].start }, ...cells];
    // merged or missing cells: the columns cannot be trusted, and the row's figures are said to be left out
    if (cells.length !== header.length) {
      // (a group's label alone, "按产业分", holds no figure)
      if (cells.some((c, k) => k > 0 && NUMBER.test(c.text)))
        out.diagnostics.push({
          code: "measure_missing",
          message: `table row: ${cells.length} cells under a header of ${header.length}`,
          documentId,
          span: [cells[0].start, cells[cells.length - 1].end],
          quote: row.sentence.text.trim(),
        });
      continue;
    }
    let label = cells[labelAt].text.replace(/^(?:其中[:：]?|#|[—-]+|\s)+/, "");
    const labelUnit = UNIT_IN_BRACKETS.exec(label);
    if (labelUnit) label = label.slice(0, labelUnit.index).trim();
    // "一般公共预算收入增长(%)": a row of growth rates
    // a row of a change: "地区生产总值增长" in %, or a fall, "单位GDP能耗降低" (its figure the size of the fall)
    const fallRow = FALL_ROW.test(label);
    const growthRow = fallRow || RISE_ROW.test(label);
    if (growthRow) label = perOutputNamed(label.replace(fallRow ? FALL_ROW : RISE_ROW, ""));
    const rowUnit =
      (unitColumn >= 0 ? unitOf(cells[unitColumn].text) : null) ??
      (labelUnit ? unitOf(labelUnit[1]) : null) ??
      (labelUnit ? null : tableUnit);
    // in a table of the gross product, a row of a sector (第一产业, 工业, 金融业) is that sector's value added
    const measure =
      measureOf(label, growthRow ? null : rowUnit, growthRow) ??
      (ofProduct && isSector(label) ? { indicator: "增加值", money: true, subject: label } : null);
    if (measure?.indicator === "地区生产总值" && !measure.subject) ofProduct = true;
    // a row of another kind ends the product's section ("增加值指数(上年=100)", "增加值构成(%)"): the sectors under
    // it are its indices or shares
    else if (!measure && !isSector(label)) ofProduct = false;
    if (!measure) {
      if (cells.some((c, k) => k > 0 && NUMBER.test(c.text)))
        out.diagnostics.push({
          code: "measure_missing",
          message: `table row: ${label} is no known measure`,
          documentId,
          span: [cells[labelAt].start, cells[labelAt].end],
          quote: row.sentence.text.trim(),
        });
      continue;
    }
    // a figure of the row whose unit cannot be told is said to be left out
    const unitLeftOut = (cell: Cell, why: string) =>
      void out.diagnostics.push({
        code: "unit_unknown",
        message: `table cell ${cell.text}: ${why}`,
        documentId,
        span: [cell.start, cell.end],
        quote: row.sentence.text.trim(),
      });
    columns.forEach((col, k) => {
      // (progress against the plan is said to be left out: the planner compares the actual with the target)
      if (col.role === "progress" && NUMBER.test(cells[k].text))
        return void out.diagnostics.push({
          code: "measure_missing",
          message: `table cell ${cells[k].text}: progress against a plan (完成率), no level of the measure`,
          documentId,
          span: [cells[k].start, cells[k].end],
          quote: row.sentence.text.trim(),
        });
      if (col.role !== "value" && col.role !== "growth") return;
      const cell = cells[k];
      // a sum over the plan's years, in a column of sums ("“十五五”累计 | [6]") or in brackets under 年均增长 ("[0.5]",
      // no yearly change): of a rate (城镇化率 [4]) its rise in points, of a fall or rise (能耗降低 [14]) a change in
      // %, of new things (新增城镇就业, in a column of sums) a number; of a level or an amount nothing
      const summedColumn = col.role === "value" && col.summed === true;
      const planSum = summedColumn || (col.role === "growth" && SUMMED_CELL.test(cell.text));
      const flowRow = summedColumn && (NEW_DEED_ROW.test(label) || /^累计/.test(label));
      const rateSum =
        planSum &&
        !growthRow &&
        !flowRow &&
        ((col.role === "value" ? col.unit : null) ?? rowUnit)?.kind === "percent";
      if (planSum && !growthRow && !flowRow && !rateSum)
        return unitLeftOut(cell, "a sum over the plan's years of a level or an amount");
      const isChange = growthRow || col.role === "growth" || rateSum;
      // a change may be a fall (-1.4, −1.4); a level never is negative
      const negative = isChange && /^[-−－]/.test(cell.text);
      const fall = negative !== (fallRow && col.role === "value");
      let digits = negative ? cell.text.slice(1) : cell.text;
      let comparator: Comparator = "eq";
      let percentSign = false;
      // empty, "—" or a note; or a bound a plan sets, "<5", "5%左右" (no bare "5%" of a column of levels); or a
      // change over the plan's years in brackets, "[14]", as plans' tables write them (a level in brackets is none)
      const summed = isChange || summedColumn ? SUMMED_CELL.exec(digits) : null;
      if (summed) digits = summed[1];
      else if (!NUMBER.test(digits)) {
        const bound = negative ? null : BOUND_CELL.exec(digits);
        if (!bound || (!bound[1] && !bound[4] && !(bound[3] && isChange))) return;
        digits = bound[2];
        comparator =
          comparatorOf(CELL_PREFIXES, bound[1]) ?? comparatorOf(SUFFIX_COMPARATORS, bound[4]) ?? "eq";
        percentSign = bound[3] !== undefined;
      }
      const value = Number(digits.replace(/,/g, ""));
      let unit: { unit: string; scale: number };
      let change: Change | null = null;
      if (rateSum) {
        unit = { unit: "百分点", scale: 1 };
        change = changeOf(fall, true);
      } else if (growthRow && col.role === "value") {
        const u = col.unit ?? rowUnit;
        if (u && u.kind !== "percent") return unitLeftOut(cell, `a change in ${u.surface}`);
        unit = { unit: "%", scale: 1 };
        change = changeOf(fall);
      } else if (col.role === "growth") {
        if (percentSign && col.points) return unitLeftOut(cell, "a % in a column of points");
        // (a rate's change under a column in %, "城镇调查失业率 | % | 4.8 | -0.2": points or percent, the table does
        // not say)
        if (!col.points && !growthRow && rowUnit?.kind === "percent")
          return unitLeftOut(cell, "a rate's change in a column of %: points or percent, unsaid");
        unit = { unit: col.points ? "百分点" : "%", scale: 1 };
        change = changeOf(fall, col.points, col.average && !planSum);
      } else {
        const u = col.unit ?? rowUnit;
        if (!u) return unitLeftOut(cell, "no unit in the row or the column");
        if (percentSign && u.kind !== "percent") return unitLeftOut(cell, `a % in a row of ${u.surface}`);
        if (!fits(measure.money, u)) return unitLeftOut(cell, `${u.surface} does not fit the row's measure`);
        // (money per person stays in 元: 人均可支配收入 24110 元, not 0.0002411 亿元)
        const written = { unit: u.to, scale: u.scale };
        unit = perCapita(measure.indicator ?? "", written) ?? written;
      }
      // (a sum is over the years after the first year's column up to the last's: 2026-2030 of "2025年 | 2030年")
      const period = col.period ?? (summedColumn ? yearsSummed : null) ?? tablePeriod;
      // a yearly average over the years the table spans is of its last year's column, and of its kind
      // (and so is a sum over them)
      const spanEnd =
        ((col.role === "growth" && col.average) || summedColumn) && col.year === null
          ? lastYearColumn
          : undefined;
      out.candidates.push({
        rule: "table",
        sentence: row.sentence,
        span: [cell.start, cell.end],
        value: Number((value * unit.scale).toPrecision(12)),
        valueMax: null,
        unit: unit.unit,
        comparator,
        direction: isChange ? (fall ? "fall" : "rise") : null,
        subject: measure.subject ? { name: measure.subject, stated: true } : null,
        indicator: measure.indicator,
        change,
        period: period ?? null,
        region: null,
        year:
          col.year !== null
            ? { year: col.year, stated: true }
            : spanEnd?.role === "value" && spanEnd.year !== null
              ? { year: spanEnd.year, stated: true }
              : null,
        kind:
          (summedColumn ? null : col.kind) ??
          (spanEnd?.role === "value" ? spanEnd.kind : null) ??
          col.kind ??
          tableKind,
      });
    });
  }
}
