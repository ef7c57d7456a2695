import type { Comparator } from "../../model/schema";
import { rateIndicatorBefore } from "../../lexicon/indicators";
import { firstFrom, lastBefore, within } from "../atoms/search";
import { ZONE_KINDS, ZONE_START } from "../../lexicon/regions";
import { clauseAround } from "../segment";
import { perSentence } from "../per-sentence";
import type { Candidate, IndicatorAtom, QuantityAtom, SentenceAtoms } from "../types";
import { MEASURE_MODIFIER } from "../../lexicon/predicates";
import { PERIOD } from "../../lexicon/periods";
import { CHARACTER_PAIRS } from "../../lexicon/subjects";
import {
  BRACKET_NOTE,
  holdsVerb,
  LISTED_EXAMPLES,
  measureName,
  measureNameAt,
  nounPhrase,
  VERBISH,
} from "../phrases";
import { ACCOMPLISHMENTS, AIMS, alternation, POLICY_ACTIONS, TIME_WORDS } from "../../lexicon/verbs";

// (the phrase readers live in src/extract/phrases.ts, below the atoms and the rules; the rules import them here)
export { LISTED_EXAMPLES, measureName, measureNameAt, nounPhrase };

/** Where the topic of a clause starts: after its leading region and year mentions (到2025年,重庆市…). */
export function topicStart(atoms: SentenceAtoms, from: number, to: number): number {
  // (an item's number or bullet is no part of its topic: "6.单位工业增加值能耗下降3%")
  const marker = from === atoms.sentence.start ? (atoms.sentence.listMarker?.length ?? 0) : 0;
  let s = from + marker;
  const leading = [...within(atoms.regions, from, to), ...within(atoms.years, from, to)].sort(
    (a, b) => a.span[0] - b.span[0],
  );
  // a word of intent before the clause's year or place: "目标到2030年高新技术企业突破5000家", "力争2025年…"
  if (INTENT_FIRST.has(atoms.sentence.text.charCodeAt(from - atoms.sentence.start))) {
    const at = from - atoms.sentence.start;
    const intent = INTENT_BEFORE_YEAR.exec(atoms.sentence.text.slice(at, at + 4));
    if (intent && leading[0]?.span[0] === from + intent[0].length) s = from + intent[0].length - 1;
  }
  // a time word before the clause's place: "年末全县农产品加工企业840家"
  const time = TIME_BEFORE_PLACE.exec(
    atoms.sentence.text.slice(s - atoms.sentence.start, s - atoms.sentence.start + 5),
  );
  if (time && leading.some((a) => a.span[0] === s + time[0].length)) s += time[0].length;
  for (const a of leading) if (a.span[0] <= s + 1) s = Math.max(s, a.span[1]);
  // a zone naming itself by its kind alone ("高新区新增市场主体…", "园区实现…") is the place, no part of the topic
  const at = s - atoms.sentence.start;
  if (!ZONE_FIRST.has(atoms.sentence.text.charCodeAt(at))) return s;
  ZONE_NAMING_ITSELF.lastIndex = at;
  const own = ZONE_NAMING_ITSELF.exec(atoms.sentence.text);
  return own && s + own[0].length < to ? s + own[0].length : s;
}
const INTENT_BEFORE_YEAR = /^(?:目标(?:是|为)?|力争|争取|确保|预计|计划)/;
const TIME_BEFORE_PLACE = new RegExp(`^(?:截至)?(?:${alternation(TIME_WORDS)})`);
const INTENT_FIRST = new Set([..."目力争确预计"].map((c) => c.charCodeAt(0)));
// a zone's word for itself: 高新区, 开发区, 园区 …
const ZONE_WORD = `(?:${ZONE_KINDS}|园区)`;
// (one word or two: "高新区园区实现…")
const ZONE_NAMING_ITSELF = new RegExp(
  `(?:${ZONE_WORD}){1,2}(?=[\u4e00-\u9fff])(?!数量|总数|个数|面积|管委会|管理委员会)`,
  "y",
);
const ZONE_FIRST = new Set([...ZONE_START, "园".charCodeAt(0)]);

// clause bounds by sentence and position: every rule asks for the clause of the same figure
const clausesOf = perSentence(() => new Map<number, [number, number]>());

export function clauseOf(text: string, atoms: SentenceAtoms, pos: number): [number, number] {
  const bySentence = clausesOf(atoms);
  let clause = bySentence.get(pos);
  if (!clause) {
    clause = clauseAround(text, atoms.sentence, pos);
    bySentence.set(pos, clause);
  }
  return clause;
}

/** The indicator closest before `pos` inside [from, pos), or a "…率" noun right before the figure. */
export function indicatorBefore(
  text: string,
  atoms: SentenceAtoms,
  from: number,
  pos: number,
): { name: string; money: boolean; start: number; end: number } | null {
  const inside = within(atoms.indicators, from, pos);
  const best: IndicatorAtom | null = inside[inside.length - 1] ?? null;
  // skip comparator/verb words between a rate noun and its figure: 整合率分别达到75%
  const gap =
    /(?:分别|均|将|要|力争|达到|达|提高到|提升到|提高至|提升至|保持在|控制在|超过|突破|为|是|在)*$/.exec(
      text.slice(from, pos),
    );
  const rateEnd = pos - (gap ? gap[0].length : 0);
  let rate = rateIndicatorBefore(text, rateEnd);
  // a rate noun begins after the clause's place and year: "绍兴市人口自然增长率" is 人口自然增长率
  const topic = rate ? topicStart(atoms, from, rateEnd) : 0;
  if (rate && rate.start < topic)
    rate = rateEnd - topic >= 3 ? { name: text.slice(topic, rateEnd), start: topic } : null;
  // a long one (规上制造业全员劳动生产率) runs back to the topic when all of it is one noun phrase
  else if (rate && topic < rate.start && rateEnd - topic <= 14) {
    const whole = text.slice(topic, rateEnd);
    if (nounPhrase(text, topic, rateEnd) === whole) rate = { name: whole, start: topic };
  }
  // the rate noun after the last indicator, or one that contains it (人口自然增长率 ⊃ 增长率)
  const contains = rate && best && rate.start < best.span[0] && best.span[1] === rateEnd;
  if (rate && rate.start >= from && (!best || rate.start >= best.span[1] || contains)) {
    return { name: rate.name, money: false, start: rate.start, end: rateEnd };
  }
  return best ? { name: best.name, money: best.money, start: best.span[0], end: best.span[1] } : null;
}

// (and any industry named by its trade, 种业, 茶业, 陶瓷业 — not a deed or a calling that ends in 业: 就业, 创业, 专业,
// 事业…; and trades named short: 跨境电商, 文旅)
const NOUN_HEAD =
  /(?:高企|企业|公司|总部|市场主体|经营主体|产业|行业|项目|园区|高新区|开发区|经开区|集群|集聚区|基地|平台|中心|机构|人才|团队|市场|载体|经济|工业|服务业|制造业|农业|产品|品牌|基站|数据|数据库|资源池|场景|用户|设备|系统|网络|孵化器|众创空间|楼宇|专利|标准|商标|岗位|银行|医院|学校|示范区|小镇|门店|网点|户|家庭|城市|县|镇|村|活动|赛事|展会|办件|事项|汽车|车辆|机场|航线|线路|站|起降点|充电桩|泊位|床位|学位|住房|园|楼|注册证|证书|药|器械|工厂|车间|实验室|研究院|研究所|院所|院校|高校|大学|居民|组件|应用|产品线|合同|产业链|贸易|(?:[农林牧渔]|畜牧|建筑|旅游|金融|物流|房地产|批发零售|零售|住宿餐饮|餐饮|交通运输|仓储|软件|文化|养殖|种植)业|(?<=[\u4e00-\u9fff])(?<![就创毕作营开停复失从置专学职事伟功基家守敬转结歇修肄课霸])业|电商|文旅|肉类|粮食|谷物|稻谷|小麦|玉米|大豆|豆类|薯类|蔬菜|水果|瓜果|果品|油料|油菜籽|花生|棉花|糖料|甘蔗|烟叶|茶叶|生猪|猪肉|牛肉|羊肉|禽肉|禽蛋|奶类|牛奶|水产品|中药材|食用菌|木材)$/;

/** The noun a thing phrase ends in: 企业 of 落后产能企业, 基站 of 5G基站; null when it ends in none. */
export function headNoun(np: string): string | null {
  return NOUN_HEAD.exec(np)?.[0] ?? null;
}

const SELF_PLACE = /^(?:[全我本该](?:省|市|区|县|镇|乡|村)|全国)$/;

/** A noun phrase that names a countable or measurable thing (ends in a noun head such as 企业, 项目, 基站). */
export function thingPhrase(text: string, from: number, to: number): string | null {
  const np = nounPhrase(text, from, to);
  if (!np || /\d+[个家项件名]|^第.{1,3}批/.test(np)) return null;
  // (a place speaking of itself is no thing counted: "完成全镇21个自然庄…" counts 自然庄, not 全镇)
  if (SELF_PLACE.test(np)) return null;
  return NOUN_HEAD.test(np) ? np : null;
}

/** A figure's value in the unit the dataset stores, and that unit. */
export function normalisedUnit(
  q: QuantityAtom,
  moneyContext: boolean,
  peopleContext = false,
): { unit: string; scale: number } | null {
  if (q.unit) {
    return { unit: q.unit.to, scale: q.unit.scale };
  }
  if (q.bareYi && moneyContext) return { unit: "亿元", scale: 1 / 1e8 };
  if (q.bareWan && peopleContext) return { unit: "人", scale: 1 };
  return null;
}

/**
 * A class of goods, a part of a measure named elsewhere (retail sales, prices), no owner of one: "食品烟酒类",
 * "汽车类", "烟酒类商品零售" (its name, or the phrase before a change, holds X类).
 */
export const CLASS_OF_GOODS = /[\u4e00-\u9fff]类(?!型)/;

/** Measures that count people: a bare 万 after one is 万人 ("城镇新增就业1200万"). */
export const PEOPLE_MEASURE = /(?:就业|就业人数|人口|人次|游客|接待游客|劳动力|人才)$/;

/**
 * Build a candidate from a quantity; the value is converted to the stored unit (money per person, 人均…, stays in
 * 元 whichever rule read it).
 */
export function candidateFrom(
  rule: string,
  atoms: SentenceAtoms,
  q: QuantityAtom,
  given: { unit: string; scale: number } | null,
  fields: Partial<Candidate> = {},
): Candidate {
  const unit = fields.indicator ? perCapita(fields.indicator, given) : given;
  const scale = unit?.scale ?? 1;
  const round = (v: number) => Number((v * scale).toPrecision(12));
  return {
    rule,
    sentence: atoms.sentence,
    span: q.span,
    value: round(q.value),
    valueMax: q.valueMax === null ? null : round(q.valueMax),
    unit: unit?.unit ?? null,
    comparator: q.comparator,
    subject: null,
    indicator: null,
    region: null,
    year: null,
    kind: null,
    ...fields,
  };
}

export function impliedComparator(
  q: QuantityAtom,
  fallback: Comparator,
): { comparator: Comparator; implied: boolean } {
  return q.comparator
    ? { comparator: q.comparator, implied: false }
    : { comparator: fallback, implied: true };
}

// (verbs in a row too: "培育形成数字产业、…", "推动形成…")
const LIST_VERBS =
  "重点培育发展|培育发展|重点发展|大力发展|加快发展|培育壮大|发展壮大|重点培育|推动|聚焦|培育|发展|打造|壮大|形成|围绕|包括|涵盖";
const ITEM_PREFIX = new RegExp(`^.*?(?:${LIST_VERBS})(?:${LIST_VERBS})*`);

/**
 * An enumeration "A、B及C、D" ending right before `end`, items split on 、 (and a final 和). Returns null
 * unless every item is a short noun phrase.
 */
/** Pairs joined character by character before the words they share: 存、贷款余额; 城、乡居民. */

export function enumerationBefore(
  text: string,
  from: number,
  end: number,
): { items: string[]; start: number } | null {
  const s = text.slice(from, end);
  let parts = s.split("、");
  // two items joined by 和 (or 与) alone: "城镇和农村居民…分别…", "现代农业与食品产业…分别…" (a name with 和 inside,
  // 软件和信息服务业, pairs no figures)
  if (parts.length < 2 && /^[^和与]{2,8}[和与][^和与]{2,12}$/.test(s.replace(ITEM_PREFIX, "")))
    parts = s.split(/[和与]/);
  if (parts.length < 2) return null;
  const firstRaw = parts[0];
  const stripped = firstRaw.replace(ITEM_PREFIX, "");
  parts[0] = stripped;
  const items = parts.map((p) => p.trim());
  const lastAnd = items[items.length - 1].split(/和|以及/);
  if (lastAnd.length === 2 && lastAnd.every((x) => x.length >= 2))
    items.splice(items.length - 1, 1, ...lastAnd);
  if (
    items.some(
      (i, k) =>
        (i.length < 2 && !(k === 0 && items.length === 2 && CHARACTER_PAIRS.some((p) => p.first === i))) ||
        i.length > 16 ||
        /[\d,，:：“”]/.test(i) ||
        holdsVerb(i.replace(/及|与/g, "")),
    )
  ) {
    return null;
  }
  return { items, start: from + (firstRaw.length - stripped.length) };
}

// a subject's predicate begins at its first verb, or at an adverb before it (提前实现, 均已完成)
const PREDICATE_START = new RegExp(`(?:提前|已经|已|均|都|率先|先后|相继|共同)?${VERBISH.source}`);
// the head noun written once after the last of several subjects: "装备制造、泛家居产业集群"
const SHARED_HEAD = /(?:产业集群|集群|产业|行业)$/;

/**
 * The subjects listed at the head of the clause before `clauseStart`, in the same sentence: "甲、乙产业集群提前实现
 * …目标,2020年产值分别达到…" lists 甲 and 乙. A head noun written once after the last one is no part of it.
 */
export function subjectsOfClauseBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
): { items: string[]; start: number } | null {
  if (clauseStart <= atoms.sentence.start) return null;
  const [pStart, pEnd] = clauseOf(text, atoms, clauseStart - 2);
  if (pEnd > clauseStart) return null;
  const topic = topicStart(atoms, pStart, pEnd);
  const clause = text.slice(topic, pEnd);
  // (two items may be joined by 和 alone: "高新技术企业和科技型企业在…基础上实现…")
  const lastItem = clause.includes("、") ? clause.lastIndexOf("、") : clause.indexOf("和");
  if (lastItem < 0) return null;
  const predicate = PREDICATE_START.exec(clause.slice(lastItem + 1));
  if (!predicate) return null;
  const listed = enumerationBefore(text, topic, topic + lastItem + 1 + predicate.index);
  if (!listed) return null;
  return { items: withoutSharedHead(listed.items), start: listed.start };
}

/** "装备制造、泛家居产业集群": a head noun written once after the last item is no part of it. */
export function withoutSharedHead(listed: readonly string[]): string[] {
  const items = [...listed];
  const last = items.length - 1;
  // "城镇和农村居民": the people written once after the last item are every item's
  const people = /(?:居民|人口|家庭)$/.exec(items[last]);
  if (
    people &&
    items[last].length > people[0].length &&
    items.slice(0, last).every((i) => i.length <= 3 && !i.endsWith(people[0]))
  )
    return items.map((i, k) => (k === last ? i : i + people[0]));
  if (!items.slice(0, last).some((i) => SHARED_HEAD.test(i))) {
    const bare = items[last].replace(SHARED_HEAD, "");
    if (bare.length >= 2) items[last] = bare;
  }
  return items;
}

/**
 * The thing counted in the clause right before `clauseStart`, when that clause ends with its figure:
 * "政务服务办件为13457件,同比增长24.5%", "新增高新技术企业2500家,总数突破8000家" (or "…2500家、总数…", `clauseStart`
 * then where the measure starts). Null when unsure.
 */
export function countedThingBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
): { name: string; stated: boolean } | null {
  if (clauseStart <= atoms.sentence.start) return null;
  const [pStart] = clauseOf(text, atoms, clauseStart - 2);
  const prev = within(atoms.quantities, pStart, clauseStart - 1).pop();
  if (!prev || !/^[,，、]$/.test(text.slice(prev.span[1], clauseStart))) return null;
  return thingCountedBy(text, atoms, pStart, prev);
}

/** The thing the figure `q` of the clause at `clauseStart` counts, named before it: "省级以上创新平台达到300家". */
export function thingCountedBy(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
  q: QuantityAtom,
): { name: string; stated: boolean } | null {
  // "高新技术企业连续两年净增超过200家,总数达到786家": the change words are no part of the thing (nor is the verb of a
  // level held: "…企业稳定在31户")
  const copula = /(?:(?:连续[两二三四五\d]+年)?(?:净增|新增|增加)|稳定在|保持在|为|达到|达|共)$/.exec(
    text.slice(clauseStart, q.span[0]),
  );
  const np = thingPhrase(
    text,
    topicStart(atoms, clauseStart, q.span[0]),
    q.span[0] - (copula?.[0].length ?? 0),
  );
  return np ? { name: np, stated: true } : null;
}

// a clause of a deadline alone: "到2027年", "力争到2030年底"
const DEADLINE_ALONE = /^(?:力争|争取)?(?:到|至)\d{4}年(?:底|末)?$/;
const PERIOD_ALONE = new RegExp(`^(?:今年)?(?:${PERIOD.source})$`);

/**
 * The start of the clause before the one at `clauseStart`, passing over a clause of a deadline alone (`pastDeadline`):
 * in "…达到300家;到2027年,达到400家" the clause before "达到400家" that names what it reaches is "…达到300家". Null at the
 * sentence's start.
 */
export function clauseBeforeDeadline(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
): { start: number; pastDeadline: boolean } | null {
  if (clauseStart <= atoms.sentence.start) return null;
  const [pStart] = clauseOf(text, atoms, clauseStart - 2);
  if (pStart <= atoms.sentence.start) return { start: pStart, pastDeadline: false };
  const between = text.slice(pStart, clauseStart - 1);
  // (and over a clause of a part of the year alone: "…全年目标2890亿元,1-4月,已完成711.91亿元")
  const pastDeadline = DEADLINE_ALONE.test(between);
  return pastDeadline || PERIOD_ALONE.test(between)
    ? { start: clauseOf(text, atoms, pStart - 2)[0], pastDeadline }
    : { start: pStart, pastDeadline: false };
}

// what a clause measures of a thing it opens with: its area, its output, its head count ("粮食播种面积…", "生猪出栏…")
// ("完成工业总产值…", "规模以上工业实现产值…": the verb of a report and 总 are no part of the thing)
const THING_MEASURED =
  /^(?:完成|实现)?([\u4e00-\u9fff]{2,8}?)(?:实现|完成)?总?(?:播种面积|种植面积|收获面积|面积|产量|出栏|存栏|产值|销量|销售量)/;

/**
 * The thing a bare measure at `at` is of, when the measure opens its clause (nothing before it but the clause's place
 * and year, at most the whole year and a verb of reaching: "全年实现增加值…"): the thing the clause right before opened
 * with and measured, or said grew — "粮食播种面积81.46万亩,产量36.17万吨": the bare 产量 is the 粮食's; "完成工业总产值
 * 60.54亿元,增加值16.03亿元": 工业's; "民营经济稳步发展,实现增加值…": 民营经济's. Null otherwise.
 */
export function thingMeasuredBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
  at: number,
): { name: string; stated: boolean } | null {
  if (!/^(?:全年)?(?:实现|完成)?$/.test(text.slice(topicStart(atoms, clauseStart, at), at))) return null;
  if (clauseStart <= atoms.sentence.start || !/^[,，]$/.test(text.slice(clauseStart - 1, clauseStart)))
    return null;
  const [pStart] = clauseOf(text, atoms, clauseStart - 2);
  const from = topicStart(atoms, pStart, clauseStart - 1);
  const said = text.slice(from, clauseStart).replace(/^(?:全年|全县|全市|全区|全省)/, "");
  const m = THING_MEASURED.exec(said) ?? INDUSTRY_GROWING.exec(said);
  const np = m ? nounPhrase(m[1], 0, m[1].length) : null;
  return np ? { name: np, stated: true } : null;
}

// an industry or a kind of economy said to grow, in a clause of no figure: "制造业快速增长,增加值同比增长14%",
// "民营经济稳步发展,实现增加值…"
const INDUSTRY_GROWING =
  /^([\u4e00-\u9fff]{1,8}?(?:业|产业|经济))(?:生产)?(?:快速|较快|稳步|稳健|平稳|持续|稳定|加快|健康)?(?:增长|发展|回升|壮大)[,，]$/;

/**
 * A share: "研发经费支出占地区生产总值比重达到3.2%", "服务业增加值占比55%". The owner (what is a share of the base)
 * becomes the subject, "占<base>比重" the indicator. Null when the owner is no plain noun phrase.
 */
export function shareOf(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
  ind: { name: string; start: number },
): { subject: { name: string; stated: boolean }; indicator: string } | null {
  if (!/^(?:占比|比重)$/.test(ind.name)) return null;
  const from = topicStart(atoms, clauseStart, ind.start);
  // list bullets and lead words are no part of the owner: "——预计研发经费支出占…"; nor is a short note in brackets,
  // "高技术产业(制造业)增加值占…"
  const phrase = text
    .slice(from, ind.start)
    .replace(/^(?:[—\-–·•●■◆▶\s]|预计|力争|其中|全年)+/, "")
    .replace(BRACKET_NOTE, "");
  // "非化石能源消费比重": the share of what the phrase names, in a total the phrase implies
  if (ind.name === "比重" && !phrase.includes("占")) {
    const owner = measureName(phrase, 0, phrase.length);
    return owner ? { subject: { name: owner, stated: true }, indicator: "比重" } : null;
  }
  const m =
    ind.name === "比重"
      ? /^(.{2,16}?)占(?:全市|全区|全省|全县)?(.{1,12}?)(?:的)?$/.exec(phrase)
      : /^(.{2,16}?)$/.exec(phrase);
  if (!m) return null;
  const owner = nounPhrase(m[1], 0, m[1].length);
  if (!owner) return null;
  const base = m[2] === undefined ? null : shareBaseNamed(m[2]);
  if (base !== null && !/^[\u4e00-\u9fffA-Za-z]+$/.test(base)) return null;
  return { subject: { name: owner, stated: true }, indicator: base === null ? "占比" : `占${base}比重` };
}

/** The last 、 in text[from, to), or -1: searched in that range only (never back to the document's start). */
export function lastSeparator(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 0x3001) return i;
  return -1;
}

/**
 * Where the last item of a list in text[from, to) starts when the item before it ends with its own figure
 * ("A突破5000亿元、B…", "基础设施投资2200亿元、新型基础设施投资…"): right after that 、; -1 when there is none.
 */
export function itemAfterFigure(text: string, atoms: SentenceAtoms, from: number, to: number): number {
  const sep = lastSeparator(text, from, to);
  return sep >= from && within(atoms.quantities, from, sep).some((x) => x.span[1] === sep) ? sep + 1 : -1;
}

// the words of a kind of investment right before 投资, after the clause's opening and verb
// (after the verb of a report or of a budget: 完成, 实现, 拟安排中央预算内投资; or a conjunction: 而非房地产投资)
const INVESTMENT_KIND =
  /^(?:其中|尤其是?|特别是|全年|累计|完成|实现|拟?安排|而|要|将|力争|争取|确保|[,，、:：\s])*((?!.*(?:完成|实现|安排|预计|力争|新增|计划|年度|的))[\u4e00-\u9fff]{2,9})$/;

/** "工业技改投资", "房地产开发投资": the name of a kind of investment whose 投资 starts at `indStart`, or null. */
export function investmentKind(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
  indStart: number,
): string | null {
  // "基础设施投资2200亿元、新型基础设施投资1000亿元": after an item that ends with its own figure, the next starts
  const from = topicStart(atoms, clauseStart, indStart);
  const item = itemAfterFigure(text, atoms, from, indStart);
  const m = INVESTMENT_KIND.exec(text.slice(item >= 0 ? item : from, indStart));
  return m ? `${m[1]}投资` : null;
}

// a place's own totals: an average of them is some group's ("县域经济平均地区生产总值"), no place's figure
const PLACE_TOTAL =
  /^(?:地区生产总值|一般公共预算收入|固定资产投资|社会消费品零售总额|规模以上工业增加值|进出口总额)$/;

// a class of places, then an average of theirs: "1866个县域旅游总收入平均值", "百强县平均实现…"
const CLASS_AVERAGE = /(?:县域|百强县|县市|区县|城市|省份|地市|开发区|园区)[^,，。;；]{0,12}平均/;

/**
 * A figure of an average over a class of places ("全国1866个县域旅游总收入平均值为42.95亿元,接待游客总人数平均值为…"):
 * the sentence names the class and its average before the figure, and the figure's clause is an average too.
 */
export function averageOfClass(text: string, atoms: SentenceAtoms, clauseStart: number, at: number): boolean {
  // (the class is looked for a little way back only: a sentence may hold thousands of figures)
  return (
    text.slice(clauseStart, at).includes("平均") &&
    CLASS_AVERAGE.test(text.slice(Math.max(atoms.sentence.start, at - 160), at))
  );
}

/** "我国县域经济平均地区生产总值增长5.1%": an average over a group of places, right before a place's total. */
export function averageOfPlaces(
  text: string,
  clauseStart: number,
  ind: { name: string; start: number },
): boolean {
  return (
    PLACE_TOTAL.test(ind.name) && /平均$/.test(text.slice(Math.max(clauseStart, ind.start - 2), ind.start))
  );
}

/** The base a share is of, as the lexicon names it: GDP is 地区生产总值 (占GDP比重 → 占地区生产总值比重). */
export function shareBaseNamed(base: string): string {
  return base.replace(/^(?:GDP|生产总值)$/, "地区生产总值");
}

/** 亩均税收, 人均GDP, 单位GDP能耗: the modifier (亩均, 人均, 地均, 户均, 单位) right before a known measure at `start`. */
export function modifierBefore(text: string, clauseStart: number, start: number): string | null {
  return MEASURE_MODIFIER.exec(text.slice(Math.max(clauseStart, start - 4), start))?.[0] ?? null;
}

/** Measures of output whose owner is the phrase right before them: 卫浴产值, 农林牧渔业增加值, 早稻产量. */
export const OUTPUT =
  /^(?:产值|产值规模|总产值|营业收入|主营业务收入|销售收入|销售额|营业额|增加值|产量|单产|亩产|出栏|存栏)$/;
// (after a verb of the clause: 实现, 争取, 引进, 利用…)
const OUTPUT_OF = new RegExp(
  `^(?:.*(?:${alternation(ACCOMPLISHMENTS, AIMS, POLICY_ACTIONS, ["推动", "利用", "获得", "落实", "安排", "其中"])}|[,，、]))?([\\u4e00-\\u9fff]{2,8}?)(?:现价|可比价)?(?:综合|总)?$`,
);
// the place itself, a time, or where in the place a figure is reported (区内, 园区, 辖区): no owner of a measure
const NO_OWNER =
  /^(?:全年|全县|全市|全区|全省|当年|今年|去年|年度|上半年|全部|规模|园区|辖区|全园|县域|市域|区域)$|[内中里]$/;
const ZONE_ITSELF = new RegExp(`^${ZONE_WORD}`);
const OWNER_REPORTED = new RegExp(
  `^(?:.*[,，、])?([\\u4e00-\\u9fff]{2,8}?)(?:累计)?(?:${alternation(ACCOMPLISHMENTS)})$`,
);
// a quoted name right before a measure: "“三大手机”产值", "“小巨人”企业营收"
const QUOTED_OWNER = /“([\u4e00-\u9fffA-Za-z0-9]{2,12})”$/;

/**
 * What stands right before a measure in its topic and owns it: "实现卫浴产值150亿元", "茶产业综合产值", "赤字规模"
 * (the place's own words and times are no owner). A name that ends in no noun of things, unlike subjectBefore's.
 */
export function ownerRightBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
  start: number,
): { name: string; stated: true } | null {
  // (a zone's kind alone, "高新区市场主体存量", is the zone speaking of itself)
  const before = text.slice(topicStart(atoms, clauseStart, start), start).replace(ZONE_ITSELF, "");
  const quoted = QUOTED_OWNER.exec(before);
  if (quoted) return { name: quoted[1], stated: true };
  // "住宿业完成营业额1.76亿元": the owner, then the verb of a report, then its measure
  const reported = OWNER_REPORTED.exec(before);
  const owner = reported ? nounPhrase(reported[1], 0, reported[1].length) : null;
  if (owner && !NO_OWNER.test(owner)) return { name: owner, stated: true };
  const own = OUTPUT_OF.exec(before);
  const name = own ? nounPhrase(own[1], 0, own[1].length) : null;
  return name && !NO_OWNER.test(name) ? { name, stated: true } : null;
}

// a measure of output named with its owner: 规上工业增加值, 工业总产值, 农林牧渔业增加值
const OUTPUT_WITH_OWNER = /^(.{2,8}?)(?:增加值|总产值|产值|营业收入|主营业务收入)$/;

/**
 * "规上工业增加值增长6%,总产值增长4.5%": a bare 总产值 or 产值 opening its clause is of the owner whose output the
 * clause before (in the same group of clauses) measured — that owner's name, or null.
 */
export function outputOwnerBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
  ind: { name: string; start: number },
): string | null {
  if (!/^(?:总产值|产值)$/.test(ind.name) || ind.start !== topicStart(atoms, clauseStart, ind.start))
    return null;
  const prev = lastBefore(atoms.indicators, clauseStart);
  if (!prev || /[;；。]/.test(text.slice(prev.span[1], clauseStart))) return null;
  return OUTPUT_WITH_OWNER.exec(prev.name)?.[1] ?? null;
}

/**
 * A figure listed with the next one for the same measure, in the same unit ("…43150元、21340元,分别增长…",
 * "存贷款余额达到831.8亿元、406.7亿元"): values of several owners, the first no one's own.
 * (found by binary search: a sentence may hold thousands of figures)
 */
export function listedWithNext(text: string, atoms: SentenceAtoms, q: QuantityAtom): boolean {
  const next = firstFrom(atoms.quantities, q.span[1] + 1);
  return (
    next !== undefined &&
    next.span[0] <= q.span[1] + 2 &&
    /^[、和]$/.test(text.slice(q.span[1], next.span[0])) &&
    next.unit?.to === q.unit?.to
  );
}

/**
 * Measures that are always some thing's or industry's: of no one named, they would read as the place's total (and a
 * bare 完成率, "…实际完成投资95亿元,完成率110.5%", is progress against some plan, no measure of the place).
 */
export const OWNED_MEASURE = /^(?:总数|数量|存量|产量|出栏|存栏|增加值|规模|资金|增速|完成率)$/;

/** Money per person (人均可支配收入 5万元) is kept in 元, not in the 亿元 totals are stored in. */
export function perCapita(indicator: string, unit: { unit: string; scale: number } | null) {
  if (!unit || !indicator.includes("人均")) return unit;
  if (unit.unit === "元/人") return { unit: "元", scale: unit.scale }; // 人均… 6万元/人: per person already
  if (unit.unit === "亿元") return { unit: "元", scale: unit.scale * 1e8 };
  if (unit.unit === "亿美元") return { unit: "美元", scale: unit.scale * 1e8 };
  return unit;
}

// what may stand between a clause's topic and its measure and name no thing that owns it: when and how the figure
// is reckoned (上半年, 当期, 全年, 累计, 现价, 全口径, 同口径, 初步测算, 按常住人口计算), the whole it covers (全社会,
// 全市, 园区, 各类, 全部), whose plan or deal it is (计划, 协议), a word of intent, a word that opens a list (包括,
// 例如), the verb
const NO_THING = new RegExp(
  `^(?:其中[,，]?)?(?:${PERIOD.source}|今年|本年|当年|当期|本期|年度|年内|全年|全口径|(?:按)?(?:同|新|老|可比)口径|按[\u4e00-\u9fff]{1,10}?(?:计算|核算|统计)|同期|各类|全部|所有|累计|实际|预计|初步测算|初步核算|现价|共|合计|全社会|国内|[全本我该][国省市区县]|园区|计划|协议|预期|目标|力争|争取|确保|努力|将|要|(?:主要|其中)?包括|例如|比如|即|如)*(?:实现|完成|达成)?(?:的)?$`,
);

/**
 * A noun phrase between a clause's topic and its measure that no list names as a thing ("一般贸易方式进出口总额",
 * "农村劳动力转移就业"): what the measure is of — null when nothing but words of when, how or whose plan stand there.
 */
export function ownerUnnamed(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
  at: number,
): string | null {
  const from = topicStart(atoms, clauseStart, at);
  const before = text.slice(from, at);
  if (before === "" || NO_THING.test(before)) return null;
  // (a phrase that names a place, "区内企业赴合肥高新区投资额", is a deed about that place, no thing's name)
  if (within(atoms.regions, from, at).length > 0) return null;
  const np = nounPhrase(before, 0, before.length);
  if (np === before && /^[\u4e00-\u9fff]{2,8}$/.test(np)) return np;
  // a programme or a group named in quotes, figures and signs and all, then its kind: "“5+1”产业集群产值…"
  const quoted = QUOTED_NAME_BEFORE.exec(before);
  return quoted && (quoted[1] === "" || NOUN_HEAD.test(quoted[1])) ? quoted[0] : null;
}
const QUOTED_NAME_BEFORE = /“[^“”]{1,12}”([\u4e00-\u9fff]{0,8})$/;
