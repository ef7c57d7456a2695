// Context inheritance: a figure takes the region and year its clause states, else those of the section it
// sits in (a heading, or the sentence that opened the passage: "2020年,沈阳高新区…"), else the document's.
import {
  gazetteer,
  NATION,
  PROVINCES_BY_NUMBER,
  SUBAREA_KINDS,
  TOWN_KINDS,
  ZONE_KIND_ENDS,
  ZONE_KINDS,
  type RegionEntry,
} from "../../lexicon/regions";
import { findCues, findIndicators } from "../atoms/lexical";
import { firstFrom, lastBefore, within } from "../atoms/search";
import { CAPTION, clauseAround } from "../segment";
import { countryDescribes, isVenue } from "../atoms/region";
import {
  changeOf,
  measureOfGrowth,
  type Candidate,
  type RegionAtom,
  type Sentence,
  type SentenceAtoms,
} from "../types";
import type { DocumentMeta } from "./document-meta";
import { periodOf } from "./period";
import { MAY_NAME_PERIOD, PERIOD, TIME_CLAUSE_LEAD } from "../../lexicon/periods";
import { GDP_NAMES, KINDS_OF_FIGURE } from "../../lexicon/indicators";
import { PLAN_END, relativeYears } from "../atoms/year";
import { readCount } from "../atoms/numeral";
import { GOAL_INTRODUCES } from "../../lexicon/predicates";
import { nounPhrase } from "../phrases";

// statistics' first estimate: "初步核算,…" leads a sentence and opens a passage of results
// (or the source of the figures named first: "根据地区生产总值统一核算结果,")
const PRELIMINARY_WORDS =
  "(?:据|经)?初步(?:核算|测算|统计)|(?:根据|据)[\\u4e00-\\u679b\\u679d-\\u9fff]{2,16}(?:核算|统计|监测|调查)结果";
// what may stand before the topic of a sentence or clause: time words (a span of years too, 2021~2022年, 2021年至
// 2022年), connectives, a byline, where the figures come from ("记者从…获悉,经…调查推算,并报…核准,")
const LEAD_WORDS = String.raw`[\s\d年月日,，、:：~～–—]|至|在|近日|日前|目前|同时|此外|其中|另外|去年|今年|全年|当前|截至|截止|到|力争|争取|预计|确保|同期|而|比如|例如|如|第[一二三四五六七八九十\d]+名(?:是|为)?[“"]?|[上下]半年|前?[一二三四1-4]季度|前三季度|据了解|据悉|${PRELIMINARY_WORDS}|[\u4e00-\u8bae\u8bb0-\u9fff]{1,6}讯|[\u4e00-\u9fff]{1,10}\d{1,2}月\d{1,2}日[电讯]|(?:记者|据)?[\u4e00-\u9fff]{0,16}(?:介绍|表示|指出|透露|获悉|了解到|显示|说|称|强调|提到|通报|发布|公布)[,，:：]|经[\u4e00-\u9fff]{0,20}(?:推算|核算|测算|审核|审定)[,，]|并?报[\u4e00-\u9fff]{0,12}(?:核准|审定|批准)[,，]|[一二三四五六七八九十\d]+年来|近年来|以来|该区|该市|该园区|过去[一二三四五六七八九十\d]+年|(?:刚刚|刚)?过去的|[(（][^)）]{0,12}[)）]|[▶◆◇■□●○•·★☆►▷※【】[\]-]|——`;
const LEAD = new RegExp(`^(?:${LEAD_WORDS})*$`);

// what a sentence opens with to say what it is about: "对“十三五”期间GDP增速,…", "关于2025年目标,…"
const REGARDING = /^(?:对于?|就|关于)$/;

// what follows a place's word for itself that ranks or compares with it: "全省第3位", "全市平均水平", "全省前列"
const SELF_RANKED =
  /^(?:[\u4e00-\u9fff]{0,4}?(?:第|前列|前[一二三四五六七八九十\d]|平均|排名|领先|首位|之首))/;

// a paragraph that opens by going on with the one before: "同时,…", "此外,…", "与此同时,…"
const GOING_ON = /^\s*(?:同时|与此同时|此外|另外)[,，]/;
// (before a count of places: the place's own word for itself too, "全省10个国家级经开区")
const SELF_OR_LEAD = new RegExp(`^(?:${LEAD_WORDS})*(?:全|本|我)?[省市区县]?$`);

// the top places of a ranking, or the others: "GDP排名前十的城市…增速均超过10%", "其他城市…均增长6%以上" (not "前十强城市
// 中唯一的地级市,苏州…", one of them)
const RANKED_PLACES =
  "(?:(?:排名)?前[一二三四五六七八九十\\d]+(?:强|位|名)?的?|其他)(?:城市|省份|地市)(?![中之里])";

// what a count of places counts: zones, cities, provinces, counties
const GROUP_KINDS = "开发区|园区|高新区|经开区|自贸区|城市|省份|地市|县市|区县|县区|区域";
// a count of places as what a sentence reports on, before its deed or its measure: "东部沿海33家国家级开发区实现…",
// "共有15个省份GDP总量超过2万亿元", "20个高新区(未含某某高新区)实现…" (a note in brackets between)
// (or a few provinces named by their number, whatever follows: "南方五省区全社会用电量达…", "长三角三省一市…"; or
// RANKED_PLACES)
const GROUP_OF_PLACES = new RegExp(
  `((?:这|这些|其中)?\\d+(?:个|家|座)[^,，。;；:：]{0,20}?(?:${GROUP_KINDS}))(?:[(（][^()（）]{1,16}[)）])?(?:共|累计|合计|全年|[上下]半年|前三季度|[一二三四]季度|1-\\d{1,2}月)?(?:实现|完成|(?=${GDP_NAMES}|经济总量))|(${PROVINCES_BY_NUMBER}|${RANKED_PLACES})`,
);

// …or before a measure the lexicon names, a word of what is reckoned between ("12个区县实际直接利用外资增长18.9%"), or
// districts named by their count ("中心六区增长36%", "主城九区实现…")
const COUNT_OF_PLACES = new RegExp(
  `\\d+(?:个|家|座)[^,，。;；:：]{0,12}?(?:${GROUP_KINDS})(?=[\\u4e00-\\u9fff])`,
  "g",
);
const COUNTED_DISTRICTS =
  /(?:中心城?|主城|城|近郊|远郊|环城|新城)[两二三四五六七八九十]+[区县](?=[\u4e00-\u9fff]{0,10}?(?:增长|下降|实现|完成|达到))/;
const RECKONED = /^(?:实际|直接|累计|合计|共|全年)*$/;

/** A group of places before a measure of theirs in a sentence ("12个区县实际直接利用外资…", "中心六区增长…"). */
function groupBeforeMeasure(s: Sentence, atoms: SentenceAtoms, text: string): RegExpExecArray | null {
  COUNT_OF_PLACES.lastIndex = 0;
  for (let m = COUNT_OF_PLACES.exec(s.text); m; m = COUNT_OF_PLACES.exec(s.text)) {
    const end = s.start + m.index + m[0].length;
    const measure = firstFrom(atoms.indicators, end);
    if (measure && measure.span[0] - end <= 6 && RECKONED.test(text.slice(end, measure.span[0]))) return m;
  }
  return COUNTED_DISTRICTS.exec(s.text);
}

// a town's or subdistrict's name: two or three characters of its own (none a word before it: "2024年是凤鸣街道…")
const TOWN_NAME = `(?![年是在的])[\\u4e00-\\u9fff]{2,3}(?:${TOWN_KINDS})`;
// a town or a subdistrict as the topic a sentence opens with: "茶山镇党委书记表示,…", "某某街道将…"
const TOWN_TOPIC = new RegExp(
  `^[^,，。;；]{0,6}?(${TOWN_NAME})(?:党委|党工委|人民政府|政府|将|要|实现|完成|今年|[,，:：])`,
);

// the kind of a town in a sentence's opening words (TOWN_KINDS); a town's whole name; words ending in a town's kind that
// name no town (城镇, 小镇, 全镇, 全年城镇)
const TOWN_KIND_IN = new RegExp(`${TOWN_KINDS}`);
const WHOLE_TOWN_NAME = new RegExp(`^${TOWN_NAME}$`);
const NO_TOWN_NAME = /(?:城|小|乡|集|全|本|我|该|各|村)镇$|^(?:全年|年末|今年|上半年|全|本|我|该|各)/;

// the words before a year a text looks towards: "迈向2035年", "面向2035年", "向着2035年…的目标"
const TOWARDS = /(?:迈向|面向|向着|朝着)$/;

// a later clause of a sentence that opens with the whole year: "…,全年预计实现…", "…;2025全年工业开票销售…"
const WHOLE_YEAR_CLAUSE = new RegExp(
  `(?:^|[,，;；])${TIME_CLAUSE_LEAD}(?:(?:今年|本年|\\d{4}年?))?全年(?!目标|计划|任务|预期)`,
  "g",
);

/** The last match in `text` of a global pattern, or null. */
function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

// a paragraph about the text's own whole year, or its end: "全年…", "年末全县…", "全县全年…"
const OWN_YEAR_OPENING = /^(?:[全我本][市区县省])?(?:全年|年末|年底)/;
// a part of the year alone opening a sentence: "1—7月份,", "上半年,"
const PERIOD_OPENING = new RegExp(`^(?:今年|本年)?(?:${PERIOD.source})[,，]`);
// a part of the year opening a later clause of a sentence: "今年一季度,…回落。但在今年上半年,深圳进出口总额…"
const PERIOD_CLAUSE = new RegExp(
  `(?:^|[,，;；])${TIME_CLAUSE_LEAD}(?:今年|本年)?(${PERIOD.source})[,，]`,
  "g",
);

// a part of a place no list holds, right after the place that leads a sentence: "其中,开封市城乡一体化示范区主要…"
// (not a class of them, "各园区", "重点园区", nor what a deed is done to, "改造提升传统产业园区20个": the part is a
// noun phrase, and the topic of what follows)
// the years a text names by its own: 今年, 本年, 去年, 上年
const THIS_OR_LAST_YEAR = /今年|本年|去年|上年/;
// a sentence that opens with now: 目前, 截至目前, 当前
const NOW_LEAD = /^\s*(?:目前|截至目前|截止目前|当前)[,，]/;
const SUBAREA_AFTER_PLACE = new RegExp(
  `^(?!各|全|重点|省级|国家级|市级|获|荣获|入选|被)([\\u4e00-\\u9fff]{2,10}?(?:${SUBAREA_KINDS}))(?=党工委|管委会|管理委员会|召开|将|要|主要|实现|完成|今年|全年|坚持|围绕|聚焦|力争|最新|数据显示|统计|[,，:：])`,
);

// a class of zones as what a clause reports on, no zone of its own: "2022年,国家级经开区实现地区生产总值…",
// "全部国家高新区规上工业企业实现…" (not the class counted: "国家高新区数量突破12家")
// "东部地区103家国家级经开区地区生产总值…" (their sum, no one place's figure)
// In a text that is no zone's own, a kind of zone opening a clause bare is a class too: "经济开发区规上亩均税收达到
// 37万元以上", "全省经济开发区实现…", "省级高新区…" (a zone's own text calls itself 开发区: it is that zone's)
const ZONE_KIND = new RegExp(`(?:${ZONE_KINDS})(?!管委会|管理委员会|数量|总数|个数|数[达为突增])`, "g");
// (what stands before the kind: the country's parts, a count, a level — read back from the kind, which is rare)
const ZONE_CLASS_BEFORE =
  /(?:全国|全部|东部地区|中部地区|西部地区|中西部地区|东北地区)?(?:\d+家)?(?:国家级?|省级|市级|全省|全市|各类?|所有)?$/;

const ZONE_KIND_AT_END = new RegExp(`(?:${ZONE_KINDS})$`);
const SUBAREA_AT_END = new RegExp(`(?:${SUBAREA_KINDS})$`);
// a class of cities by size or by role: 大城市, 中小城市, 重点发展城市, 人口净流入的大城市 (bare 城市 names a measure's
// scope, 城市建成区…, no class)
const CITY_CLASS = /(?:人口净?流入的?|其他)?(?:特大|超大|中小|大|中|小|重点发展|试点)城市/g;

// (or a quoted name of a programme after it: "扬州“三新”项目", "浙江“千万工程”")
const NAMES_A_THING =
  /^(?:(?:[、和及][\u4e00-\u9fff]{1,5})*等?(?:都市圈|城市圈|城市群|经济圈|都市区|片区)|[“"][^”"]{1,8}[”"])/;

/**
 * A place at the head of a clause (from `start`, before `end`) that is no topic of what follows: one that names a
 * thing (南昌都市圈, 武汉城市圈, 扬州“三新”项目) or a place where something was held or visited ("在重庆、深圳举办推介会").
 */
function namesNoTopic(text: string, r: RegionAtom, start: number, end: number): boolean {
  return (
    NAMES_A_THING.test(text.slice(r.span[1], Math.min(end, r.span[1] + 24))) || isVenue(text, r, start, end)
  );
}

/**
 * A sentence that lists places of several provinces, each as "省的某市" ("安徽的宁国市,贵州的息烽县,河北的武安市…首次
 * 上榜"): a round-up's list, whose first place is no topic of what follows.
 */
function listOfPlaces(atoms: SentenceAtoms): boolean {
  if (atoms.regions.length < 6) return false;
  const provinces = new Set(atoms.regions.map((r) => r.entry?.path[0]).filter((p) => p !== undefined));
  return provinces.size >= 3;
}

/** The short form a zone's name is kept in: 高新技术产业开发区 → 高新区, 经济技术开发区 → 经开区. */
function normaliseSuffix(suffix: string): string {
  return suffix === "高新技术产业开发区" ? "高新区" : suffix === "经济技术开发区" ? "经开区" : suffix;
}

/** One region contains the other (or they are the same). */
function related(a: RegionEntry, b: RegionEntry): boolean {
  return a.path.includes(b.name) || b.path.includes(a.name);
}

export interface ContextMood {
  /** The part of the year the passage's opening names ("今年上半年,…"), for figures that do not name one. */
  period?: string | null;
  /** The kind the passage's opening sentence announced ("今年,我们将…" → target). */
  mood: "target" | "actual" | null;
  /** How many years back the passage's opening looks ("过去一年,…" 1, "过去五年,…", "五年来,…" 5). */
  past?: number | null;
}

// the parts of the country by which statistics are given
const MACRO_AREA = /^(?:东部|中部|西部|东北)(?:地区|省份|十省|六省)?/;
const PRELIMINARY = new RegExp(`^${PRELIMINARY_WORDS}`);
// targets said to be met, in a report: what follows reviews the year the targets were set for
const GOALS_MET =
  /(?:圆满|顺利|较好|全面|超额)?完成了[^。;；]{0,30}?(?:确定|下达|提出)的(?:各项)?(?:主要)?(?:目标任务|目标|任务)/;
// an opening that looks back over the years before the text's own: "过去一年,", "五年来,", "这五年,", "过去五年工作回顾",
// "刚刚过去的一年,"
const LOOKING_BACK =
  /^(?:回顾)?(?:(?:(?:刚刚|刚)?过去|这)(?:的)?([一二两三四五六七八九十\d]+)年|([一二两三四五六七八九十\d]+)年来)/;

/**
 * Give each candidate the region, year and measure its context states, and return the passage's mood (the kind
 * and part of the year its opening announced) for each candidate, for the kind and period refiners.
 */
export function inheritContext(
  text: string,
  all: SentenceAtoms[],
  bySentence: Map<SentenceAtoms, Candidate[]>,
  meta: DocumentMeta,
): Map<Candidate, ContextMood> {
  const moods = new Map<Candidate, ContextMood>();
  let ctxRegion: RegionEntry | null = null;
  let ctxYear: number | null = null;
  let ctxMood: ContextMood["mood"] = null;
  let ctxPast: number | null = null;
  let ctxPeriod: string | null = null;
  // the line whose opening period alone ("1—7月份,…") set ctxPeriod: it speaks for that paragraph only, and the
  // passage's own period comes back after it
  let periodLine: number | null = null;
  let passagePeriod: string | null = null;
  // the year and mood before a deadline opened a passage ("…要求:到2025年,…"), restored where it ends
  let outer: { year: number | null; mood: ContextMood["mood"]; figures: boolean } | null = null;
  const home = meta.region;
  // (a zone's own text, 苏州工业园区 in the divisions' list too, calls itself 开发区 or 园区)
  const isZone = (e: RegionEntry | null) =>
    e !== null && (e.level === "zone" || ZONE_KIND_AT_END.test(e.name) || e.name.endsWith("园区"));
  // zones the document names in full: a zone named bare (松山湖高新区) is one of them, or unknown
  const zones: RegionEntry[] = [];
  for (const a of all) for (const r of a.regions) if (r.entry?.level === "zone") zones.push(r.entry);
  if (home?.level === "zone") zones.push(home);
  const zoneOf = (bare: string): RegionEntry | null => {
    const suffix = ZONE_KIND_AT_END.exec(bare)?.[0] ?? "";
    const middle = bare.slice(0, bare.length - suffix.length);
    for (let n = middle.length; n >= 2; n--) {
      const tail = middle.slice(-n);
      const z = zones.find((e) => e.name.endsWith(tail + normaliseSuffix(suffix)));
      if (z) return z;
    }
    return null;
  };
  // 全省 in a city's or a zone's text is the province it is in, 全市 in a zone's or a county's the city: the place of
  // the text's path the word's level fits, nearest first (the home itself when none does)
  const selfOfHome = new Map<string, RegionEntry | null>();
  const homeAsSelf = (level: string): RegionEntry | null => {
    if (!home || fitsSelf(home, level)) return home;
    if (!selfOfHome.has(level)) {
      const gaz = gazetteer();
      const above = home.path
        .slice(0, -1)
        .map((name, k) => gaz.lookup(name).find((e) => e.path.join() === home.path.slice(0, k + 1).join()))
        .filter((e): e is RegionEntry => e !== undefined && fitsSelf(e, level));
      selfOfHome.set(level, above.pop() ?? home);
    }
    return selfOfHome.get(level) ?? home;
  };
  // (a word of the place's self that leads its clause, "全省开发区生产总值达到…"; not one a rank or a comparison names,
  // "居全省第5位", "高于全省平均水平", which is no topic)
  const selfLeads = (r: RegionAtom): boolean => {
    let k = r.span[0];
    while (k > 0 && !/[,，;；。:：\n]/.test(text[k - 1]) && r.span[0] - k <= 24) k--;
    return LEAD.test(text.slice(k, r.span[0])) && !SELF_RANKED.test(text.slice(r.span[1], r.span[1] + 6));
  };
  const pick = (r: RegionAtom): RegionEntry | null => {
    if (r.bare) return zoneOf(r.bare) ?? r.placed ?? null;
    if (r.entry) return r.entry;
    // 全市 in a section about 武汉 is 武汉; in a section about the home region's parent it is still home, and in one
    // about a place of another level (全市 after a sentence led by 北湖区) it is home too
    if (r.self)
      return ctxRegion && !home?.path.includes(ctxRegion.name) && fitsSelf(ctxRegion, text[r.span[1] - 1])
        ? ctxRegion
        : selfLeads(r)
          ? homeAsSelf(text[r.span[1] - 1])
          : home;
    if (home) return r.ambiguous.find((e) => e.path.slice(0, -1).every((p) => home.path.includes(p))) ?? null;
    return null;
  };
  // the year a document is about: the one its title names, else its own date's (unless only inferred)
  const fallbackYear =
    meta.titleYear ??
    (meta.year !== null && !meta.warnings.some((w) => w.code === "date_inferred") ? meta.year : null);
  // the year the last deadline that opened a passage named (力争到2020年), while it is the passage's year
  let deadlineYear: number | null = null;
  // the year of the text's own date, when a date line says it (not inferred)
  const datedYear =
    meta.year !== null && !meta.warnings.some((w) => w.code === "date_inferred") ? meta.year : null;
  const isLead = (from: number, at: number) => at - from <= 64 && LEAD.test(text.slice(from, at));
  // …or after words of when the sentence opens with: "上半年,鸿山镇财政收入累计完成…" (shaped as a TOWN_TOPIC match)
  // (a name of its own after words of when, none a place the gazetteer holds: not 城镇, 小镇, 乡镇, 景德镇)
  const townAfterLead = (atoms: SentenceAtoms, from: number): [string, string] | null => {
    const head = text.slice(from, Math.min(atoms.sentence.end, from + 24));
    const kind = TOWN_KIND_IN.exec(head);
    if (!kind || kind.index < 4) return null;
    for (const n of [3, 2]) {
      const at = kind.index - n;
      const name = head.slice(at, kind.index + kind[0].length);
      if (
        WHOLE_TOWN_NAME.test(name) &&
        !NO_TOWN_NAME.test(name) &&
        !atoms.regions.some((r) => r.span[1] > from + at && r.span[0] < from + kind.index) &&
        isLead(from, from + at)
      )
        return [name, name];
    }
    return null;
  };
  // a deadline an aim names, "为到2035年人均国内生产总值翻一番打好基础", or a year a text looks towards, "迈向2035年基本
  // 实现现代化": no deadline of the figures around it
  const aimed = (y: { by: boolean; span: readonly [number, number] }) =>
    (y.by && text[y.span[0] - 1] === "为") || TOWARDS.test(text.slice(Math.max(0, y.span[0] - 2), y.span[0]));
  // a park the figure's own clause names after a clause a zone opened: one more item of a list of parks, no part
  // of that zone ("…甲经开区产值达到280亿元,乙“两湾”产业园产值达到167亿元"; not "其中,…产业园": a part of it)
  // (a park whose measure the figure is: a count of parks, "建立一到两个试点园区", counts what is made)
  const siblingPark = (opener: RegionAtom, c: Candidate, cStart: number) =>
    isZone(pick(opener)) &&
    c.indicator !== null &&
    c.subject !== null &&
    SUBAREA_AT_END.test(c.subject.name) &&
    !text.startsWith("其中", cStart) &&
    !/其中[,，]$/.test(text.slice(Math.max(0, cStart - 3), cStart));
  // a sentence introducing a list in a plan's or a goal's words ("《规划》提出的内容包括:"): its items are
  // targets of the year the passage was about, until the list ends
  let listIntro: { year: number | null } | null = null;
  // a quotation that goes on over sentences, and the mood its opening sentence set
  let quoted: Quoted | null = null;
  // a class of zones the paragraph reports on (国家级经开区), whose figures are no one place's
  let ctxGroup: string | null = null;
  // a town (茶山镇) the passage is about, whose figures no known place owns
  let ctxTown: string | null = null;
  // the place in doubt of the sentence before, for a breakdown of it ("…88家国家高新区…实现…。其中,工业增加值…")
  let doubtBefore: { line: number; name: string } | null = null;
  // the passage's year over a sub-head, for the paragraph after it
  let yearAcrossSubhead: number | null | undefined;
  for (const atoms of all) {
    const s = atoms.sentence;
    // (a quotation is closed by a new paragraph that does not open one)
    if (quoted && s.index > 0 && all[s.index - 1].sentence.line !== s.line && !/^\s*“/.test(s.text))
      quoted = null;
    // (the list goes on over the sentences of an item's line: "——规模效益实现新提升。规模以上…")
    const firstOfLine = s.index === 0 || all[s.index - 1].sentence.line !== s.line;
    if (listIntro && !s.listMarker && firstOfLine) listIntro = null;
    const passageYear = ctxYear; // before this sentence closes the passage (a heading does)
    const from = s.start + (s.listMarker?.length ?? 0); // "二、2023年主要预期目标": the year leads
    const first = listOfPlaces(atoms)
      ? undefined
      : atoms.regions.find((r) => isLead(from, r.span[0]) && !namesNoTopic(text, r, from, s.end));
    // "我国科技创新资源聚集地北京中关村…数据显示": the country described, then the place the sentence is about, in
    // the clause it leads
    const lead = first && pick(first)?.level === "nation" ? (placeDescribed(atoms, first) ?? first) : first;
    // a heading's year dates its section wherever it stands ("无锡市2024年1-6月主要经济指标")
    // (a dateline on its own, "2024年3月15日", is no section)
    // (nor is a chart's caption, whose years are the chart's: "图1:2020年-2024年地区生产总值及增速"; nor a span of
    // years in a heading, "2021年—2025年主要指标", whose figures each name their own)
    // (nor is the title of a meeting that presents a five-year plan, "2026年两会特别报道": see DocumentMeta)
    const dateline =
      s.heading &&
      (/^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$/.test(s.text) ||
        CAPTION.test(s.text) ||
        (meta.meetingTitle && s.text.trim() === meta.title));
    // (nor is a full date leading a news sentence, "2026年3月5日,国务院总理…": the day it happened)
    const leadYear = dateline
      ? undefined
      : atoms.years.find(
          (y) =>
            // (or right after the place that leads: "深圳2021年全年地区生产总值…"; or after a word of what the sentence
            // is about: "对“十三五”期间GDP增速,…")
            (isLead(from, y.span[0]) ||
              REGARDING.test(text.slice(from, y.span[0])) ||
              (s.heading && y.explicit) ||
              (lead !== undefined && lead.span[1] === y.span[0])) &&
            !/^\d{1,2}月\d{1,2}日/.test(text.slice(y.span[1], y.span[1] + 6)) &&
            !(s.heading && inRange(text, y.span)),
        );
    // a deadline's passage ends at the next heading or numbered item, or at a sentence that opens by reporting
    // ("截至去年,…", "目前,…")
    const firstStrong = atoms.cues.find((c) => c.strong);
    const reports =
      firstStrong?.kind === "actual" &&
      (firstStrong.span[0] - s.start < 6 || firstStrong.span[1] <= (atoms.quantities[0]?.span[0] ?? 0));
    // (items that open with a dash go on with it: "到2025年,…。\n——高端制造引领功能大幅提升。…比重达45%")
    // (when the deadline's own sentence set figures: a deadline of no figure, "…提出,到2035年人均GDP达到中等发达国家水平",
    // is no goal list's opening)
    if (outer && (((s.heading || s.listMarker) && !(s.listMarker === "——" && outer.figures)) || reports)) {
      ctxYear = outer.year;
      deadlineYear = null;
      ctxMood = outer.mood;
      ctxPast = null;
      outer = null;
    }
    // a dash heading between paragraphs ("…端得更牢。\n——粮食产量1.4万亿斤左右\n根据…") heads a section of a news
    // item: it takes no year, mood or part of the year from the paragraph before it, whose year the paragraph after it
    // goes on with (an item of a list of goals follows its introduction or another item, and goes on with them)
    if (yearAcrossSubhead !== undefined) {
      ctxYear ??= yearAcrossSubhead;
      yearAcrossSubhead = undefined;
    }
    if (subheadBetweenParagraphs(all, s)) {
      yearAcrossSubhead = ctxYear;
      ctxYear = null;
      deadlineYear = null;
      ctxMood = null;
      ctxPast = null;
      ctxPeriod = null;
    }
    // a heading about a place ("无锡市2024年…主要指标", "佛山市南海区人民政府") opens its section; a place named
    // inside a heading ("…增速均高于全国平均水平") does not, nor does an item of a list ("●全省地区生产总值增长6%")
    if (
      s.heading &&
      !s.listMarker &&
      atoms.regions.length > 0 &&
      pick(atoms.regions[0]) &&
      isLead(from, atoms.regions[0].span[0]) &&
      !namesNoTopic(text, atoms.regions[0], from, s.end)
    ) {
      // the most specific of a chain: "佛山市南海区人民政府" is about 南海区
      ctxRegion = atoms.regions
        .map(pick)
        .reduce((a, e) => (e && a && e.path.includes(a.name) ? e : a), pick(atoms.regions[0]));
      ctxYear = null; // a new section of a news page
      deadlineYear = null;
      ctxMood = null;
      ctxPast = null;
      ctxPeriod = null;
    }
    // a sentence that opens with the country or a multi-province region (长三角一体化…) in a local text speaks
    // of it for itself; the passage stays the home region's
    const wide = (e: RegionEntry | null) => e !== null && (e.level === "nation" || e.level === "area");
    const aboveHome = (e: RegionEntry | null) =>
      e !== null && home !== null && e !== home && home.path.includes(e.name);
    // (a place leading one item of a list, "●广州经济总量突破3万亿元;", is that item's, not its siblings', once
    // the list has a place)
    const passageRegion = ctxRegion;
    // (so does one that opens with the word for a place above the home, "全省…" in a city's text: homeAsSelf)
    if (
      lead &&
      !(wide(pick(lead)) && home && !wide(home)) &&
      !(lead.self && aboveHome(pick(lead))) &&
      (s.heading || !s.listMarker || ctxRegion === null)
    )
      ctxRegion = pick(lead) ?? ctxRegion;
    // an undated text's "今年一至七月,全市实现…" has no year to carry, but its opening still sets the mood
    const undatedLead =
      leadYear || fallbackYear !== null
        ? undefined
        : relativeYears(s.text.slice(from - s.start, from - s.start + 12)).find((r) =>
            isLead(from, from + r.index),
          );
    const leadEnd =
      leadYear?.span[1] ?? (undatedLead ? from + undatedLead.index + undatedLead.word.length : null);
    if (leadYear) {
      // a leading deadline ("到2025年,全省…") opens a target passage that ends like any deadline's
      outer = leadYear.by
        ? (outer ?? { year: ctxYear, mood: ctxMood, figures: atoms.quantities.length > 0 })
        : null;
      ctxYear = leadYear.year;
      deadlineYear = leadYear.by ? leadYear.year : null;
      // "今年上半年,…", "2024年1-6月,…": the passage speaks of part of the year
      ctxPeriod = periodOf(text.slice(from, clauseAround(text, s, leadYear.span[0])[1]));
      periodLine = null;
    } else if (undatedLead) {
      ctxPeriod = periodOf(text.slice(from, clauseAround(text, s, from)[1]));
      periodLine = null;
    } else if (
      meta.genre === "bulletin" &&
      meta.titleYear !== null &&
      ctxYear !== null &&
      ctxYear < meta.titleYear &&
      firstOfLine &&
      OWN_YEAR_OPENING.test(text.slice(from, Math.min(s.end, from + 8)))
    ) {
      // in a year's bulletin, "2023年全国第五次经济普查结果:…" then "年末全县常住人口…", "全年全县地方财政总收入…": a
      // paragraph that opens with the whole year or its end speaks of the bulletin's year, not of an earlier year a
      // paragraph before named (a report's review, "2023年工作回顾…全年…", is another matter: its 全年 is 2023)
      ctxYear = null;
      deadlineYear = null;
      ctxPeriod = null;
    } else {
      // "1—7月份,园区…完成71.77亿元。其中,工业投资…": a part of the year opening a sentence alone speaks for the
      // sentences after it in its paragraph
      const opening = PERIOD_OPENING.exec(text.slice(from, Math.min(s.end, from + 16)));
      if (opening) {
        if (periodLine === null) passagePeriod = ctxPeriod;
        ctxPeriod = periodOf(opening[0]);
        periodLine = s.line;
      } else if (periodLine !== null && s.line !== periodLine) {
        ctxPeriod = passagePeriod;
        periodLine = null;
      }
    }
    // (a part of the year opening a later clause goes on for the sentences after it in its paragraph)
    // (only a sentence with a word of a part of the year may hold one: most do not, and the pattern is long)
    if (MAY_NAME_PERIOD.test(s.text)) {
      const later = lastMatch(s.text, PERIOD_CLAUSE)?.[1];
      if (later && later !== ctxPeriod) {
        if (periodLine === null) passagePeriod = ctxPeriod;
        ctxPeriod = later;
        periodLine = s.line;
      }
    }
    // "1-9月实现GDP115.5亿元,全年预计实现GDP178亿元;…": a clause that opens with the whole year, after any that
    // opens with a part of it, ends the part the passage spoke of — the figures after it, in this paragraph and
    // the next, are the year's own (a figure's clause that names a part still says so)
    if (
      ctxPeriod !== null &&
      s.text.includes("全年") &&
      (lastMatch(s.text, WHOLE_YEAR_CLAUSE)?.index ?? -1) > (lastMatch(s.text, PERIOD_CLAUSE)?.index ?? -1)
    ) {
      ctxPeriod = null;
      passagePeriod = null;
      periodLine = null;
    }
    if (leadEnd !== null) {
      // a strong cue first: "2023年计划执行情况" reports, though it says 计划; only the opening clause sets
      // the passage's mood ("今年上半年,…围绕“一年有新进展”的目标,…" is no target passage)
      const [, openEnd] = clauseAround(text, s, leadEnd);
      // (a goal named as an object, "是实现…目标任务关键的一年", sets no mood: only one that introduces figures)
      const opening = atoms.cues.filter(
        (c) =>
          (c.span[1] <= openEnd || c.span[0] <= leadEnd + 12 || s.heading) &&
          c.span[0] >= leadEnd && // 今年 as the lead is the passage's year, not its mood
          !(c.word === "目标" && !GOAL_INTRODUCES.test(text.slice(c.span[1], c.span[1] + 3))),
      );
      // (a year gone by, "刚刚过去的2024年,…", is a passage of results unless a strong cue says otherwise)
      const gone = leadYear && /过去的$/.test(text.slice(leadYear.span[0] - 3, leadYear.span[0]));
      const cue =
        opening.find((c) => c.strong) ??
        (gone ? atoms.cues.find((c) => c.word === "过去的") : undefined) ??
        opening.find((c) => c.kind === "target");
      // a leading deadline ("到2025年,全省…") with no cue is a target passage all the same
      ctxMood = cue ? cue.kind : leadYear?.by ? "target" : null;
      ctxPast = null;
    } else {
      // "过去五年,我们…", "一年来,…": a passage of results over the years just gone
      const back = LOOKING_BACK.exec(text.slice(from, Math.min(s.end, from + 12)));
      if (back) {
        ctxMood = "actual";
        const n = back[1] ?? back[2];
        ctxPast = readCount(n);
        // (…looking back from the text's own year: a year ahead the passage before set, a plan's end or a deadline
        // ("“十五五”时期主要目标:到2030年,…。过去五年,全市…"), is no year of it)
        if (ctxYear !== null && fallbackYear !== null && ctxYear > fallbackYear) {
          ctxYear = null;
          deadlineYear = null;
          outer = null;
        }
      } else if (PRELIMINARY.test(text.slice(from, Math.min(s.end, from + 8)))) {
        // "初步测算,前三季度国内生产总值…。分产业看,第一产业增加值…": statistics' first estimates, results all
        ctxMood = "actual";
      } else if (meta.genre === "report" && GOALS_MET.test(s.text)) {
        // "…较好完成了市人大…确定的目标任务。全市地区生产总值增长5.2%…": a report's review of the year just ended
        ctxMood = "actual";
        ctxPast = 1;
      }
    }
    if (!leadYear) {
      // a deadline ahead of every figure opens a target passage: "《意见》要求:到2025年,…。单位…下降13.5%;…"
      const deadline = atoms.years.find((y) => y.by);
      const firstFigure = atoms.quantities[0]?.span[0] ?? s.end;
      // "…,为到2035年人均国内生产总值翻一番打好基础": the aim a passage serves is no deadline of its figures
      const purpose =
        deadline !== undefined && (aimed(deadline) || /(?:打好|奠定|打下)(?:坚实)?基础/.test(s.text));
      if (
        deadline &&
        !purpose &&
        deadline.span[1] <= firstFigure &&
        // (a year in a document's title before it is the title's: "印发《…三年行动计划(2023-2025年)》,提到,到2025年,…")
        !atoms.years.some((y) => y.span[0] < deadline.span[0] && !inBookTitle(text, s.start, y.span[0]))
      ) {
        outer ??= { year: ctxYear, mood: ctxMood, figures: atoms.quantities.length > 0 };
        ctxYear = deadline.year;
        deadlineYear = deadline.year;
        ctxMood = "target";
        ctxPast = null;
      }
    }

    // the first place the sentence before names, below the nation (read once per sentence, when a figure asks)
    let placeBefore: RegionEntry | null | undefined;
    const placeOfSentenceBefore = () =>
      (placeBefore ??=
        s.index > 0
          ? (all[s.index - 1].regions.map(pick).find((e) => e !== null && e.level !== "nation") ?? null)
          : null);
    // regions that open a clause, found once per sentence (a sentence may hold thousands of figures)
    const cands = bySentence.get(atoms) ?? [];
    // …and so are its first colon and its ; (items of a list of places after a colon)
    let colonAt: number | null = null;
    const firstColon = () =>
      (colonAt ??= s.text.search(/[:：]/) < 0 ? Infinity : s.start + s.text.search(/[:：]/));
    let semisOf: { span: [number, number] }[] | null = null;
    const semis = () =>
      (semisOf ??= [...s.text.matchAll(/[;；]/g)].map((m) => ({
        span: [s.start + m.index, s.start + m.index + 1] as [number, number],
      })));
    let openersOf: RegionAtom[] | null = null;
    const openers = () =>
      (openersOf ??= atoms.regions.filter((r) => {
        if (!pick(r)) return false;
        const [start, end] = clauseAround(text, s, r.span[0]);
        // a place that names a thing (南昌都市圈, 武汉城市圈) is no topic of what follows
        return isLead(start, r.span[0]) && !namesNoTopic(text, r, start, end);
      }));
    // "这49个国家级开发区实现工业总产值…": figures of a group of places are no one place's
    // (a paragraph about a class of zones goes on about it: "…国家级经开区实现…。其中:第二产业增加值…")
    // (…across a paragraph that opens by going on: "同时,实现税收收入…", "此外,…")
    if (ctxGroup && ((firstOfLine && !GOING_ON.test(s.text)) || s.heading || lead)) ctxGroup = null;
    // a town the gazetteer does not hold opens a passage of its own ("茶山镇党委书记表示,…"): its figures are no
    // one known place's, until a sentence or heading opens with a known place
    const town = TOWN_TOPIC.exec(s.text.slice(s.listMarker?.length ?? 0)) ?? townAfterLead(atoms, from);
    // (so does a part of the leading place that no list holds: "开封市城乡一体化示范区主要以…")
    const subareaAt =
      lead && pick(lead) ? SUBAREA_AFTER_PLACE.exec(text.slice(lead.span[1], lead.span[1] + 14)) : null;
    const subarea = subareaAt && nounPhrase(subareaAt[1], 0, subareaAt[1].length) ? subareaAt : null;
    if (town && !/^(?:城|乡|村)/.test(town[1].slice(-3))) ctxTown = town[1];
    else if (subarea) ctxTown = text.slice(lead!.span[0], lead!.span[1]) + subarea[1];
    else if (lead && pick(lead)) ctxTown = null;
    // (a zone the text or its passage is about calls itself 高新区 bare: "楚雄高新区…。1至9月,高新区园区实现…")
    const zones = placeClassOf(text, s, isZone(home) || isZone(ctxRegion));
    // (read where the sentence has figures, though none became a candidate: its group still leads the passage)
    const group = atoms.quantities.length
      ? (GROUP_OF_PLACES.exec(s.text) ?? zones ?? groupBeforeMeasure(s, atoms, text))
      : null;
    const groupEnd = group ? s.start + group.index + group[0].length : Infinity;
    // where the sentence first writes 国内生产总值, and first names a place (read once, when a figure asks)
    let productAt: number | undefined;
    const nationalProduct = () =>
      (productAt ??= s.text.includes("国内生产总值") ? s.start + s.text.indexOf("国内生产总值") : Infinity);
    let placeAt: number | undefined;
    const firstPlaceNamed = () =>
      (placeAt ??= atoms.regions.find((r) => pick(r) !== null)?.span[0] ?? Infinity);
    // a figure whose place is in doubt leaves the figures after it in its sentence in doubt too, when they only
    // inherit a place ("…国家级经开区实现地区生产总值14.8万亿元,同比增长5.6%"); so does the sentence before, for a
    // breakdown of it (read through a cast: the loop's own assignment below is what sets it)
    const doubt = doubtBefore as { line: number; name: string } | null;
    let sentenceConflict: string | null =
      doubt?.line === s.line && /^\s*其中/.test(s.text) ? doubt.name : null;
    for (const c of cands) {
      if (c.span[0] >= groupEnd) c.regionConflict = group![1] ?? group![2] ?? group![0];
      // (a figure after a place its own sentence names is that place's: "…南方五省区…增长。作为大省,广东…增速达22.5%")
      else if (
        ctxGroup &&
        !c.region &&
        !within(atoms.regions, s.start, c.span[0]).some((r) => !r.self && pick(r) !== null)
      )
        c.regionConflict = ctxGroup;
      // a part of the country named as what a figure is of ("东部地区规模以上工业企业营业收入…") is no place the
      // gazetteer holds, nor the country
      else if (!c.region && c.subject && MACRO_AREA.test(c.subject.name))
        c.regionConflict = MACRO_AREA.exec(c.subject.name)![0];
      moods.set(c, {
        mood: listIntro ? "target" : (quoted?.mood ?? ctxMood),
        period: ctxPeriod,
        past: listIntro || quoted?.mood ? null : ctxPast,
      });
      if (c.measureFromContext && !c.indicator && !c.change) {
        // the measure named last before the figure, in this sentence or the passage before it
        // (a kind of figure named alone, "某个经济增长率", is no measure: the one named before it is)
        const named =
          lastBefore(atoms.indicators.filter(namesAMeasure), c.span[0]) ?? measureOfPassage(text, all, atoms);
        // a percentage of a measure of money is its growth ("青海省的目标在4.5%左右" of 地区生产总值)
        if (named && c.unit === "%" && named.money && !c.direction) c.direction = "rise";
        if (named && c.direction) {
          // the measure itself; a name with its growth in it (GDP增速) gives the measure
          c.indicator = measureOfGrowth(named.name) || null;
          c.change = changeOf(c.direction === "fall");
        } else if (named) c.indicator = named.name;
      }
      if (!c.region) {
        const [cStart] = clauseAround(text, s, c.span[0]);
        const inClause = within(atoms.regions, cStart, c.span[0]);
        const own = inClause.find((r) => isLead(cStart, r.span[0]) && pick(r));
        // a region that opens an earlier clause of the sentence ("卫辉市提出的目标是:GDP增速15%,…")
        const opener = own || atoms.regions.length === 0 ? undefined : lastBefore(openers(), cStart);
        // "…基数偏低的武汉,经济增速达到18.8%": a place ending the clause before, which states no figure, is the topic
        // of the clause after it
        const ending = own || opener ? undefined : lastBefore(atoms.regions, cStart);
        const tail =
          ending &&
          pick(ending) &&
          /^[,，]$/.test(text.slice(ending.span[1], cStart)) &&
          /的$/.test(text.slice(ending.span[0] - 1, ending.span[0])) &&
          within(atoms.quantities, clauseAround(text, s, ending.span[0])[0], cStart).length === 0
            ? ending
            : undefined;
        // "…后二名:银川市计划投资258亿元,完成52%;宁东计划投资201亿元,…": items of a list of places after a colon,
        // parted by ;, each open with their own place — an item that opens with no place, nor with a measure of the
        // place before it ("目标是:甲市地区生产总值增长6%;规上工业增加值增长7%"), is of a place not known
        // (the colon and the ; found by binary search: a sentence may hold thousands of figures)
        const semi =
          opener && opener.self === null && opener.span[0] > firstColon()
            ? lastBefore(semis(), cStart)
            : undefined;
        const itemStart = semi && semi.span[0] > opener!.span[1] ? semi.span[1] : -1;
        const measureFirst = itemStart >= 0 ? firstFrom(atoms.indicators, itemStart) : undefined;
        const otherItem = itemStart >= 0 && !(measureFirst && measureFirst.span[0] <= itemStart + 1);
        // (a park listed after a zone's clause is of the place around them both, when the passage has one that is
        // no zone itself)
        const apart = [opener, lead].some((r) => r !== undefined && r !== null && siblingPark(r, c, cStart));
        const around = [passageRegion, home].find((e) => e !== null && e !== undefined && !isZone(e)) ?? null;
        // (全省, 全市 in a clause after one a place of that level opened, "…;广东提出,到2018年,全省小康指数…", is that
        // place, not the text's home)
        const namedBefore =
          own?.self && atoms.regions.length > 1
            ? openers()
                .filter((r) => r.self === null && r.span[1] <= own.span[0])
                .pop()
            : undefined;
        const selfOf =
          namedBefore && fitsSelf(pick(namedBefore)!, text[own!.span[1] - 1]) ? pick(namedBefore) : null;
        if (own) c.region = { entry: selfOf ?? pick(own)!, stated: true };
        else if (apart) c.region = around && { entry: around, stated: false };
        else if (otherItem)
          // (named in the diagnostic by the words it opens with)
          c.regionConflict = /^[\u4e00-\u9fff]{1,4}/.exec(text.slice(itemStart, c.span[0]))?.[0] ?? "?";
        else if (opener && (!lead || opener.span[0] > lead.span[0]))
          c.region = { entry: pick(opener)!, stated: true };
        else if (tail) c.region = { entry: pick(tail)!, stated: true };
        else if (lead && lead.span[1] <= c.span[0] && pick(lead))
          c.region = { entry: pick(lead)!, stated: true };
        else if (ctxRegion) c.region = { entry: ctxRegion, stated: false };
        else if (home) c.region = { entry: home, stated: false };
        // a region the figure's clause names that is neither the inherited one, above it nor below it, and
        // is no part of what is counted (深圳外溢签约项目): the figure may be that region's
        const inherited = c.region && !c.region.stated ? c.region.entry : null;
        if (inherited && ctxTown) c.regionConflict = ctxTown;
        if (subarea && ctxTown && c.region?.entry === pick(lead!) && lead!.span[1] <= c.span[0])
          c.regionConflict = ctxTown;
        if (inherited) {
          const named = inClause.filter((r) => !c.subject?.name.includes(text.slice(r.span[0], r.span[1])));
          const other = named.map(pick).find((e) => e !== null && !related(e, inherited));
          // a zone named bare that the document never names in full: whose figure it is stays unknown
          const unknownZone = [...named, ...(lead ? [lead] : [])].find((r) => r.bare && !pick(r));
          if (other) c.regionConflict = other.name;
          else if (unknownZone) c.regionConflict = unknownZone.bare;
          // a national text's figure whose sentence names no place, right after a sentence of its paragraph that
          // named one ("…让阿勒泰一跃成为新的旅游目的地。去年累计接待游客1002.5万人次"): that place's, or in doubt
          else if (inherited.level === "nation" && !firstOfLine && atoms.regions.length === 0) {
            const before = placeOfSentenceBefore();
            if (before) c.regionConflict = before.name;
          }
        }
      }
      if (c.regionConflict) sentenceConflict = c.regionConflict;
      else if (sentenceConflict && c.region && !c.region.stated) c.regionConflict = sentenceConflict;
      // the country's product (国内生产总值) in a place's text, its sentence naming no place before the figure: the
      // country's figure, or a reworded copy's name for the place's own — in doubt either way (the doubt is of that
      // measure's figures alone: the others of the sentence keep their place)
      else if (
        c.region &&
        !c.region.stated &&
        c.region.entry.level !== "nation" &&
        c.indicator === "地区生产总值" &&
        nationalProduct() < c.span[0] &&
        !(firstPlaceNamed() < c.span[0])
      )
        c.regionConflict = NATION.name;
      if (!c.year) {
        // (a deadline an aim names dates no figure)
        const before = lastBefore(
          atoms.years.filter((y) => !aimed(y)),
          c.span[0],
        );
        const [, cEnd] = clauseAround(text, s, c.span[0]);
        const after = firstFrom(atoms.years, c.span[1]);
        // an average over the years up to a deadline the sentence names next: "年均增长6%左右,到2025年,…"
        const average = c.change?.startsWith("年均")
          ? atoms.years.find((d) => d.by && d.span[0] >= c.span[1] && !aimed(d))
          : undefined;
        const y = before ?? (after && after.span[1] <= cEnd ? after : undefined) ?? average;
        // (a part of a year said alone, "一季度、上半年…", is of the year its passage named: "2021年全区…。从增长走势
        // 来看,一季度…" in a text of 2022)
        if (y?.partAlone && ctxYear !== null) c.year = { year: ctxYear, stated: false };
        else if (y) c.year = { year: y.year, stated: true };
        // (a year said relative to an undated text, "今年1-8月,…", or a part of a year, "1-8月,…", is not the
        // deadline of the passage before it: "力争到2020年…" is no this year)
        else if (
          meta.year === null &&
          deadlineYear !== null &&
          ctxYear === deadlineYear &&
          (THIS_OR_LAST_YEAR.test(s.text.slice(0, c.span[0] - s.start)) ||
            PERIOD.test(s.text.slice(0, c.span[0] - s.start)))
        ) {
          // the text's own year, unknown: no year
        } else if (listIntro?.year != null) c.year = { year: listIntro.year, stated: false };
        else if (quoted?.year != null) c.year = { year: quoted.year, stated: false };
        // "2016年,…。目前,全省国家高新区达8家": now is the text's own date, not the year the passage reviewed
        else if (datedYear !== null && NOW_LEAD.test(s.text.slice(s.listMarker?.length ?? 0)))
          c.year = { year: datedYear, stated: false };
        else if (ctxYear !== null) {
          // a yearly average under a five-year plan the text names is the plan's, not that of a vision year
          // the passage took from a heading ("…2035年人均GDP翻一番" above "研发经费投入年均增长7%以上")
          const plan = meta.latestFiveYearPlan;
          const planned = c.change?.startsWith("年均") && plan !== null && ctxYear > plan;
          c.year = { year: planned ? plan : ctxYear, stated: false };
        } else if (fallbackYear !== null)
          c.year = { year: fallbackYear, stated: false, guessed: meta.titleYear === null };
        // a plan's text of no known date: the end of the plan's period
        else if (meta.planEnd !== null) c.year = { year: meta.planEnd, stated: false };
      }
    }
    doubtBefore = sentenceConflict ? { line: s.line, name: sentenceConflict } : null;
    quoted = quoteAfter(s, atoms, quoted);
    // "值得注意的是,在传统产业之外,苏州在…投资1065.1亿元。其中…": a sentence led by no place, whose figures are all
    // of the one place opening a clause of it, speaks of that place — and so does what follows it
    if (!lead && !s.heading && cands.length > 0) {
      const first = cands[0].region?.stated ? cands[0].region.entry : null;
      if (
        first &&
        !wide(first) &&
        cands.every((c) => c.region?.stated && c.region.entry === first && !c.regionConflict) &&
        // (a place after a colon is an item of a list, "前二名:银川市开工率98%,某某开工率95%", no topic)
        openers().some((r) => pick(r) === first && r.span[0] < firstColon())
      )
        ctxRegion = first;
    }
    if (zones) ctxGroup = zones[1];
    // (a count of places the sentence opens with, "全省10个国家级经开区完成…", leads the passage as a class of zones does)
    else if (
      group?.[1] &&
      SELF_OR_LEAD.test(s.text.slice(clauseAround(text, s, s.start + group.index)[0] - s.start, group.index))
    )
      ctxGroup = group[1];
    // (so does a group of provinces a sentence opens with: "1-7月,南方五省区…。其中,制造业用电量…"; the one
    // province a passage before spoke of is no longer the topic)
    else if (
      group?.[2] &&
      LEAD.test(s.text.slice(clauseAround(text, s, s.start + group.index)[0] - s.start, group.index))
    ) {
      ctxGroup = group[2];
      ctxRegion = home;
    }
    if (!s.listMarker && atoms.quantities.length === 0 && /[:：]\s*$/.test(s.text)) {
      // (a sentence without figures had its cues read only when it names a year)
      const cues = atoms.cues.length ? atoms.cues : findCues(text, s.start, s.end);
      const intro = cues.find((x) => x.strong);
      // an introduction naming no year lists the targets of the passage it follows; one naming a plan
      // ("《规划》提出了“十四五”…的五大目标:") lists that plan's
      const plan = /十[一二三四五六]五/.exec(s.text);
      const named = atoms.years.filter((y) => !aimed(y));
      const own = named.length ? named[named.length - 1].year : plan ? (PLAN_END[plan[0]] ?? null) : null;
      listIntro = intro?.kind === "target" ? { year: own ?? passageYear } : null;
    }
  }
  return moods;
}

/** A class of places found at `index` of a sentence, shaped as a match of GROUP_OF_PLACES (its name in [0] and [1]). */
function classMatch(name: string, index: number): RegExpExecArray {
  const found = [name, name] as unknown as RegExpExecArray;
  found.index = index;
  return found;
}

/**
 * The first class of places that opens a clause of `s` (after its lead words): a class of cities (大城市, 重点发展城市)
 * or of zones (国家级经开区, 省级开发区), as a match in the sentence.
 */
function placeClassOf(text: string, s: Sentence, zoneHere: boolean): RegExpExecArray | null {
  const opens = (at: number) => LEAD.test(text.slice(clauseAround(text, s, s.start + at)[0], s.start + at));
  // "人口净流入的大城市,新增…比例力争达到30%以上", "其他重点发展城市,…"
  if (s.text.includes("城市"))
    for (const m of s.text.matchAll(CITY_CLASS)) if (opens(m.index)) return classMatch(m[0], m.index);
  if (!ZONE_KIND_ENDS.test(s.text)) return null;
  for (const m of s.text.matchAll(ZONE_KIND)) {
    const before = ZONE_CLASS_BEFORE.exec(s.text.slice(Math.max(0, m.index - 16), m.index))![0];
    const at = m.index - before.length;
    const name = before + m[0];
    if (zoneHere && !name.includes("国家")) continue;
    if (opens(at)) return classMatch(name, at);
  }
  return null;
}

interface Quoted {
  /** "target" when the quotation opened with a word of intent: "…指出:“2024年,…增长目标为8%。…。”" */
  mood: "target" | null;
  /** The year the quotation opens with ("“2024年,…"), for the figures of its later sentences. */
  year: number | null;
}

/**
 * Whether a quotation is still open after sentence `s`, and its mood: one opened and not closed in `s` takes
 * the kind of the first strong cue after its “; one open before stays so until a ” closes it.
 */
function quoteAfter(s: Sentence, atoms: SentenceAtoms, open: Quoted | null): Quoted | null {
  const opens = s.text.lastIndexOf("“");
  const closes = s.text.lastIndexOf("”");
  if (open) return closes >= 0 && closes > opens ? null : open;
  if (opens < 0 || closes > opens) return null;
  const cue = atoms.cues.find((c) => c.strong && c.span[0] >= s.start + opens);
  const year = atoms.years.find(
    (y) => y.explicit && y.span[0] - (s.start + opens) <= 4 && y.span[0] > s.start + opens,
  );
  return { mood: cue?.kind === "target" ? "target" : null, year: year?.year ?? null };
}

/** Whether a place is of the level a word of the text's own (全市, 全县, 全区, 全省) names by its last character. */
function fitsSelf(e: RegionEntry, level: string): boolean {
  switch (level) {
    case "市":
      return e.level === "city" || e.name.endsWith("市");
    case "县":
      return /[县旗]$/.test(e.name);
    case "省":
      return e.level === "province";
    default:
      return true;
  }
}

/** A line of its own opened by a dash, with a paragraph of sentences before it and one after it. */
function subheadBetweenParagraphs(all: SentenceAtoms[], s: Sentence): boolean {
  if (!s.heading || s.listMarker !== "——") return false;
  const before = all[s.index - 1]?.sentence;
  const after = all[s.index + 1]?.sentence;
  const paragraph = (x: Sentence | undefined) =>
    x !== undefined && x.line !== s.line && !x.heading && !x.listMarker;
  return paragraph(before) && /[。!?！？]\s*$/.test(before!.text) && paragraph(after);
}

/**
 * The measure a passage speaks of: the last one named in the sentences before (a few, back to a heading), read
 * only when a figure needs it ("从固定资产投资增长目标对比来看,…。甲、乙的目标是增长10%").
 */
function measureOfPassage(
  text: string,
  all: SentenceAtoms[],
  atoms: SentenceAtoms,
): { name: string; money: boolean } | null {
  for (let k = atoms.sentence.index - 1; k >= 0 && k >= atoms.sentence.index - 6; k--) {
    const s = all[k].sentence;
    // sentences without figures were not read for measures: read them now
    const found = (
      all[k].indicators.length ? all[k].indicators : findIndicators(text, s.start, s.end)
    ).filter(namesAMeasure);
    if (found.length) return found[found.length - 1];
    if (s.heading) break;
  }
  return null;
}

/** Whether an indicator names what a figure measures, not only its kind (增速, 占比). */
function namesAMeasure(x: { name: string }): boolean {
  return !KINDS_OF_FIGURE.has(x.name);
}

/**
 * The one place named after the country in the clause the country leads, with no list or comparison between them
 * ("我国科技创新资源聚集地北京中关村…"): what the clause is about, the country its description.
 */
function placeDescribed(atoms: SentenceAtoms, nation: RegionAtom): RegionAtom | undefined {
  const text = atoms.sentence.text;
  const start = atoms.sentence.start;
  const rest = atoms.regions.filter(
    (r) => r.span[0] >= nation.span[1] && countryDescribes(text, nation.span[1] - start, r.span[0] - start),
  );
  return rest.length === 1 && rest[0].entry && rest[0].entry.level !== "nation" && !rest[0].self
    ? rest[0]
    : undefined;
}

/** A year one end of a span of years: "2020年-2024年", "2021—2025年". */
function inRange(text: string, span: readonly [number, number]): boolean {
  return (
    /^\s*[-—–~～至到]\s*\d{4}/.test(text.slice(span[1], span[1] + 8)) ||
    /\d{4}年?\s*[-—–~～至到]\s*$/.test(text.slice(Math.max(0, span[0] - 8), span[0]))
  );
}

/** Whether `at` stands inside a title in 《》 that opens in its sentence (from `start`). */
function inBookTitle(text: string, start: number, at: number): boolean {
  const open = text.lastIndexOf("《", at);
  return open >= start && text.lastIndexOf("》", at) < open;
}
