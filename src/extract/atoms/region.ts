// Regions: 佛山市, 佛山, 禅城区, 佛山高新区, 北京经济技术开发区; 我市/全市/本区 as the document's own region.
import {
  districtShortName,
  NATION,
  namesNoPlace,
  pairHash,
  parseZone,
  type Gazetteer,
  type RegionEntry,
} from "../../lexicon/regions";
import type { RegionAtom, Sentence } from "../types";
import { matchIndicatorAt } from "../../lexicon/indicators";
import { nounPhrase } from "../phrases";

// 我市, 全区, 本县 (and 该市, 该省: "2024年该省先进制造业…"; 该市场 and 该区域 are a market and an area): the place
// speaking of itself, a city (市, 省) or a district (区, 县)
const SELF_LEVEL = new Map<number, "city" | "district">([
  ["市".charCodeAt(0), "city"],
  ["省".charCodeAt(0), "city"],
  ["区".charCodeAt(0), "district"],
  ["县".charCodeAt(0), "district"],
]);
const CHANG = "场".charCodeAt(0);
const YU = "域".charCodeAt(0);
const WO = "我".charCodeAt(0);
const GAI = "该".charCodeAt(0);
const QUAN = "全".charCodeAt(0);
const BEN = "本".charCodeAt(0);
const XING = "性".charCodeAt(0);
const JI = "级".charCodeAt(0);
const LI = "丽".charCodeAt(0);
const SHU = "属".charCodeAt(0);
const OWNER_LEVEL = /[省市区县]$/;
// the first characters of words that end in 丽: 美丽, 壮丽, 秀丽, 华丽, 绚丽, 瑰丽
const ADJECTIVE_IN_LI = new Set([..."美壮秀华绚瑰"].map((ch) => ch.charCodeAt(0)));

/** A short city name that is an everyday word (中山), read as the city only when a zone's name follows. */
function zoneOnly(text: string, i: number, gaz: Gazetteer): { form: string; entries: RegionEntry[] } | null {
  if (!gaz.zoneOnlyStarts.has(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1))) return null;
  for (const [form, entry] of gaz.zoneOnlyForms) {
    if (!text.startsWith(form, i)) continue;
    const place = { form, entries: [entry] };
    return parseZone(text, gaz, i, place) ? place : null;
  }
  return null;
}

export function findRegions(text: string, from: number, to: number, gaz: Gazetteer): RegionAtom[] {
  const out: RegionAtom[] = [];
  const filter = gaz.pairFilter;
  const last = Math.min(to, text.length - 1); // a form has two characters or more
  for (let i = from; i < to;) {
    const c = text.charCodeAt(i);
    if (
      (i >= last || filter[pairHash(c, text.charCodeAt(i + 1))] !== 1) &&
      c !== WO &&
      c !== QUAN &&
      c !== BEN &&
      c !== GAI
    ) {
      i++;
      continue;
    }
    // (美丽 ends on the 丽 that 丽江 and 丽水 begin with: "美丽江西", "美丽水乡" name no such city)
    if (c === LI && i > from && ADJECTIVE_IN_LI.has(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    const m = gaz.matchAt(text, i) ?? zoneOnly(text, i, gaz);
    if (m && i + m.form.length <= to) {
      const zone = parseZone(text, gaz, i, m);
      if (zone && i + zone.length <= to) {
        out.push({ span: [i, i + zone.length], entry: zone.entry, self: null, ambiguous: [] });
        i += zone.length;
        continue;
      }
      // "开平市属国资企业": what the city owns — the place is 开平, and 市属 stays with the thing it owns
      const owns =
        text.charCodeAt(i + m.form.length) === SHU && m.form.length >= 3 && OWNER_LEVEL.test(m.form);
      const end = i + m.form.length - (owns ? 1 : 0);
      // "上海奉贤", "广州南沙": a city followed by the short name of one of its districts is that district
      const district = m.entries.length === 1 ? gaz.districtAfter(text, end, m.entries[0]) : null;
      if (district && end + district.length <= to) {
        out.push({ span: [i, end + district.length], entry: district.entry, self: null, ambiguous: [] });
        i = end + district.length;
        continue;
      }
      // "全国性", "区域性": a place made an adjective names a reach, no place
      // (and a place before 级 names a level of a list: "扬州市级项目17个", "江苏省级专精特新企业")
      if (text.charCodeAt(end) === XING || text.charCodeAt(end) === JI) {
        i = end;
        continue;
      }
      if (namesNoPlace(text.slice(end, end + 10))) {
        i = end; // 广州日报, 新华社北京3月5日电: a paper's name or a dateline, not a place the text is about
        continue;
      }
      const one = m.entries.length === 1;
      out.push({
        span: [i, end],
        entry: one ? m.entries[0] : null,
        self: null,
        ambiguous: one ? [] : m.entries,
      });
      i = end;
      continue;
    }
    if ((c === WO || c === QUAN || c === BEN || c === GAI) && i + 2 <= to) {
      // (read by character: 全 and 本 are common, and most are no such word)
      const level = SELF_LEVEL.get(text.charCodeAt(i + 1));
      const next = i + 2 < to ? text.charCodeAt(i + 2) : 0;
      if (level && next !== CHANG && next !== YU) {
        out.push({ span: [i, i + 2], entry: null, self: level, ambiguous: [] });
        i += 2;
        continue;
      }
    }
    i++;
  }
  return nested(countryBeforeMeasure(text, from, to, out));
}

// 中国 names too many things to be a place everywhere (中国银行, 中国式现代化, 中国新闻网); before a measure of the
// economy it is the country: "前三季度,中国GDP同比增长9.8%", and so it is before the output or trade of a kind of
// goods, "中国粮食产量", "中国新能源汽车销量" (not "中国汽车工业协会", "中国石化营业收入": a body's name, a firm's measure)
// (a measure the lexicon knows, or the economy, the nation's product, trade or prices named short, or a measure per
// unit of its product: 单位GDP能耗)
const ECONOMY_NAMED =
  /^(?:国内生产总值|经济(?:总量|增速|增长)|外贸|货物贸易|CPI|PPI|单位(?:GDP|国内生产总值))/;
const GOODS_MEASURED = /^([\u4e00-\u9fff]{2,6}?)(?:产量|销量|产销量|出口量|进口量|消费量)/;
const measureOfEconomyAt = (text: string, at: number) => {
  if (matchIndicatorAt(text, at) !== null || ECONOMY_NAMED.test(text.slice(at, at + 7))) return true;
  const goods = GOODS_MEASURED.exec(text.slice(at, at + 10));
  return goods !== null && nounPhrase(goods[1], 0, goods[1].length) === goods[1];
};

function countryBeforeMeasure(text: string, from: number, to: number, atoms: RegionAtom[]): RegionAtom[] {
  let added = false;
  // (searched in the sentence alone: a search of the text from each sentence on would read it once per sentence)
  const sentence = text.slice(from, to);
  for (let i = sentence.indexOf("中国"); i >= 0; i = sentence.indexOf("中国", i + 2)) {
    const at = from + i;
    if (!measureOfEconomyAt(text, at + 2)) continue;
    atoms.push({ span: [at, at + 2], entry: NATION, self: null, ambiguous: [] });
    added = true;
  }
  if (added) atoms.sort((a, b) => a.span[0] - b.span[0]);
  return atoms;
}

/** "上海奉贤区", "广东省佛山市": a place written with its parent before it is one mention, of the place itself. */
function nested(atoms: RegionAtom[]): RegionAtom[] {
  if (atoms.length < 2) return atoms;
  const out: RegionAtom[] = [];
  for (const a of atoms) {
    const prev = out[out.length - 1];
    if (
      prev?.entry &&
      a.entry &&
      prev.span[1] === a.span[0] &&
      a.entry.path.includes(prev.entry.name) &&
      a.entry !== prev.entry
    )
      out[out.length - 1] = { ...a, span: [prev.span[0], a.span[1]] };
    else out.push(a);
  }
  return out;
}

const BARE_SUFFIXES = ["高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区"];
// a zone of these kinds is mostly named after the district it is in (曾都经济开发区); a 高新区 often has a name of
// its own that may also be some district's (东湖高新区 is Wuhan's, not that of Nanchang's 东湖区): it is placed
// only in a county or a county-level city of its name (如皋高新区 in 如皋市), or in a district of a city the text
// names (浦口高新区 in a text that names 南京)
const PLACED_SUFFIXES = ["经济技术开发区", "经济开发区", "经开区", "开发区"];
// a place where something was held or that was visited ("在重庆、深圳举办推介会", "前往上海、广州等地拜访企业"),
// the place a list of them starts with or one of its items
const VENUE_BEFORE = /(?:在|赴|到|前往)(?:[\u4e00-\u9fff]{1,8}?[、和及])*$/;
const VENUE_AFTER =
  /^(?:[、和及][\u4e00-\u9fff]{1,8}?)*(?:等地|等城市|等省市)?(?:举办|召开|举行|开幕|闭幕|参加|参展|开展|组织|考察|招商|推介|拜访|对接|走访|学习)/;

// …or the scope of a ranking or an assessment a place took part in: "在河南省180家产业集聚区考核中荣获…", "在全省开发区
// 综合评价中位列第三"
const RANKING_AFTER = /^[\u4e00-\u9fff\d]{0,16}?(?:考核|评价|评比|排名|排行|榜单|评选|测评|比拼)中/;

// …or the aspect of the work a passage turns to, named after a place's strategy: "在京津冀协同发展方面,…", "在长三角
// 一体化方面"
const ASPECT_AFTER = /^[\u4e00-\u9fff]{0,10}?方面/;

// …or a partner: "深化与上海临港新片区协同", "强化与上海、南京等科创中心联动"
const PARTNER_BEFORE = /(?:与|同)(?:[\u4e00-\u9fff]{1,8}?[、和及])*$/;
// the last character VENUE_BEFORE or PARTNER_BEFORE can match
const VENUE_OR_PARTNER_END = new Set([..."在赴到往与同、和及"].map((c) => c.charCodeAt(0)));
const PARTNER_AFTER =
  /^[\u4e00-\u9fff]{0,8}?(?:[、和及][\u4e00-\u9fff]{1,8}?)*(?:等[\u4e00-\u9fff]{0,8}?)?(?:协同|联动|合作|对接|共建|接轨|融合)/;

/**
 * Whether the place `r` (in text[start, end)) is where something was held, a place visited, an aspect of the work
 * or a partner: no topic of a text.
 */
export function isVenue(
  text: string,
  r: { span: readonly [number, number] },
  start: number,
  end: number,
): boolean {
  // (both patterns before the place end in one of these characters: most places follow none, and are read no further)
  if (!VENUE_OR_PARTNER_END.has(text.charCodeAt(r.span[0] - 1)) || r.span[0] <= start) return false;
  const before = text.slice(Math.max(start, r.span[0] - 40), r.span[0]);
  const after = text.slice(r.span[1], Math.min(end, r.span[1] + 40));
  return (
    (VENUE_BEFORE.test(before) && (VENUE_AFTER.test(after) || RANKING_AFTER.test(after))) ||
    (before.endsWith("在") && ASPECT_AFTER.test(after)) ||
    (PARTNER_BEFORE.test(before) && PARTNER_AFTER.test(after))
  );
}

// what parts the country from a place named after it: a clause's end, a list, a comparison
const DESCRIPTION_BREAK = /[,，;；。、和与及比较于]/;

/**
 * Whether the country named at text[…, from) describes the place named at text[to, …), nothing parting them:
 * "我国科技创新资源聚集地北京中关村…" is about 北京, the country its description.
 */
export function countryDescribes(text: string, from: number, to: number): boolean {
  return !DESCRIPTION_BREAK.test(text.slice(from, to));
}

/** What a zone's own name never holds: a place's suffix, a particle, a class of zones, a kind of industry. */
export const NOT_A_NAME =
  /[市区县省镇乡州的和与及、]|^(?:国家|省级|全国|全省|各|全市|我市|本市|园区|该)|经济|技术|高新|工业|产业|开发$/;

/**
 * Zones named without their place (松山湖高新区, 东湖高新区), where no atom covers them already: one search of the
 * whole text per suffix, each find added to the regions of the sentence it stands in.
 */
export function addBareZones(
  text: string,
  sentences: Sentence[],
  regions: RegionAtom[][],
  gaz: Gazetteer,
): void {
  // every place the text names, with the places they are in (gathered when a zone first needs them)
  let namedPlaces: Set<string> | null = null;
  const named = () => {
    if (namedPlaces) return namedPlaces;
    namedPlaces = new Set();
    for (const atoms of regions)
      for (const r of atoms) for (const p of r.entry?.path ?? []) namedPlaces.add(p);
    return namedPlaces;
  };
  for (const suffix of BARE_SUFFIXES) {
    let si = 0;
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      while (si < sentences.length && sentences[si].end <= at) si++;
      const s = sentences[si];
      if (!s || s.start > at || at + suffix.length > s.end) continue;
      const out = regions[si];
      if (
        out.some((r) => r.span[0] <= at && r.span[1] > at) ||
        out.some((r) => r.span[1] === at + suffix.length)
      )
        continue;
      let k = at;
      while (k > s.start && at - k < 4 && /[\u4e00-\u9fff]/.test(text[k - 1])) k--;
      const middle = text.slice(k, at);
      // (a county-level city whose name holds such a character is a name still: 桐乡经济开发区, 湘乡经开区)
      const tail = middle.slice(-2);
      if (middle.length < 2 || (NOT_A_NAME.test(tail) && gaz.lookup(`${tail}市`).length === 0)) continue;
      out.push({
        span: [k, at + suffix.length],
        entry: null,
        self: null,
        ambiguous: [],
        bare: middle + suffix,
        placed: PLACED_SUFFIXES.includes(suffix)
          ? zoneOfShortName(text, at, middle, gaz, ["区", "县", "市"])
          : (zoneOfShortName(text, at, middle, gaz, ["县", "市"]) ??
            inNamedCity(text, at, middle, gaz, named)),
      });
      out.sort((a, b) => a.span[0] - b.span[0]);
    }
  }
}

/**
 * A 高新区 named after a district of a city the text names ("浦口高新区" in a text that names 南京): that district's.
 * (Named after a district of a city the text never names, it stays unplaced: 东湖高新区 in a text about 武汉.)
 */
function inNamedCity(
  text: string,
  at: number,
  middle: string,
  gaz: Gazetteer,
  named: () => ReadonlySet<string>,
): RegionEntry | undefined {
  const zone = zoneOfShortName(text, at, middle, gaz, ["区"]);
  return zone && named().has(zone.path[zone.path.length - 3]) ? zone : undefined;
}

/** The zone whose name ends `middle` at `at`, when the end of `middle` is one known place without its 区/县/市. */
function zoneOfShortName(
  text: string,
  at: number,
  middle: string,
  gaz: Gazetteer,
  suffixes: readonly string[],
): RegionEntry | undefined {
  for (let n = middle.length; n >= 2; n--) {
    const form = middle.slice(-n);
    const places = new Set(suffixes.flatMap((s) => gaz.lookup(form + s)));
    if (places.size !== 1) continue;
    const zone = parseZone(text, gaz, at - n, { form, entries: [...places] });
    if (zone && at - n + zone.length > at) return zone.entry;
  }
  return undefined;
}

// what may follow a place's short name that is no place of its own: a road, a town, a village (余杭街道, 德清路)
const FEATURE_AFTER = /^(?:路|街|大道|镇|乡|村|社区|桥|站|港|湾|湖|山|江|河)/;

/**
 * The text's home district or county named by its short form ("德清GDP预期增长5%", "浦东将…" in a text about 德清县
 * or 浦东新区): a region atom of the home, as its full name is, wherever no atom covers it already.
 */
export function addHomeShortName(
  text: string,
  sentences: Sentence[],
  regions: RegionAtom[][],
  home: RegionEntry | null,
): void {
  if (!home || home.level !== "district") return;
  const short = districtShortName(home.name);
  if (!short) return;
  let si = 0;
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
    while (si < sentences.length && sentences[si].end <= at) si++;
    const s = sentences[si];
    const end = at + short.length;
    if (!s || s.start > at || end > s.end) continue;
    const out = regions[si];
    if (out.some((r) => r.span[0] < end && r.span[1] > at)) continue;
    if (FEATURE_AFTER.test(text.slice(end, end + 2))) continue;
    out.push({ span: [at, end], entry: home, self: null, ambiguous: [] });
    out.sort((a, b) => a.span[0] - b.span[0]);
  }
}
