// 分别: "市级、区县信息系统整合率分别达到75%、50%", "第一、二产业增加值分别增长3%、5%" → one record per item.
import {
  shareBaseNamed,
  topicStart,
  clauseOf,
  clauseBeforeDeadline,
  candidateFrom,
  enumerationBefore,
  indicatorBefore,
  normalisedUnit,
  nounPhrase,
  subjectsOfClauseBefore,
  withoutSharedHead,
  lastSeparator,
  CLASS_OF_GOODS,
} from "./helpers";
import { readAs, type Rule } from "./rule";
import { changeOf, measureOfGrowth, type Candidate, type QuantityAtom, type SentenceAtoms } from "../types";
import {
  BASE_PHRASE,
  CHANGE_SAID,
  FALL_VERBS,
  RISE_VERBS,
  SHARE_OF,
  YEAR_ON_YEAR,
  YEARLY_AVERAGE,
} from "../../lexicon/predicates";
import { firstFrom, within } from "../atoms/search";
import { gazetteer, type RegionEntry } from "../../lexicon/regions";
import { AMOUNT_HEAD, MEASURE_WRITTEN_ONCE, MONEY_HEAD, matchIndicatorAt } from "../../lexicon/indicators";
import { findIndicators } from "../atoms/lexical";
import { MAY_NAME_PERIOD, PERIOD, YEAR_OF_PERIOD } from "../../lexicon/periods";
import { CHARACTER_PAIRS } from "../../lexicon/subjects";
import { openMeasureRule } from "./open-measure";
import { measureRule } from "./measure";
import { measureName } from "../phrases";
import { perSentence } from "../per-sentence";

/**
 * Values listed for one measure that end their clause, the next clause opening with 分别: "…43150元、21340元,分别增长…".
 */
function valuesBeforeFenbie(text: string, atoms: SentenceAtoms, first: QuantityAtom): boolean {
  const [, cEnd] = clauseOf(text, atoms, first.span[0]);
  const values = within(atoms.quantities, first.span[0], cEnd + 1);
  if (values.length < 2 || values[0] !== first) return false;
  for (let i = 1; i < values.length; i++)
    if (!/^[、和及]$/.test(text.slice(values[i - 1].span[1], values[i].span[0]))) return false;
  return /^[,，]分别/.test(
    text.slice(values[values.length - 1].span[1], values[values.length - 1].span[1] + 3),
  );
}

// 分别增长4.8%和7.2%, 分别同比下降: one change, a figure per item (group 3: a fall)
// what owners' share is of, written once after the last of them
const SHARED_MEASURE = /(?:增加值|产值|营业收入|营收|投资)$/;
// (a rise or fall of so much, not to a level: 分别提高到56.7% is the level reached)
const DISTRIBUTED_CHANGE = new RegExp(`^分别(?:(${YEAR_ON_YEAR})?(${RISE_VERBS})|(${FALL_VERBS}))(?![到至])`);
// a share after 分别: 占 and its base (the place's own word dropped, 全国 kept), then 的比重为 or the figure
const SHARE_AFTER =
  /^分别占(?:(全国)|(?:全市|全省|全区|全县)?((?:(?!的)[\u4e00-\u9fffA-Za-z]){1,14}?))的?(?:比重|比例|份额)?(?:为|达到?|是)?$/;
// an average over years right before 分别: 年均, 年平均, 两年平均
const AVERAGE_BEFORE = /(?:年均|年平均|平均)$/;
// the same change opening the clause after a 分别 list, its own 分别 left unsaid: "…分别达到A元、B元,同比增长a和b"
const CHANGE_OPENING = new RegExp(`^${CHANGE_SAID}$`);

/** Rates opening the clause after one that listed values with 分别: they are the same items' changes. */
function ratesAfterList(text: string, atoms: SentenceAtoms, q: QuantityAtom, cStart: number): boolean {
  if (cStart <= atoms.sentence.start || !CHANGE_OPENING.test(text.slice(cStart, q.span[0]))) return false;
  const [pStart, pEnd] = clauseOf(text, atoms, cStart - 2);
  return text.slice(pStart, pEnd).includes("分别");
}

/** A measure a clause names with its figure: what is measured, of what, and where. */
interface Measured {
  indicator: string;
  subject: { name: string; stated: boolean } | null;
  region: RegionEntry | null;
}

const saysFenbie = perSentence((atoms) => atoms.sentence.text.includes("分别"));

/**
 * One measure's figures listed after 分别, each the measure's level or (of a growth) its change, told apart by what
 * `each` gives the i-th (its year, its part of the year). A figure of no unit, or a growth not in percent, gives none.
 */
function seriesOf(
  atoms: SentenceAtoms,
  list: QuantityAtom[],
  measure: { name: string; money: boolean },
  growth: boolean,
  falling: boolean,
  each: (i: number) => Partial<Candidate>,
): Candidate[] {
  const name = growth ? measureOfGrowth(measure.name) : measure.name;
  return list.flatMap((x, i) => {
    const unit = normalisedUnit(x, !growth && measure.money);
    if (!unit || (growth && x.unit?.kind !== "percent")) return [];
    return [
      candidateFrom("distribution", atoms, x, unit, {
        indicator: name || null,
        change: growth ? changeOf(falling) : null,
        direction: growth ? (falling ? "fall" : "rise") : null,
        ...each(i),
      }),
    ];
  });
}

// a span of years alone in a clause: "2016年至2018年", "2021—2023年"
const YEARS_SPAN = /^(\d{4})年?(?:至|到|—|–|-|~|～)(\d{4})年$/;
// clauses that go on with the same series: another list after 分别, or its yearly average ("预计年均增长24.5%")
const SERIES_GOES_ON = new RegExp(`^(?:分别|(?:预计)?(?:${YEARLY_AVERAGE}))`);

/**
 * The span of years a clause before `clauseStart` names alone, when every clause between goes on with its series
 * (its own 分别 list, or the series' yearly average): "2016年至2018年,分别完成…;分别完成…".
 */
function yearsSpannedBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
): { from: number; to: number } | null {
  let at = clauseStart;
  for (let k = 0; k < 6 && at - 2 >= atoms.sentence.start; k++) {
    const [pStart, pEnd] = clauseOf(text, atoms, at - 2);
    if (pStart >= at) return null;
    const clause = text.slice(pStart, pEnd).trim();
    const m = YEARS_SPAN.exec(clause);
    // (a place may lead a clause of the series: "甲开发区分别完成…")
    const series = text.slice(topicStart(atoms, pStart, pEnd), pEnd);
    if (m) {
      const [from, to] = [Number(m[1]), Number(m[2])];
      return to > from && to - from < 10 ? { from, to } : null;
    }
    if (!SERIES_GOES_ON.test(series)) return null;
    at = pStart;
  }
  return null;
}

/**
 * "城镇居民人均可支配收入达到A元,农村居民人均纯收入达到B元,分别增长a和b": a change after 分别 opening its clause is of
 * the measures the `n` clauses right before it name, one figure each, in order (a clause between that opens with a
 * 分别 of its own and as many figures, "分别完成年度计划的…", lists the same items and is passed over — twice at most).
 */
function measuresOfClausesBefore(
  text: string,
  atoms: SentenceAtoms,
  cStart: number,
  n: number,
): Measured[] | null {
  const out: Measured[] = [];
  let at = cStart;
  let passed = 0;
  while (out.length < n) {
    if (at - 2 < atoms.sentence.start) return null;
    const [pStart, pEnd] = clauseOf(text, atoms, at - 2);
    if (pStart >= at) return null;
    at = pStart;
    const figures = within(atoms.quantities, pStart, pEnd + 1);
    if (text.startsWith("分别", pStart)) {
      if (figures.length !== n || ++passed > 2) return null;
      continue;
    }
    // (items of one clause, each with its own measure and figure, joined by 、: "第一产业增加值A亿元、第二产业增加值B
    // 亿元,分别增长a、b")
    if (figures.length === 0 || figures.length > n - out.length) return null;
    for (let k = 1; k < figures.length; k++) if (text[figures[k - 1].span[1]] !== "、") return null;
    for (let k = figures.length - 1; k >= 0; k--) {
      // (a level's own figure, one a rate or a share, has no growth of this kind)
      const kind = figures[k].unit?.kind;
      if (kind === undefined || kind === "percent" || kind === "points") return null;
      // (the measure and the thing as the rules that read that figure name them: "财政总收入达到A亿元", a measure no
      // lexicon names, as the open-measure rule does)
      const c = readAs([measureRule, openMeasureRule], { text, atoms, q: figures[k] });
      if (!c?.indicator || c.change) return null;
      const itemStart = k > 0 ? figures[k - 1].span[1] : pStart;
      const place =
        c.region?.entry ?? within(atoms.regions, itemStart, figures[k].span[0]).pop()?.entry ?? null;
      out.unshift({ indicator: c.indicator, subject: c.subject, region: place });
    }
  }
  return out;
}

/**
 * The two subjects of a pair written as one word opening the topic (城乡居民收入分别增长4.8%和7.2%: 城镇居民 and 农村居民,
 * in the order 分别 lists them); the rest of the phrase names the indicator.
 */
function pairedItems(
  text: string,
  from: number,
  end: number,
): { items: string[]; start: number; rest: string } | null {
  const phrase = text.slice(from, end);
  for (const { first, second, words } of CHARACTER_PAIRS) {
    if (!words || !phrase.startsWith(first + second)) continue;
    const residents = phrase.startsWith("居民", 2) ? "居民" : "";
    return { items: words.map((w) => w + residents), start: from, rest: phrase.slice(2 + residents.length) };
  }
  return null;
}

// what the rest of a pair's phrase may name as the measure the lexicon does not: 收入, 人均收入, 储蓄存款
const PAIRED_MEASURE = new RegExp(`^[\u4e00-\u9fff]{0,6}(?:${AMOUNT_HEAD.source})`);

// the industries by their ordinals, the word written once ("一、二、三产业", "第一、二产业", "第二和第三产业"), or
// named by their count ("三次产业"), before the measure and 分别
const ORDINAL_INDUSTRIES = /^(?:其中)?(?:(第?[一二三](?:[、和]?第?[一二三])+)产业|三次产业)/;

/** "一、二、三产业增加值分别…", "一二三产业…", "三次产业增加值分别…": 第一产业, 第二产业, 第三产业. */
function ordinalItems(text: string, from: number, end: number): { items: string[]; start: number } | null {
  const m = ORDINAL_INDUSTRIES.exec(text.slice(from, end));
  return m ? { items: ordinalsOf(m), start: from } : null;
}

/** The industries an ORDINAL_INDUSTRIES match names: 第一产业, 第二产业, 第三产业. */
function ordinalsOf(m: RegExpExecArray): string[] {
  const ordinals = m[1] ? [...m[1].replace(/第|[、和]/g, "")] : ["一", "二", "三"];
  return ordinals.map((o) => `第${o}产业`);
}

// "三个行政区", "两县": the count of the places listed, after the last one
const PLACE_COUNT = /(?<=[\u4e00-\u9fff]{2})[两二三四五六七八九十\d]+个?(?:行政区|区县|县区|区|县|市)$/;
// "两大主导产业", "“三大新兴产业”": the count of the industries listed, after the last one (and before the measure
// written once, if it is written there: "甲、乙两大主导产业产值")
const INDUSTRY_COUNT =
  /(?<=[\u4e00-\u9fff]{2})[“"]?[两二三四五六七八九十\d]+(?:大|个)[\u4e00-\u9fff]{0,4}?(?:产业|行业|集群|领域|板块)[”"]?(?=[\u4e00-\u9fff]{0,8}$)/;

/** "存、贷款余额" is 存款余额 and 贷款余额; "城、乡居民" is 城镇居民 and 农村居民: one character each, the rest shared. */
function expandShared(items: string[]): string[] {
  if (items.length !== 2) return items;
  const [first, last] = items;
  for (const { first: a, second: b, words } of CHARACTER_PAIRS) {
    if (!first.endsWith(a) || !last.startsWith(b) || last.length < 3) continue;
    const prefix = first.slice(0, -1);
    const head = last.slice(1);
    return (words ?? [a, b]).map((w) => prefix + w + head);
  }
  return items;
}

/** A place an item names: the district or county of that name (香洲 → 香洲区), when only one has it. */
function placeNamed(item: string): RegionEntry | null {
  const gaz = gazetteer();
  for (const name of [item, `${item}区`, `${item}县`, `${item}市`]) {
    const found = gaz.lookup(name);
    if (found.length === 1 && found[0].level !== "nation" && found[0].level !== "area") return found[0];
    if (found.length > 1) return null;
  }
  return null;
}

/** Items listed before 分别, the measure written once, the places among them, and an item's own measure if any. */
interface ListedItems {
  items: string[];
  indicator: ReturnType<typeof indicatorBefore>;
  places: (RegionEntry | null)[];
  measures?: ({ name: string; owner: string } | null)[];
}

type Listed = ListedItems | { skip: "region_unclear"; message: string };

/** Items that are each a measure of their own (named `names`), of no owner and no place. */
function eachItsOwnMeasure(
  items: string[],
  names: string[],
  indicator: ListedItems["indicator"] = null,
): ListedItems {
  return {
    items,
    indicator,
    places: items.map(() => null),
    measures: names.map((name) => ({ name, owner: "" })),
  };
}

// (同比 too: "…、社会消费品零售总额同比分别增长…")
const BASE_BEFORE = new RegExp(`(?:${BASE_PHRASE}|${YEAR_ON_YEAR})$`);
const PERIOD_AT_END = new RegExp(`${YEAR_OF_PERIOD}(?:${PERIOD.source})$`);

// after a place, a note in brackets if any, then 、: the place opens a list ("福州(不含平潭)、龙岩…")
const PLACE_LIST_GOES_ON = /^(?:[(（][^()（）]{1,10}[)）])?[、和与及]/;

// a bare rate of change, named after the measure it is of: "固定资产投资增速", "GDP增速"
const RATE_OF_CHANGE = /^(?:增速|增幅|降幅|涨幅)$/;
// parts of the year listed at the head of a clause, a place's own word before or after them: "今年一季度和上半年全省…"
// (the whole year may close the list: "一季度、上半年、前三季度和全年GDP增速分别为…")
const ONE_PART = `(?:今年|本年|去年|\\d{4}年)?(?:${PERIOD.source}|全年)`;
const PARTS_LISTED = new RegExp(
  `(?:^|[,，])(?:[全我本][市省县区])?(${ONE_PART}(?:[、和及与]${ONE_PART})+)(?:[全我本][市省县区])?`,
);

/** A bare rate of change (增速) named right after its measure (固定资产投资增速, GDP增速) is that measure's rate. */
function ofMeasureBefore(
  text: string,
  atoms: SentenceAtoms,
  from: number,
  indicator: ReturnType<typeof indicatorBefore>,
): ReturnType<typeof indicatorBefore> {
  if (!indicator || !RATE_OF_CHANGE.test(indicator.name)) return indicator;
  const measure = indicatorBefore(text, atoms, from, indicator.start);
  return measure && measure.end === indicator.start
    ? { name: measure.name + indicator.name, money: false, start: measure.start, end: indicator.end }
    : indicator;
}

/** Parts of the year listed before 分别, and the measure written once after them; null when the items are no parts. */
function partsOfYearListed(
  text: string,
  atoms: SentenceAtoms,
  cStart: number,
  fenbie: number,
): { periods: (string | null)[]; indicator: NonNullable<ReturnType<typeof indicatorBefore>> } | null {
  const head = text.slice(cStart, fenbie);
  if (!MAY_NAME_PERIOD.test(head)) return null;
  const m = PARTS_LISTED.exec(head);
  if (!m) return null;
  const after = cStart + m.index + m[0].length;
  // ("GDP增速分别为…": a bare rate of change after the measure it is of)
  const indicator = ofMeasureBefore(text, atoms, after, indicatorBefore(text, atoms, after, fenbie));
  // (the measure right after the list, nothing else between)
  if (!indicator || indicator.start !== after) return null;
  // (全年 is the year's own figure: no part of it)
  const periods = m[1].split(/[、和及与]/).map((p) => PERIOD.exec(p)?.[0] ?? null);
  return { periods, indicator };
}

// a rise said of a list of measures, with no figure: "…保持较快增长", "…实现稳步增长", "…增长较快"
const RISE_SAID = new RegExp(
  `(?:保持|实现|呈现)?(?:较快|快速|稳定|稳步|持续|平稳)?(?:${RISE_VERBS})(?:较快|态势|势头)?$`,
);

/**
 * "工业用电量、工业开票销售额保持较快增长,增速分别达16.4%和17.7%": a clause of the rates alone after 分别 lists the
 * measures the clause before it named with their change, and no figure.
 */
function itemsOfClauseBefore(
  text: string,
  atoms: SentenceAtoms,
  cStart: number,
  topic: number,
  listEnd: number,
): { items: string[]; start: number } | null {
  if (!/^(?:增速|增幅)$/.test(text.slice(topic, listEnd)) || cStart <= atoms.sentence.start) return null;
  const [pStart] = clauseOf(text, atoms, cStart - 2);
  if (within(atoms.quantities, pStart, cStart).length > 0) return null;
  const pTopic = topicStart(atoms, pStart, cStart - 1);
  const change = RISE_SAID.exec(text.slice(pTopic, cStart - 1));
  return change ? enumerationBefore(text, pTopic, cStart - 1 - change[0].length) : null;
}

/**
 * The items a 分别 (or 均) lists before it ("甲、乙分别…"), the measure written once, and the places they name.
 * `fenbie` is where that word stands.
 */
export function listedItems(
  text: string,
  atoms: SentenceAtoms,
  cStart: number,
  fenbie: number,
  figure: number,
): Listed | null {
  // "…排放总量比2020年分别下降…": the base of a change, written before 分别, is no part of the last item
  const base = BASE_BEFORE.exec(text.slice(cStart, fenbie));
  const end = base ? fenbie - base[0].length : fenbie;
  let topic = topicStart(atoms, cStart, end);
  // places listed at the head of the clause ("福州、龙岩、三明固定资产投资分别…"): the first place is an item, not
  // the clause's leading place
  const leading = within(atoms.regions, cStart, topic)[0];
  if (leading && PLACE_LIST_GOES_ON.test(text.slice(leading.span[1], leading.span[1] + 12)))
    topic = leading.span[0];
  // "广东、江苏和浙江的GDP增速分别…": the items end at the 的 before the measure
  const of = text.lastIndexOf("的", end - 1);
  const listEnd =
    of > lastSeparator(text, topic, end) &&
    of > topic &&
    firstFrom(atoms.indicators, of + 1)?.span[0] === of + 1
      ? of
      : end;
  const enumeration: { items: string[]; start: number; rest?: string } | null =
    ordinalItems(text, topic, listEnd) ??
    enumerationBefore(text, topic, listEnd) ??
    pairedItems(text, topic, listEnd) ??
    itemsOfClauseBefore(text, atoms, cStart, topic, listEnd);
  if (!enumeration) return null;
  // (a note in brackets is no part of an item: "福州(不含平潭)"; nor is a connective before the first: "其中红旗、…")
  let items = enumeration.items.map((i, k) =>
    i
      .replace(/[(（][^()（）]{1,10}[)）]/g, "")
      .replace(k === 0 ? /^(?:其中|同时|此外|另外)[,，]?/ : /^$/, "")
      .replace(k === enumeration.items.length - 1 ? INDUSTRY_COUNT : /^$/, ""),
  );
  // the indicator is written once, glued to the last item: 区县信息系统整合率
  // the measure before 分别, or after it: "甲、乙分别实现地区生产总值…"
  // "…固定资产投资增速分别为…": a bare rate of change is the rate of the measure written right before it
  let indicator = ofMeasureBefore(
    text,
    atoms,
    cStart,
    indicatorBefore(text, atoms, cStart, end) ?? indicatorBefore(text, atoms, fenbie, figure),
  );
  // "城乡居民收入分别增长…": the rest of a pair's word names the measure, though the lexicon does not
  const rest = enumeration.rest ?? "";
  if (!indicator && PAIRED_MEASURE.test(rest))
    indicator = { name: rest, money: MONEY_HEAD.test(rest), start: end - rest.length, end };
  const last = items[items.length - 1];
  // "化学需氧量、氨氮排放总量分别下降…", "化肥、农药利用率均达到…": a measure the lexicon does not name, written once
  // after the last item, is each item's (the lexicon's, or a rate noun read back over the last item, would be its)
  const once = MEASURE_WRITTEN_ONCE.exec(last);
  if (
    once &&
    last.length - once[0].length >= 2 &&
    (!indicator || (indicator.name !== once[0] && indicator.name.endsWith(once[0]))) &&
    !items.slice(0, -1).some((i) => i.endsWith(once[0]))
  )
    indicator = { name: once[0], money: false, start: end - once[0].length, end };
  // "规上工业增加值、固定资产投资分别增长…": measures listed, each the lexicon's whole, a figure each and no owner
  // (or each written whole with the same measure word, none the lexicon's: "工业用电量、全社会用电量分别增长…")
  const wholeMeasures = items.map((item) => {
    const known = matchIndicatorAt(item, 0);
    if (known && known.length === item.length) return known;
    const word = !indicator && once && item.length > once[0].length && item.endsWith(once[0]);
    return word && nounPhrase(item, 0, item.length) === item ? { name: item } : null;
  });
  if (items.length > 1 && wholeMeasures.every((m) => m !== null))
    return eachItsOwnMeasure(
      items,
      wholeMeasures.map((m) => m!.name),
      indicator,
    );
  if (indicator && last.endsWith(text.slice(indicator.start, end).replace(/分别$/, ""))) {
    let head = last.slice(0, last.length - (end - indicator.start));
    const typical = items[0].length;
    // ("市级、区县信息系统整合率": the last item's words past the first's length are the measure — never when the
    // last item is a measure the lexicon names whole, 社会消费品零售总额)
    if (
      indicator.name.length > 3 &&
      head.length === 0 &&
      last.length > typical + 2 &&
      wholeMeasures[wholeMeasures.length - 1] === null
    ) {
      head = last.slice(0, typical);
      indicator = { ...indicator, name: last.slice(typical) };
    }
    if (!head) return null;
    items[items.length - 1] = head;
    // "规模以上工业增加值、高技术制造业增加值分别…": each item wrote the measure; none of them is part of the owner
    const written = text.slice(indicator.start, end).replace(/分别$/, "");
    for (let k = 0; written && k < items.length - 1; k++)
      if (items[k].endsWith(written) && items[k].length > written.length)
        items[k] = items[k].slice(0, -written.length);
  }
  items = withoutSharedHead(expandShared(items));
  // "香洲、金湾和斗门三个行政区分别实现…": the items are places, not subjects
  items[items.length - 1] = items[items.length - 1].replace(PLACE_COUNT, "");
  // "汽车、电气、电子和电力累计增速分别为…": a word of summing is no part of the last item
  items[items.length - 1] = items[items.length - 1].replace(/(?:累计|合计|共计)$/, "");
  // "杭州和武汉上半年GDP均…": a part of the year after the last item is the figure's period, no part of the item
  items[items.length - 1] = items[items.length - 1].replace(PERIOD_AT_END, "");
  const places = items.map((item) => placeNamed(item));
  const allPlaces = places.every((p) => p !== null);
  // (places among other things: no item may be read as a subject of the place the passage is about)
  if (!allPlaces && places.some((p) => p !== null))
    return { skip: "region_unclear", message: "a list of places not all known" };
  // "金融机构本外币存、贷款余额分别增长…": things each named whole as an amount, with no measure written once,
  // are each a measure (金融机构本外币存款余额), no owner of one
  if (
    !indicator &&
    !allPlaces &&
    items.every((item) => AMOUNT_HEAD.test(item) && nounPhrase(item, 0, item.length) === item)
  )
    return eachItsOwnMeasure(items, items);
  // "农民人均纯收入和城镇居民人均可支配收入分别达到…": an item before the last that ends with a measure of its own is
  // that measure's, of what stands before it — the measure written once is the last item's only
  const measures = items.map((item, k) => {
    if (k === items.length - 1 || !indicator) return null;
    const own = findIndicators(item, 0, item.length).pop();
    return own && own.span[1] === item.length && own.name !== indicator.name && own.money === indicator.money
      ? { name: own.name, owner: item.slice(0, own.span[0]) }
      : null;
  });
  return { items, indicator, places, measures };
}

/**
 * The candidate of item `i` of a list (分别, 均): a place or a subject, the measure written once, and for a growth
 * the change (a measure the lexicon names with its growth, GDP增速, is then the measure). Null when the figure
 * does not fit: a growth that is no rate, or no unit.
 */
export function itemCandidate(
  rule: string,
  atoms: SentenceAtoms,
  x: QuantityAtom,
  listed: ListedItems,
  i: number,
  growth: { falling: boolean; average?: boolean } | null,
): Candidate | null {
  if (growth && x.unit?.kind !== "percent" && x.unit?.kind !== "points") return null;
  const { items, indicator, places } = listed;
  const unit = growth ? normalisedUnit(x, false) : normalisedUnit(x, indicator?.money ?? false);
  if (!unit) return null;
  const allPlaces = places.every((p) => p !== null);
  const own = listed.measures?.[i];
  const measure = own ? own.name : indicator?.name;
  const name = growth && measure ? measureOfGrowth(measure) : measure;
  const owner = own ? own.owner : items[i];
  return candidateFrom(rule, atoms, x, unit, {
    subject: allPlaces || !owner ? null : { name: owner, stated: true },
    region: allPlaces ? { entry: places[i]!, stated: true } : null,
    indicator: name || null,
    change: growth ? changeOf(growth.falling, x.unit?.kind === "points", growth.average) : null,
    direction: growth ? (growth.falling ? "fall" : "rise") : null,
  });
}

export const distributionRule: Rule = {
  id: "distribution",
  description: "A、B(指标)分别(达到)Q1、Q2: one figure per listed item, in order",
  examples: [
    {
      text: "到2025年,绍兴市市级、区县信息系统整合率分别达到80%、60%。",
      date: "2023年1月1日",
      gives: {
        subject: "区县",
        indicator: "信息系统整合率",
        value: 60,
        unit: "%",
        kind: "target",
        year: 2025,
      },
    },
    {
      text: "2023年,绍兴市第一、二产业增加值分别增长3%、5%。",
      date: "2024年1月1日",
      gives: { subject: "第二产业", indicator: "增加值增速", direction: "rise", value: 5, kind: "actual" },
    },
    {
      text: "2023年,越城、柯桥和上虞三个区分别实现地区生产总值900亿元、1800亿元和1300亿元。",
      date: "2024年1月1日",
      gives: { region: "柯桥区", indicator: "地区生产总值", value: 1800, unit: "亿元", kind: "actual" },
    },
    {
      text: "2023年,越城、柯桥和上虞三个区分别实现地区生产总值900亿元、1800亿元和1300亿元,分别增长6.1%、7.2%和5.3%。",
      date: "2024年1月1日",
      gives: {
        region: "上虞区",
        indicator: "地区生产总值增速",
        direction: "rise",
        value: 5.3,
        kind: "actual",
      },
    },
    {
      text: "三年来绍兴高新区加快发展,2021年至2023年,分别完成地区生产总值236亿元、314亿元、365亿元。",
      date: "2024年2月1日",
      gives: { indicator: "地区生产总值", value: 314, unit: "亿元", kind: "actual", year: 2022 },
    },
    {
      text: "绍兴市智能家电、精细化工产业集群提前实现千亿规模目标,2023年产值分别达到1350亿元和1080亿元。",
      date: "2024年2月1日",
      gives: {
        subject: "精细化工",
        indicator: "产值",
        value: 1080,
        unit: "亿元",
        kind: "actual",
        year: 2023,
      },
    },
  ],
  produce({ text, atoms, q }) {
    // (every way this rule reads has a 分别 in the sentence: asked once per sentence, of thousands of figures)
    if (!saysFenbie(atoms)) return null;
    const [cStart] = clauseOf(text, atoms, q.span[0]);
    const local = text.slice(cStart, q.span[0]).lastIndexOf("分别");
    // "城乡居民人均可支配收入43150元、21340元,分别增长8.7%、10.5%": the values listed first, their 分别 in the
    // clause after them — the list stands where its 分别 would
    const valuesFirst = local < 0 && valuesBeforeFenbie(text, atoms, q);
    const unsaid = local < 0 && !valuesFirst && ratesAfterList(text, atoms, q, cStart);
    const fenbie = local >= 0 ? cStart + local : valuesFirst ? q.span[0] : unsaid ? cStart : -1;
    if (fenbie < 0) return null;
    // the figures after 分别, joined by 、 or 和, in this clause
    const [, cEnd] = clauseOf(text, atoms, q.span[0]);
    const list = within(atoms.quantities, fenbie === q.span[0] ? fenbie : fenbie + 1, cEnd + 1).filter(
      (x) => clauseOf(text, atoms, x.span[0])[0] === cStart,
    );
    if (list.length < 2 || list[0] !== q) return null;
    for (let i = 1; i < list.length; i++) {
      const between = text.slice(list[i - 1].span[1], list[i].span[0]);
      if (!/^[、和及]$/.test(between)) return null;
    }
    // 分别增长4.8%和7.2%: growth rates, not values of the measure
    const verb = DISTRIBUTED_CHANGE.exec((unsaid ? "分别" : "") + text.slice(fenbie, list[0].span[0]));
    const falling = verb?.[3] !== undefined;
    const growth = verb?.[2] !== undefined || falling;
    // "…投资两年平均分别增长14.6%和10.7%", "年均分别增长": an average over years, written before 分别
    const average = growth && AVERAGE_BEFORE.test(text.slice(Math.max(cStart, fenbie - 4), fenbie));
    // "2016年至2018年,分别完成地区生产总值236.3亿元、314.5亿元、365亿元": a figure a year of the span of years the
    // clauses before name, in order
    const span =
      fenbie === topicStart(atoms, cStart, fenbie) ? yearsSpannedBefore(text, atoms, cStart) : null;
    if (span && span.to - span.from + 1 === list.length) {
      // (the measure after 分别, known to the lexicon or named in plain words: "分别完成工业开票销售…")
      const plain = measureName(text, fenbie + 2, list[0].span[0]);
      const known = indicatorBefore(text, atoms, fenbie, list[0].span[0]);
      const measure = known ?? (plain ? { name: plain, money: list[0].unit?.kind === "money" } : null);
      if (!measure)
        return { skip: "measure_missing", message: "a figure a year, of no measure named", consumed: list };
      // "分别完成工业营业收入…": what is measured, written before a measure the lexicon names, is its subject
      const surface = known ? text.slice(known.start, known.end) : "";
      const owner =
        known && plain && plain.length > surface.length && plain.endsWith(surface)
          ? nounPhrase(plain, 0, plain.length - surface.length)
          : null;
      return {
        candidates: seriesOf(atoms, list, measure, growth, falling, (i) => ({
          year: { year: span.from + i, stated: true },
          ...(owner ? { subject: { name: owner, stated: true } } : {}),
        })),
        consumed: list,
      };
    }
    const topic = topicStart(atoms, cStart, fenbie);
    // shares: "先进制造业、装备制造业占规模以上工业增加值比重分别达49.9%、31.2%"
    const share = SHARE_OF.exec(text.slice(topic, fenbie));
    if (share && !growth) {
      // (the industries by their ordinals are named in full: "第一、第二、第三产业增加值占GDP的比重分别为…")
      const ordinals = ORDINAL_INDUSTRIES.exec(share[1]);
      const parts = ordinals
        ? ordinalsOf(ordinals).map((o, k, all) =>
            k === all.length - 1 ? o + share[1].slice(ordinals[0].length) : o,
          )
        : share[1].split(/、|和|及/);
      // "先进制造业、高技术制造业增加值占…比重": the measure written once, after the last owner
      const measure = SHARED_MEASURE.exec(parts[parts.length - 1]);
      if (measure && parts.length > 1 && !parts.slice(0, -1).some((p) => SHARED_MEASURE.test(p)))
        parts[parts.length - 1] = parts[parts.length - 1].slice(0, -measure[0].length);
      const owners = parts.map((o) => nounPhrase(o, 0, o.length));
      if (owners.length !== list.length || owners.some((o) => !o)) return null;
      const base = shareBaseNamed(share[2]);
      return {
        candidates: list.map((x, i) =>
          candidateFrom("distribution", atoms, x, normalisedUnit(x, false), {
            subject: { name: owners[i]!, stated: true },
            indicator: `${measure?.[0] ?? ""}占${base}比重`,
          }),
        ),
        consumed: list,
      };
    }
    // "一季度和上半年全省地区生产总值分别增长9.3%、9.2%": the items are parts of the year, each figure the
    // measure's over its part, of the place the clause is about
    const parts = partsOfYearListed(text, atoms, cStart, fenbie);
    if (parts && parts.periods.length === list.length) {
      const { periods, indicator } = parts;
      return {
        candidates: seriesOf(atoms, list, indicator, growth, falling, (i) => ({ period: periods[i] })),
        consumed: list,
      };
    }
    // "甲、乙产业增加值分别占全市规上工业增加值的比重为30%和12%", "…规模分别占全国的20%、50%": shares, written
    // after 分别 — of the measure before it, in the base after 占
    const shareAfter = !growth ? SHARE_AFTER.exec(text.slice(fenbie, list[0].span[0])) : null;
    if (shareAfter) {
      const listed = listedItems(text, atoms, cStart, fenbie, q.span[0]);
      if (!listed || "skip" in listed || listed.items.length !== list.length)
        return { skip: "share_skipped", message: "shares listed for items not read", consumed: list };
      // (items that open with places of their own, "上海某某产业、武汉某某产业", are no one place's)
      // (the first item's place may lead the clause: "上海张江…、武汉东湖…")
      const leading = within(atoms.regions, cStart, fenbie)[0]?.entry?.name;
      const opening = listed.items.map((item) => gazetteer().matchAt(item, 0)?.entries[0]?.name ?? leading);
      if (new Set(opening.filter((o) => o !== undefined)).size > 1)
        return { skip: "region_unclear", message: "shares of items in different places", consumed: list };
      const base = shareBaseNamed(shareAfter[1] ?? shareAfter[2]);
      const indicator = `${listed.indicator?.name ?? ""}占${base}比重`;
      return {
        candidates: list.map((x, i) =>
          candidateFrom("distribution", atoms, x, normalisedUnit(x, false), {
            subject: { name: listed.items[i], stated: true },
            indicator,
          }),
        ),
        consumed: list,
      };
    }
    // "甲、乙分别实现A、B,分别增长a、b": a 分别 opening its clause lists the items of the clause before — and so does
    // one after a deadline of its own: "甲和乙分别达到600家和1000家;到2027年,分别达到700家和1200家"
    const before = fenbie === cStart ? clauseBeforeDeadline(text, atoms, cStart) : null;
    const previous = before && (growth || before.pastDeadline) ? clauseOf(text, atoms, before.start) : null;
    let listed: Listed | null = null;
    if (previous && previous[0] < cStart) {
      const at = text.slice(previous[0], previous[1]).lastIndexOf("分别");
      const first = at < 0 ? undefined : within(atoms.quantities, previous[0] + at + 1, previous[1] + 1)[0];
      if (first) listed = listedItems(text, atoms, previous[0], previous[0] + at, first.span[0]);
      // (the clause before listing its values with no 分别 of its own: the list stands where its 分别 would)
      const values = at < 0 ? within(atoms.quantities, previous[0], previous[1] + 1)[0] : undefined;
      if (values && valuesBeforeFenbie(text, atoms, values))
        listed = listedItems(text, atoms, previous[0], values.span[0], values.span[0]);
    } else listed = listedItems(text, atoms, cStart, fenbie, q.span[0]);
    // "甲、乙产业集群提前实现…目标,2020年产值分别达到A和B": the measure is here, the items head the clause before
    if (!listed && !previous && !text.slice(topic, fenbie).includes("、")) {
      const indicator = indicatorBefore(text, atoms, cStart, fenbie);
      const subjects = indicator ? subjectsOfClauseBefore(text, atoms, cStart) : null;
      if (subjects) listed = { items: subjects.items, indicator, places: subjects.items.map(() => null) };
    }
    // "甲和乙企业在2022年的基础上实现“双倍增”,分别超过90家和870家": counts of the things heading the clause before,
    // which holds no figure of its own
    if (!listed && before && !previous && list.every((x) => x.unit?.kind === "count")) {
      const subjects =
        within(atoms.quantities, before.start, cStart).length === 0
          ? subjectsOfClauseBefore(text, atoms, cStart)
          : null;
      if (subjects)
        listed = { items: subjects.items, indicator: null, places: subjects.items.map(() => null) };
    }
    if (!listed && growth && fenbie === cStart) {
      const measures = measuresOfClausesBefore(text, atoms, cStart, list.length);
      if (measures)
        return {
          candidates: list.flatMap((x, i) => {
            if (x.unit?.kind !== "percent") return [];
            const { indicator, subject, region } = measures[i];
            return [
              candidateFrom("distribution", atoms, x, normalisedUnit(x, false), {
                subject,
                region: region && { entry: region, stated: true },
                indicator,
                change: changeOf(falling, false, average),
                direction: falling ? "fall" : "rise",
              }),
            ];
          }),
          consumed: list,
        };
    }
    if (!listed) return null;
    if ("skip" in listed) return { ...listed, consumed: list };
    const { items } = listed;
    // "饮料类、烟酒类商品零售分别增长…": classes of goods, parts of a measure (sales, prices), no owners of one
    if (items.some((item) => CLASS_OF_GOODS.test(item)))
      return { skip: "measure_missing", message: "classes of goods, parts of a measure", consumed: list };
    if (items.length !== list.length) {
      // (rates after a list whose 分别 was unsaid, not one for each item: the growth rule's to judge)
      if (unsaid) return null;
      return {
        skip: "measure_missing",
        message: `分别 lists ${items.length} items but ${list.length} figures`,
        consumed: list,
      };
    }
    const candidates = list.flatMap((x, i) => {
      const c = itemCandidate("distribution", atoms, x, listed, i, growth ? { falling, average } : null);
      return c ? [c] : [];
    });
    // "分别超过90家和870家": a comparator right after 分别 bounds every figure, not the first alone
    const said = text.slice(fenbie, list[0].numberStart);
    if (list[0].comparator && /^分别\S+$/.test(said) && list[0].span[0] > fenbie)
      for (const c of candidates) c.comparator ??= list[0].comparator;
    return { candidates, consumed: list };
  },
};
