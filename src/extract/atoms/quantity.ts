// Quantities: 4191.83亿元, 突破5000亿, 3万个, 1~2家, 2—4场次, 8%—8.5%, 一到两个, 近8000万元, 15%以上, 1500余项.
import { PREFIX_COMPARATORS, SUFFIX_COMPARATORS } from "../../lexicon/comparators";
import { matchUnitAt, unitMayStartAt, UNITS, type UnitDef } from "../../lexicon/units";
import { GOAL_WORD } from "../../lexicon/predicates";
import { NEW_THINGS_DEEDS } from "../../lexicon/verbs";
import type { QuantityAtom } from "../types";
import { CHINESE_NUMERAL_CHARS, DIGIT, parseChineseNumeral, readNumber, type NumberToken } from "./numeral";

// "增长12%的预期目标": the figure is the goal itself, not a description of something else
// "200亿元目标", "5%的预期目标": the figure is the goal's value, not a description of something
export const GOAL_AFTER = new RegExp(`^的?${GOAL_WORD}`);
const PERCENT_UNIT = UNITS.find((u) => u.surface === "%")!;
const RANGE_SEP = /^(?:~|～|-|—|–|－|至|到)/;
// 1: an Arabic digit, 2: a Chinese numeral
const NUMERAL = new Uint8Array(0x10000);
for (const c of "0123456789") NUMERAL[c.charCodeAt(0)] = 1;
for (const c of CHINESE_NUMERAL_CHARS) NUMERAL[c.charCodeAt(0)] = 2;
// what may follow a number that is part of a quantity: a range separator, 余/多, or (checked apart) a unit
const AFTER_NUMBER = new Uint8Array(0x10000);
for (const c of "~～-—–－至到余多") AFTER_NUMBER[c.charCodeAt(0)] = 1;
const DIGIT_OR_POINT = /[0-9.]/;

/**
 * A run of Chinese numerals that cannot start a quantity (一批, 进一步, 统一): nothing after it could make
 * it one. Returns the run's end, or -1 when the run needs reading.
 */
function idleChineseRun(text: string, pos: number, to: number): number {
  let e = pos;
  while (e < to && NUMERAL[text.charCodeAt(e)] === 2) e++;
  // "每千人口医师数", "每百户", "每万元": the base a rate is reckoned per, no figure
  if (pos > 0 && text.charCodeAt(pos - 1) === MEI) return e;
  if (text.charCodeAt(e - 1) === YI) return -1; // a bare 亿 may stand for 亿元
  // "五点六七兆元": whole and decimals of an amount in words
  // (Taiwan's papers write the point as a full stop: "七．三七％")
  if ((text.charCodeAt(e) === DIAN || text.charCodeAt(e) === POINT) && NUMERAL[text.charCodeAt(e + 1)] === 2)
    return -1;
  if (AFTER_NUMBER[text.charCodeAt(e)] === 1 || unitMayStartAt(text, e)) return -1;
  return e;
}
const YI = "亿".charCodeAt(0);
const DIAN = "点".charCodeAt(0);
const POINT = ".".charCodeAt(0);
const MEI = "每".charCodeAt(0);

/**
 * Scan text[from, to) for quantities. Numbers that are not figures — dates, years, ordinals, document
 * numbers, slogans in quotes, 5G, 3D, "1+1+9" — are skipped here.
 */
export function findQuantities(text: string, from: number, to: number): QuantityAtom[] {
  const out: QuantityAtom[] = [];
  let quoted: [number, number][] | null = null;
  let i = from;
  let percentWords = false; // 百分之 seen on the way
  while (i < to) {
    while (i < to && NUMERAL[text.charCodeAt(i)] === 0) i++;
    if (i >= to) break;
    if (NUMERAL[text.charCodeAt(i)] === 2) {
      if (text.charCodeAt(i) === BAI && text.startsWith("分之", i + 1)) percentWords = true;
      const idle = idleChineseRun(text, i, to);
      if (idle >= 0) {
        i = idle;
        continue;
      }
    }
    // (nor the decimals of an amount in words not read as one: "一点二" before no multiplier)
    if (
      i > from &&
      (DIGIT_OR_POINT.test(text[i - 1]) ||
        (text.charCodeAt(i - 1) === DIAN &&
          NUMERAL[text.charCodeAt(i)] === 2 &&
          NUMERAL[text.charCodeAt(i - 2)] === 2))
    ) {
      i++;
      continue;
    }
    const num = thousands(text, readNumber(text, i), to);
    if (!num || num.end > to) {
      // skip the whole run of numeral characters: a malformed run is not re-read from every position
      let j = i + 1;
      while (j < to && NUMERAL[text.charCodeAt(j)] !== 0) j++;
      i = j;
      continue;
    }
    const q = buildQuantity(text, num, from, to);
    if (!q) {
      i = num.end;
      continue;
    }
    quoted ??= quotedRanges(text, from, to);
    if (!insideAny(quoted, q.numberStart) && !isNonFact(text, num, q, from)) out.push(q);
    i = Math.max(q.span[1], num.end);
  }
  // percentages written in words: 百分之十二点六, 百分之八十五以上
  if (percentWords) {
    for (const q of chinesePercents(text, from, to)) out.push(q);
    out.sort((a, b) => a.span[0] - b.span[0]);
  }
  return out;
}

const BAI = "百".charCodeAt(0);
const QIAN = "千".charCodeAt(0);

/**
 * "232.2千公顷", "5千吨": 千 after a number written in digits multiplies it when a unit follows and 千 with that unit is
 * no unit of its own (千瓦, 千米, 千万元 are).
 */
function thousands(text: string, num: NumberToken | null, to: number): NumberToken | null {
  if (!num || num.chinese || num.multiplier || text.charCodeAt(num.end) !== QIAN || num.end + 1 >= to)
    return num;
  if (matchUnitAt(text, num.end) || !matchUnitAt(text, num.end + 1)) return num;
  return { ...num, end: num.end + 1, value: num.value * 1000, multiplier: "千" };
}

const CHINESE_PERCENT = /百分之([零〇○一二两三四五六七八九十百]+)(?:点([零〇○一二三四五六七八九]+))?/g;

function chinesePercents(text: string, from: number, to: number): QuantityAtom[] {
  const out: QuantityAtom[] = [];
  const s = text.slice(from, to);
  for (const m of s.matchAll(CHINESE_PERCENT)) {
    const whole = parseChineseNumeral(m[1]);
    if (whole === null) continue;
    const decimals = m[2] ? [...m[2]].map((c) => DIGIT[c]).join("") : "";
    const value = Number(decimals ? `${whole}.${decimals}` : whole);
    const start = from + m.index;
    let end = start + m[0].length;
    const suffix = SUFFIX_COMPARATORS.find((c) => text.startsWith(c.word, end));
    if (suffix) end += suffix.word.length;
    const prefix = prefixComparator(text.slice(Math.max(from, start - 4), start));
    out.push({
      span: [start - (prefix?.word.length ?? 0), end],
      numberStart: start,
      value,
      valueMax: null,
      unit: PERCENT_UNIT,
      bareYi: false,
      comparator: suffix?.comparator ?? prefix?.comparator ?? null,
      chinese: true,
      attributive: /^的/.test(text.slice(end, end + 1)) && !GOAL_AFTER.test(text.slice(end, end + 8)),
      text: text.slice(start - (prefix?.word.length ?? 0), end),
    });
  }
  return out;
}

function buildQuantity(text: string, num: NumberToken, from: number, to: number): QuantityAtom | null {
  let end = num.end;
  let valueMax: number | null = null;
  let unit: UnitDef | null = null;
  let first = num;

  // a unit written after the first number of a range: 8%—8.5%
  const u1 = matchUnitAt(text, end);
  if (u1 && (u1.kind === "percent" || u1.kind === "points")) end += u1.surface.length;

  const sep = RANGE_SEP.exec(text.slice(end, end + 1));
  if (sep) {
    const second = readNumber(text, end + sep[0].length);
    if (second && second.chinese === num.chinese && second.end <= to) {
      const scale = second.multiplier && !num.multiplier ? multiplierOf(second.multiplier) : 1;
      first = { ...num, value: num.value * scale };
      valueMax = second.value;
      end = second.end;
      if (valueMax < first.value) return null;
    }
  }
  if (valueMax === null && u1 && (u1.kind === "percent" || u1.kind === "points")) unit = u1;

  let approxSuffix = false;
  if (!unit) {
    if (text[end] === "余" || text[end] === "多") {
      approxSuffix = true;
      end++;
    }
    unit = matchUnitAt(text, end);
    if (unit) end += unit.surface.length;
    // a rate: "16922人/平方公里", "507公里/万平方公里", "1.5万元/吨" — its unit is both parts (money in 元); a
    // rate of parts no list holds is no figure to read
    if (unit && unit.surface !== "元/人" && text[end] === "/") {
      const per = PER.exec(text.slice(end, end + 8));
      if (!per) return null;
      unit = rateUnit(unit, per[1]);
      end += per[0].length;
    }
    // "产值突破30个亿": the spoken 个亿 is 亿元 (3—4个万亿元级集群 counts clusters)
    const spoken =
      unit?.surface === "个"
        ? /^(万亿|亿)(元?)(?=$|[,，。;；、)）\s]|以上|左右)/.exec(text.slice(end, end + 5))
        : null;
    if (spoken) {
      unit = matchUnitAt(`${spoken[1]}元`, 0);
      end += spoken[0].length;
    }
    // "2.46万亿元人民币": the currency's name is part of the unit
    if (unit?.kind === "money" && unit.to === "亿元" && text.startsWith("人民币", end)) end += 3;
    // a duration as a measure's value: "平均受教育年限达到11.5年" (年 after any other number is no unit: 5年)
    if (
      !unit &&
      text[end] === "年" &&
      !/\d/.test(text[end + 1] ?? "") &&
      DURATION_BEFORE.test(text.slice(Math.max(from, first.start - 10), first.start))
    ) {
      unit = YEARS;
      end += 1;
    }
  }
  const bareYi = !unit && /亿$/.test(first.multiplier);
  // (digits and 万 at a clause's end or before its comparator: a figure whose unit its measure names)
  const bareWan =
    !unit &&
    !bareYi &&
    !first.chinese &&
    first.multiplier === "万" &&
    /^(?:以上|左右|以内|$|[,，。;；、)）])/.test(text.slice(end, end + 2));
  // a multiple: a figure, though of nothing the dataset holds ("增长2.5倍": the base is last year's, unnamed)
  const times = !unit && !bareYi && !bareWan && text[end] === "倍";
  if (times) end += 1;
  if (!unit && !bareYi && !bareWan && !times) return null;
  if (
    unit &&
    first.chinese &&
    /^[万亿]+$/.test(text.slice(first.start, first.end)) &&
    unit.kind !== "money"
  ) {
    return null; // 万人, 亿个 without a digit are words, not counts
  }

  let comparator: QuantityAtom["comparator"] = null;
  let start = first.start;
  const before = text.slice(Math.max(from, start - 3), start);
  const prefix = prefixComparator(text.slice(Math.max(from, start - 4), start));
  if (prefix) {
    comparator = prefix.comparator;
    start -= prefix.word.length;
  }
  // a lone 万/亿 with a unit and nothing after it is the unit itself ("单位:亿元", a table's unit column),
  // unless a word makes it a figure (超亿元, 上亿元); as a scale label (亿元企业, 万亿产业集群) it is kept
  if (first.chinese && !prefix && unit && /^[万亿]+$/.test(text.slice(first.start, first.end))) {
    if (!/[上破过]$/.test(before) && !/[\u4e00-\u9fff]/.test(text[end] ?? "")) return null;
  }
  const suffix = SUFFIX_COMPARATORS.find((c) => text.startsWith(c.word, end));
  if (suffix && suffix.word !== "多" && suffix.word !== "余") {
    comparator = comparator === "gt" ? "gt" : suffix.comparator;
    end += suffix.word.length;
  } else if (approxSuffix && comparator === null) comparator = "gt";
  if (valueMax !== null) comparator = "range";

  const after = text[end] ?? "";
  // "规模达到万亿级", "迈上千亿级台阶": a class reached is the level itself, no description of a thing after it
  const classReached =
    after === "级" &&
    TIER_REACHED_BEFORE.test(text.slice(Math.max(from, first.start - 3), first.start)) &&
    TIER_REACHED_AFTER.test(text.slice(end + 1, end + 4));
  // (a class is a floor: 万亿级 is 1万亿 or more)
  if (classReached && comparator !== "gt") comparator = "gte";
  const ahead = /^[^,，。;；:：!?！？\n]{0,12}?的/.exec(text.slice(end, end + 14));
  const attributive =
    !classReached &&
    // "总投资1亿美元及10亿元以上项目7个": the first of two thresholds joined before what they describe
    (JOINED_THRESHOLD.test(text.slice(end, end + 16)) ||
      (ahead !== null &&
        !/[是为达到实现完成增长]/.test(ahead[0]) &&
        !GOAL_AFTER.test(text.slice(end, end + 8))) ||
      // (a bare 亿 too: "产值超百亿企业达到20户" counts firms, its 百亿 describes them)
      ((unit !== null || bareYi) &&
        unit?.kind !== "count" &&
        /[\u4e00-\u9fff]/.test(after) &&
        !GOAL_AFTER.test(text.slice(end, end + 8)) &&
        !/^[,，。;；、)）和及与增占其同比较等]/.test(after) &&
        // "突破万亿元大关", "迈上3000亿元台阶", "跃上1.4万亿斤新台阶": the milestone is the figure itself
        !/^(?:增长|以上|左右|同比|比上年|较上年|下降|提高|提升|上升|增加|减少|降低|扩大|跃升|攀升|增至|升至|降至|用于|投资|规模|规划|计划|，|大关|关口|台阶|新台阶|新关口)/.test(
          text.slice(end, end + 3),
        )));

  return {
    span: [start, end],
    numberStart: first.start,
    value: first.value,
    valueMax,
    unit,
    bareYi,
    ...(bareWan ? { bareWan } : {}),
    ...(times ? { times } : {}),
    comparator,
    chinese: num.chinese,
    attributive,
    text: text.slice(start, end),
  };
}

// a size class reached (规模达到万亿级, 迈上千亿级台阶): the verb of reaching before the figure, the end of the
// clause or the word of a milestone after its 级
const TIER_REACHED_BEFORE = /(?:达到|达|迈上|迈入|跨入|跨上|跃上|站上|突破|进入)$/;
const TIER_REACHED_AFTER = /^(?:[,，。;；]|$|台阶|行列|水平|大关)/;

// a measure of years, and its predicate, right before the figure: 受教育年限提高到, 服役年限为
const DURATION_BEFORE =
  /年限(?:[\u4e00-\u9fff]{0,3}?)(?:达到|提高到|提高至|提升到|提升至|增加到|增至|为|达)?$/;
const YEARS: UnitDef = { surface: "年", to: "年", scale: 1, kind: "measure" };

// (a day written 日 too: 供水能力30万吨/日; energy's price: 电价0.6元/千瓦时)
const PER =
  /^\/([万百千]?(?:平方公里|平方米|公顷|亩|公里|千米|千瓦时|吨|立方米|人|户|年|天|日|小时|台|辆|床))/;

/** A unit written on its own, a rate's too ("亿元", "%", "万元/亩", "人/平方公里"), or null. */
export function unitNamed(written: string): UnitDef | null {
  const t = written.trim();
  const whole = UNITS.find((u) => u.surface === t);
  if (whole) return whole;
  // a unit with a scale written before it, as a table's unit column writes it: 万人, 万亩, 亿千瓦时, 万吨
  const scaled = /^(万亿|亿|万|千|百)(.+)$/.exec(t);
  const base = scaled ? UNITS.find((u) => u.surface === scaled[2]) : undefined;
  if (scaled && base) return { ...base, surface: t, scale: base.scale * SCALE_WORDS[scaled[1]] };
  const of = matchUnitAt(t, 0);
  const per = of ? PER.exec(t.slice(of.surface.length)) : null;
  return of && per && of.surface.length + per[0].length === t.length ? rateUnit(of, per[1]) : null;
}

const SCALE_WORDS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 };

/** The unit of a rate: what is counted (money in 元) per what. */
function rateUnit(of: UnitDef, per: string): UnitDef {
  const money = of.kind === "money" && of.to === "亿元";
  return {
    surface: `${of.surface}/${per}`,
    to: `${money ? "元" : of.to}/${per}`,
    scale: money ? of.scale * 1e8 : of.scale,
    kind: "measure",
  };
}

function multiplierOf(m: string): number {
  return m === "万亿" || m === "兆" ? 1e12 : m === "亿" ? 1e8 : m === "万" ? 1e4 : 1;
}

// a second threshold after 及/或 that describes a thing (…及10亿元以上项目): the first describes it too
const JOINED_THRESHOLD = /^[及或和][^,，。;；\d]{0,4}\d[\d.]*[万亿]*美?元及?以上的?[\u4e00-\u9fff]/;

function isNonFact(text: string, num: NumberToken, q: QuantityAtom, from: number): boolean {
  const prev = text[num.start - 1] ?? "";
  const prev2 = text.slice(Math.max(from, num.start - 2), num.start);
  const next = text[num.end] ?? "";
  if (prev === "第" || prev2.endsWith("第")) return true; // 第13位, 第一批
  if (/[+＋]/.test(prev) || /[+＋]/.test(next)) return true; // 1+1+9, 2+2+4
  // 5G, 3D, IAB100 are names; a figure right after a measure's initials is a figure (GDP4408.1亿元)
  if (
    /[A-Za-z]/.test(next) ||
    (/[A-Za-z]/.test(prev) && !/(?:GDP|CPI|PPI)$/.test(text.slice(Math.max(from, num.start - 3), num.start)))
  )
    return true;
  if (/[〔[【]/.test(prev)) return true; // 〔2020〕82号
  if (q.unit && q.unit.kind === "count" && q.chinese && q.valueMax === null && q.value < 100) {
    // 三个转变, 五项自律, 八大产业: structure words, not figures — unless a deed that brings new things in counts
    // them: "新增两家上市公司", "新引进三个项目"
    return !NEW_THINGS_BEFORE.test(text.slice(Math.max(from, q.span[0] - 3), q.span[0]));
  }
  if (q.unit?.surface === "次" && /全会|会议/.test(text.slice(q.span[1], q.span[1] + 4))) return true;
  // a magnitude that names a class of places: 万亿之城, GDP万亿俱乐部, 千亿县, 百强县 (the class is counted, if at all)
  if (q.bareYi && CLASS_OF_PLACES.test(text.slice(q.span[1], q.span[1] + 3))) return true;
  return false;
}

const NEW_THINGS_BEFORE = new RegExp(`(?:${NEW_THINGS_DEEDS.join("|")})$`);
const CLASS_OF_PLACES = /^(?:之城|之县|俱乐部|城市|强县|强市|县|市|区)/;

/** Ranges inside “…” or 《…》 (slogans, titles) where numbers are names, not figures. */
const VALUE_ITEM = "[\u4e00-\u9fff]{0,4}\\d+(?:\\.\\d+)?(?:%|％|个百分点|万亿元|亿元)(?:以上|左右|以内)?";
const VALUE_QUOTE = new RegExp(`^${VALUE_ITEM}(?:[、,，]${VALUE_ITEM})?$`);
// a plan's words quoted by the news, a change from one value to another: “由2020年的32.7%提高至33.3%左右”
const CHANGE_QUOTE =
  /^(?:由|从)(?:\d{4}年(?:的|末|底)?)?\d+(?:\.\d+)?(?:%|％|万亿元|亿元|万元|家|个)(?:提高|提升|增加|增长|降低|下降|减少)(?:到|至)/;

function quotedRanges(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const pairs: [string, string][] = [
    ["“", "”"],
    ["《", "》"],
    ['"', '"'],
    ["「", "」"],
  ];
  const s = text.slice(from, to);
  for (const [open, close] of pairs) {
    let i = s.indexOf(open);
    while (i >= 0) {
      const j = s.indexOf(close, i + 1);
      if (j < 0 || j - i > 60) break;
      // a quoted statement of a value ("增长7.5%以上", "保8%、争9%") is a figure; slogans and titles are not
      const quoted = s.slice(i + 1, j);
      // nor is a quoted speech, sentences and all ("指出:“2024年,地区生产总值增长目标为8%。”")
      if (
        !VALUE_QUOTE.test(quoted) &&
        !(open === "“" && CHANGE_QUOTE.test(quoted)) &&
        !(open === "“" && /[,，;；。!?！？]/.test(quoted))
      )
        out.push([from + i, from + j]);
      i = s.indexOf(open, j + 1);
    }
  }
  return out;
}

function insideAny(ranges: [number, number][], pos: number): boolean {
  return ranges.some(([s, e]) => pos > s && pos < e);
}

// a one-character comparator that ends a word instead: 签约432个 (约 of 签约), 最近3年, 赶超
const PART_OF_WORD: Record<string, RegExp> = {
  约: /[签合契节预制公条规相简]约$/,
  近: /[最临附]近$/,
  超: /赶超$/,
};

/** The comparator word right before a number (`before` is the text before it), unless it ends another word. */
function prefixComparator(before: string): (typeof PREFIX_COMPARATORS)[number] | undefined {
  const prefix = PREFIX_COMPARATORS.find((c) => before.endsWith(c.word));
  return prefix && PART_OF_WORD[prefix.word]?.test(before) ? undefined : prefix;
}
