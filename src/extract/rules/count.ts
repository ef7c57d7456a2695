// Counts: "新建5G基站3万个", "培育引进大数据智能化企业1000家", "完成4个基础数据库、60个以上部门数据资源池",
// "省级孵化器7个", "市级共享数据突破3500类", "引进1~2家连锁企业总部".
import type { SentenceAtoms } from "../types";
import type { Rule } from "./rule";
import { LEVELS, REGISTRATION } from "../../lexicon/predicates";
import {
  topicStart,
  candidateFrom,
  clauseOf,
  clauseBeforeDeadline,
  countedThingBefore,
  headNoun,
  normalisedUnit,
  thingPhrase,
  thingCountedBy,
  lastSeparator,
  LISTED_EXAMPLES,
} from "./helpers";
import { lastBefore, within } from "../atoms/search";
import { alternation, NEW_THINGS_DEEDS } from "../../lexicon/verbs";
import { isSector } from "../../lexicon/subjects";

const VERB =
  /(?:新认定|新引进|新招引|新建|建成|建设|培育引进|培育|引进|滚动实施|实施|推进|推动|新开工|开工|竣工|储备|谋划|引入|新增|净增|新设立|新设|新开通|开通|打造|发展|完成|认定|评选出|获批|设立|建立|组建|举办|开展|组织|扶持|服务|发放|受理办结|受理|办结|打通|清理|精简|签约|签署|落户|集聚|新培育|投产|吸引|招引|培训|帮助|解决|排查|调配|提供|形成|布局|整治提升|改造提升|整治|改造|提升|淘汰|关停|腾退|有(?![效序力关机望助利限所])|拥有|共有|实现|在册)(?:了)?/g;
const TAIL_END = /(?=通过|实现|进行|集中|落户|入驻|签约|的|和|与|及|[,，。;；、]|$)/;
const LEVEL_ALONE = new RegExp(`^(?:${LEVELS})$`);
const LEVELLED_ITEM = new RegExp(
  `(?:${LEVELS})([\\u4e00-\\u9fff]{2,6}?)[\\d一二三四五六七八九十]+[个家][,，、][^,，]*$`,
);
// a bare predicate opening its clause, with a word of intent at most: "达到400家", "力争突破500个"
const BARE_REACH = /^(?:力争|争取|预计)?(?:达到|达|突破|超过|增至|增加到)$/;
const STRUCTURE = /的[“"]?[^,，。;；]{0,14}(?:格局|体系|结构|梯队)/;
// a class of things by size: 超万亿元产业集群, 5000亿级产业集群, 百亿元企业
const TIER_CLASS =
  /^(?:超|超过)?[\d.一二三四五六七八九万千百亿]+(?:元)?级?(?:的)?[\u4e00-\u9fff]{0,12}(?:集群|产业|企业|产业链)$/;
// a size class alone: 万亿级, 五千亿级, 超千亿元级
const SIZE_CLASS = /^(?:超|超过)?[\d.一二三四五六七八九十万千百亿]+元?级$/;
// a class by rank or reach alone: 世界级, 国家级, 省级, 全球性, 全国性, 长三角区域性
const RANK_CLASS = new RegExp(`^(?:世界级|${LEVELS}|全球性|全国性|[\\u4e00-\\u9fff]{0,3}区域性)$`);
const GENERIC = /^(?:项目|企业|平台|活动|载体|基地|园区)$/;

const STARTS_WITH_VERB = new RegExp(`^${VERB.source}`);
const ENDS_WITH_VERB = new RegExp(`${VERB.source}$`);
// "打造35家年收入超百亿元的龙头企业": a count, a modifier ending in 的, and the thing counted up to the clause's end
const MODIFIED_THING = /^[^,，。;；、的]{1,16}的([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?=[,，。;；]|$)/;
// the fields after a count, and the deed that is to happen in them: "个关键材料领域形成…", "个细分行业取得突破"
const FIELDS_AFTER =
  /^([\u4e00-\u9fff]{0,10}(?:领域|行业|赛道|方向|环节))(?=形成|取得|实现|达到|打造|培育|进入|保持)/;
const TAIL = new RegExp(`^[\\u4e00-\\u9fffA-Za-z0-9]{2,14}?${TAIL_END.source}`);

/**
 * The thing of one item in a list of counted things, "培育链主企业5家、上市企业3家": the phrase after the last 、,
 * when the item before it ends with its own figure. A list of names before one figure
 * (高新技术企业、专精特新企业100家) is no such list: the figure may count them all.
 */
function listItem(text: string, atoms: SentenceAtoms, from: number, to: number): string | null {
  const sep = lastSeparator(text, from, to);
  if (sep < from || /[,，]/.test(text.slice(sep, to))) return null;
  if (lastBefore(atoms.quantities, sep)?.span[1] !== sep) return null;
  return thingPhrase(text, sep + 1, to);
}

/**
 * "提供共性技术、业务协同能力组件200个": of names joined by 、 before one figure, the last when it alone names a
 * countable thing (技术 is none): the figure counts it. Null when the others might be counted too.
 */
function lastCountable(text: string, from: number, to: number): string | null {
  const phrase = text.slice(from, to);
  // "甲研究院、乙研究所等国家级科研院所12家": the names up to 等 are examples of the thing counted
  const examples = LISTED_EXAMPLES.exec(phrase);
  if (examples) return thingPhrase(phrase, examples[0].length, phrase.length);
  // "瞪羚及潜在、种子独角兽企业10家" shares its head noun: the figure counts all of them
  if (/[,，及和与]/.test(phrase)) return null;
  const items = phrase.split("、");
  const last = items.pop()!;
  if (items.some((i) => thingPhrase(i, 0, i.length))) return null;
  return thingPhrase(last, 0, last.length);
}

/**
 * "打造35家…的龙头企业,50家…的创新型制造企业,330家上市软件和信息服务企业": a clause that opens with a count, after
 * clauses that each open with one in the same unit back to a count right after its verb, continues that list.
 */
function continuesCountList(text: string, atoms: SentenceAtoms, clauseStart: number, unit: string): boolean {
  let start = clauseStart;
  for (let n = 0; n < 8 && start > atoms.sentence.start; n++) {
    if (!/[,，]/.test(text[start - 1] ?? "")) return false;
    const [pStart] = clauseOf(text, atoms, start - 2);
    const first = within(atoms.quantities, pStart, start - 1)[0];
    if (!first || first.unit?.surface !== unit) return false;
    if (ENDS_WITH_VERB.test(text.slice(pStart, first.span[0]))) return true;
    if (first.span[0] !== topicStart(atoms, pStart, first.span[0])) return false;
    start = pStart;
  }
  return false;
}

/** The thing a listed count counts: the phrase ending its clause, after a modifier and 的 if there is one. */
function countedAtClauseEnd(rest: string): string | null {
  if (STRUCTURE.test(rest)) return null;
  const m = /^(?:[^,，。;；的]{1,24}的)?([\u4e00-\u9fffA-Za-z0-9]{2,16})$/.exec(rest);
  if (!m) return null;
  const thing = thingPhrase(m[1], 0, m[1].length);
  if (thing) return thing;
  // "软件和信息服务企业": two words sharing one head noun
  const pair = /^([\u4e00-\u9fff]{2,8})和([\u4e00-\u9fff]{2,10})$/.exec(m[1]);
  return pair && thingPhrase(pair[2], 0, pair[2].length) && !VERB_INSIDE.test(pair[1]) ? m[1] : null;
}
const VERB_INSIDE = new RegExp(VERB.source);

// verbs of new things, ending the text before a count's noun phrase: 新增, 净增, 新认定, 新培育, 新引进…
const INCREMENT = new RegExp(`(${alternation(NEW_THINGS_DEEDS)})(?:了)?$`);

// a clause that counts new things (新增高新技术企业80家), its count ending it
const INCREMENT_CLAUSE = new RegExp(
  `^(${alternation(NEW_THINGS_DEEDS)})[\\u4e00-\\u9fff“”"]{2,16}\\d+(?:\\.\\d+)?[家个户项]$`,
);

/** The deed of the clause right before `cStart`, when it counts new things and this clause goes on with its list. */
function incrementGoingOn(text: string, atoms: SentenceAtoms, cStart: number): RegExpExecArray | null {
  if (cStart <= atoms.sentence.start || !/[,，、]/.test(text[cStart - 1])) return null;
  const [pStart] = clauseOf(text, atoms, cStart - 2);
  return INCREMENT_CLAUSE.exec(text.slice(pStart, cStart - 1));
}

export const countRule: Rule = {
  id: "count",
  description: "(动词) NP N个 / 动词 N个 NP: how many of something there are, were made or are to be made",
  attributive: true, // "培育10家营收超百亿元的龙头企业": the count stands before a modifier and 的
  examples: [
    {
      text: "到2027年,绍兴市新建5G基站1万个。",
      date: "2023年1月1日",
      gives: { subject: "5G基站", value: 10000, unit: "个", kind: "target" },
    },
    {
      text: "2023年,绍兴市新增高新技术企业520家。",
      date: "2024年1月1日",
      gives: { subject: "高新技术企业", indicator: "新增", value: 520, unit: "家", kind: "actual" },
    },
    {
      text: "到2027年,绍兴市打造形成2个千亿级、5个五百亿级、一批百亿级产业集群。",
      date: "2024年1月1日",
      gives: { subject: "五百亿级产业集群", value: 5, unit: "个", kind: "target", year: 2027 },
    },
    {
      text: "到2027年,绍兴市培育12家营业收入超百亿元的链主企业,产业链韧性明显增强。",
      date: "2024年1月1日",
      gives: { subject: "链主企业", value: 12, unit: "家", kind: "target", year: 2027 },
    },
    {
      text: "到2027年,绍兴市打造12家营业收入超百亿元的链主企业,40家具有核心技术、国内领先的专精特新企业,200家规上软件和信息服务企业。",
      date: "2024年1月1日",
      gives: { subject: "规上软件和信息服务企业", value: 200, unit: "家", kind: "target", year: 2027 },
    },
  ],
  produce({ text, atoms, q }) {
    if (!q.unit || (q.unit.kind !== "count" && q.unit.kind !== "measure")) return null;
    const [cStart, cEnd] = clauseOf(text, atoms, q.span[0]);
    if (
      q.unit.kind === "count" &&
      q.span[0] === topicStart(atoms, cStart, q.span[0]) &&
      continuesCountList(text, atoms, cStart, q.unit.surface)
    ) {
      const thing = countedAtClauseEnd(text.slice(q.span[1], cEnd));
      if (thing)
        return {
          candidates: [
            candidateFrom("count", atoms, q, normalisedUnit(q, false), {
              subject: { name: thing, stated: true },
            }),
          ],
          consumed: [q],
        };
    }
    if (q.attributive) {
      // only a count right after its verb, of a thing that ends the clause, is a count of that thing
      if (q.unit.kind !== "count" || !ENDS_WITH_VERB.test(text.slice(cStart, q.span[0]))) return null;
      const m = MODIFIED_THING.exec(text.slice(q.span[1], cEnd));
      const thing = m ? thingPhrase(m[1], 0, m[1].length) : null;
      if (!thing || STRUCTURE.test(text.slice(q.span[1], cEnd))) return null;
      return {
        candidates: [
          candidateFrom("count", atoms, q, normalisedUnit(q, false), {
            subject: { name: thing, stated: true },
          }),
        ],
        consumed: [q],
      };
    }
    // "省级以上创新平台达到300家;到2027年,达到400家左右": a bare predicate after a deadline of its own reaches a
    // count of the thing the clause before the deadline counted, in the same unit
    if (q.unit.kind === "count" && BARE_REACH.test(text.slice(cStart, q.numberStart))) {
      const before = clauseBeforeDeadline(text, atoms, cStart);
      const prev = before?.pastDeadline ? within(atoms.quantities, before.start, cStart).pop() : undefined;
      const thing =
        before && prev && prev.unit?.surface === q.unit.surface
          ? thingCountedBy(text, atoms, before.start, prev)
          : null;
      if (thing)
        return {
          candidates: [candidateFrom("count", atoms, q, normalisedUnit(q, false), { subject: thing })],
          consumed: [q],
        };
    }
    const before = text.slice(cStart, q.span[0]);
    let verbEnd = cStart;
    let verb = "";
    VERB.lastIndex = 0;
    for (let m = VERB.exec(before); m; m = VERB.exec(before)) {
      // "示范企业及服务机构": a "verb" right after 及/和/与 begins the next item of a noun phrase, not a deed
      if (m.index > 0 && /[及和与]/.test(before[m.index - 1])) continue;
      verbEnd = cStart + m.index + m[0].length;
      verb = m[0].replace(/了$/, "");
    }
    verbEnd = Math.max(verbEnd, topicStart(atoms, cStart, q.span[0]));
    const between = text.slice(verbEnd, q.span[0]);
    // NP right before the figure (新建5G基站3万个), unless that text is an earlier list item
    // a copula between the thing and its count: 政务服务办件为13457件
    const copula = /(?:为|达到|达|共|约|是)$/.exec(between);
    const npEnd = q.span[0] - (copula && !q.comparator ? copula[0].length : 0);
    let np = /[、,，]/.test(between)
      ? (listItem(text, atoms, verbEnd, npEnd) ?? lastCountable(text, verbEnd, npEnd))
      : thingPhrase(text, verbEnd, npEnd);
    // "培育产值十亿级的行业龙头企业2家以上": what is counted is the head after the last 的
    const de = between.lastIndexOf("的");
    if (!np && verb && de >= 0 && !/[、,，]/.test(between)) np = thingPhrase(text, verbEnd + de + 1, npEnd);
    // a "verb" that is part of the noun phrase (政务服务办件): the whole phrase from the topic's start wins
    const whole = thingPhrase(text, topicStart(atoms, cStart, q.span[0]), npEnd);
    if (np && whole && whole.length > np.length && whole.endsWith(np) && !STARTS_WITH_VERB.test(whole))
      np = whole;
    if (!np && verbEnd > cStart && (verbEnd === q.span[0] || /[、]$/.test(between))) {
      // N个 NP after a verb (完成4个基础数据库): the counted thing follows the unit
      // quoted names inside the phrase are dropped; of "A和B活动" the last conjunct is kept
      const after = text.slice(q.span[1], cEnd).replace(/“[^”]{0,20}”/g, "");
      const tail = TAIL.exec(after);
      np = tail ? thingPhrase(tail[0], 0, tail[0].length) : null;
      const conj = /^[\u4e00-\u9fff]{2,12}和([\u4e00-\u9fff]{2,10}?)(?=[,，。;；、]|$)/.exec(after);
      if (!np && conj) np = thingPhrase(conj[1], 0, conj[1].length);
      // times of a deed: "组织2次以上…到发达地区进行招商拓展" counts 招商拓展
      const deed = /^(?:次|场次|轮)$/.test(q.unit.surface)
        ? /(?:进行|开展)([\u4e00-\u9fff]{2,6}?)(?=[,，。;；]|$)/.exec(after)
        : null;
      if (!np && deed) np = deed[1];
    }
    // "企业技术合同登记2024项": what is registered is what is counted
    if (!np) {
      const reg = REGISTRATION.exec(text.slice(verbEnd, npEnd));
      const thing = reg ? thingPhrase(text, verbEnd, npEnd - reg[0].length) : null;
      if (thing) np = thing + reg![0];
    }
    // "国家级孵化器4个,省级孵化器7个,市级9个": a level alone counts the thing the list before counted
    if (!np && LEVEL_ALONE.test(text.slice(topicStart(atoms, cStart, q.span[0]), q.span[0]))) {
      const level = text.slice(q.span[0] - 2, q.span[0]);
      const earlier = LEVELLED_ITEM.exec(text.slice(Math.max(atoms.sentence.start, cStart - 40), cStart));
      if (earlier) np = level + earlier[1];
    }
    // "建成10个重大先进制造业集群,其中万亿级7个、5000亿级3个": a size class counts the thing counted before
    if (!np) {
      const cls = /(?:^|其中|、)((?:\d+|[一二三四五六七八九十]?[千百]?|万)?亿级|万亿级)$/.exec(
        text.slice(Math.max(atoms.sentence.start, q.span[0] - 12), q.span[0]),
      );
      const head = cls
        ? /[\d一二三四五六七八九十]+个([\u4e00-\u9fff]{2,12}?(?:集群|产业链|企业))[,，;；、]/.exec(
            text.slice(Math.max(atoms.sentence.start, q.span[0] - 60), q.span[0]),
          )
        : null;
      if (cls && head) np = cls[1] + head[1].replace(/^(?:重大|重点|主要)/, "");
    }
    // "129个项目签约落地": a count opening its clause (after its place, if any), the thing and its deed after it
    if ((!np || GENERIC.test(np)) && q.span[0] === topicStart(atoms, cStart, q.span[0])) {
      // (a kind of project named before it stays: "14个省级重点项目全部开工" counts 开工省级重点项目)
      const deed =
        /^([\u4e00-\u9fff]{0,4}?)(项目|企业)[^,，。;；]{0,12}?(签约|落地|开工|投产|入驻|竣工)/.exec(
          text.slice(q.span[1], cEnd),
        );
      const thing = deed ? (thingPhrase(deed[1] + deed[2], 0, deed[1].length + 2) ?? deed[2]) : null;
      // ("1133个重大项目开工1116个": a count of the deed's own after it — the first counts the things, not the deed)
      const ofDeed =
        deed && /^\d/.test(text.slice(q.span[1] + deed[0].length, q.span[1] + deed[0].length + 1));
      if (deed) np = ofDeed ? thing : deed[3] + thing;
      // "88家获批省专精特新企业": a count, then the title the things were granted
      const granted =
        /^(?:获批|获评|入选|被认定为|认定为|获认定为?)([\u4e00-\u9fff]{2,16}?)(?=[,，。;；]|$)/.exec(
          text.slice(q.span[1], cEnd),
        );
      if (!np && granted) np = thingPhrase(granted[1], 0, granted[1].length);
    }
    // "高新技术企业突破600家,较上年净增98家": the change of the thing counted in the clause before
    if (!np && verbEnd === q.span[0] && /^(?:净增|新增|增加)$/.test(verb)) {
      const [cS] = clauseOf(text, atoms, q.span[0]);
      const prior = /^(?:比上年|较上年|同比|比上年末|较上年末)?$/.test(text.slice(cS, verbEnd - verb.length))
        ? countedThingBefore(text, atoms, cS)
        : null;
      if (prior)
        return {
          candidates: [
            candidateFrom("count", atoms, q, normalisedUnit(q, false), { subject: prior, indicator: verb }),
          ],
          consumed: [q],
        };
    }
    // "淘汰落后产能企业5000家,整治提升3000家": a clause of a deed and a count alone counts the kind of thing
    // (its head noun: 企业) the clause before counted in the same unit
    if (
      !np &&
      verb &&
      verbEnd === q.span[0] &&
      verbEnd - verb.length === topicStart(atoms, cStart, q.span[0])
    ) {
      const prior = countedThingBefore(text, atoms, cStart);
      const head = prior ? headNoun(prior.name) : null;
      if (head && lastBefore(atoms.quantities, cStart)?.unit?.surface === q.unit.surface)
        return {
          candidates: [
            candidateFrom("count", atoms, q, normalisedUnit(q, false), {
              subject: { name: head, stated: true },
              indicator: verb,
            }),
          ],
          consumed: [q],
        };
    }
    // "在3-5个关键材料领域形成竞争优势": the fields a deed is to happen in, counted
    if (!np && /在$/.test(text.slice(topicStart(atoms, cStart, q.span[0]), q.span[0]))) {
      const field = FIELDS_AFTER.exec(text.slice(q.span[1], cEnd));
      if (field) np = thingPhrase(field[1], 0, field[1].length) ?? field[1];
    }
    const rest = /^[^、,，;；。]*/.exec(text.slice(q.span[1], cEnd))![0];
    // "培育1个超5000亿元产业集群": the class of thing counted names it, digits and all
    if (!np && verbEnd === q.span[0] && TIER_CLASS.test(rest)) np = rest;
    // "打造4个万亿级、4个五千亿级、一批千亿级产业集群": classes by size sharing the head noun written last
    // (or by rank: "培育2个世界级、5个国家级、10个省级先进制造业集群", "1个全球性、3个全国性…集群")
    if (
      (SIZE_CLASS.test(rest) || RANK_CLASS.test(rest)) &&
      (verbEnd === q.span[0] || /^[^,，]*、$/.test(between))
    ) {
      const head = /[级性]([\u4e00-\u9fff]{0,8}?(?:集群|产业链|企业))$/.exec(text.slice(q.span[1], cEnd));
      if (head) np = rest + head[1];
    }
    if (!np) return null; // the open measure rule may still name it (森林蓄积量达到180亿立方米)
    // a sector alone (工业, 建筑业, 住宿餐饮业): "入库147家。其中工业4家、建筑业56家" is a count's part by sector, of
    // units the sector does not name (industries themselves are counted: 培育新兴产业5个)
    if (!verb && isSector(np) && !np.endsWith("产业") && /^[家户个]$/.test(q.unit.surface))
      return {
        skip: "measure_missing",
        message: "a sector's part of a count whose units are not named (其中工业4家)",
        consumed: [q],
      };
    // a bare head after its verb names the thing by the verb: 签约项目52个, 新增企业120家
    if (GENERIC.test(np) && verb && verbEnd === q.span[0] - np.length && /^[\u4e00-\u9fff]{2,3}$/.test(verb))
      np = verb + np;
    // "培育2个超万亿元产业集群": a scale right after the count (up to the next list item) declares a tier
    // "形成2个超万亿元…集群、2个超5000亿元…集群的“2+2+4”梯队产业格局": counts that describe a structure
    if (STRUCTURE.test(text.slice(q.span[1], cEnd)))
      return { skip: "non_fact", message: "counts describing a structure (…的格局)", consumed: [q] };
    // it is a count of that class of thing: "培育新增3—4个万亿元级战略性产业集群" is 3–4 of 万亿元级…集群
    if (/[超亿万千百]元|亿级|亿元/.test(rest) && /集群|产业|企业/.test(np)) {
      const cls = np.startsWith(rest.trim()) ? np : rest.trim();
      // a heading's declaration heads a list of the clusters themselves, which carry the figures
      if (!TIER_CLASS.test(cls) || atoms.sentence.heading)
        return {
          skip: "non_fact",
          message: "a tier declaration (N个超X亿元…) of no plain class",
          consumed: [q],
        };
      return {
        candidates: [
          candidateFrom("count", atoms, q, normalisedUnit(q, false), {
            subject: { name: cls, stated: true },
            indicator: "数量",
          }),
        ],
        consumed: [q],
      };
    }
    // "新增高新技术企业520家" counts the new ones, not all there are: its indicator says so
    // (and so does a clause of a thing and its count alone right after such a clause: "新增高新技术企业80家,科技型中小
    // 企业200家" — the deed goes on over it)
    const added =
      INCREMENT.exec(text.slice(cStart, verbEnd)) ??
      (!verb && !copula ? incrementGoingOn(text, atoms, cStart) : null);
    return {
      candidates: [
        candidateFrom("count", atoms, q, normalisedUnit(q, false), {
          subject: { name: np, stated: true },
          indicator: added ? (added[1] === "净增" ? "净增" : "新增") : null,
        }),
      ],
      consumed: [q],
    };
  },
};
