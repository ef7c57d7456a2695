// Measures: "实现工业总产值4191.83亿元", "总投资额近4000亿元", "产值规模突破5000亿", "高企存量达到2931家", "整合率达到75%".
import type { Rule } from "./rule";
import { sectorOfJoinedWords } from "../phrases";
import type { IndicatorAtom, QuantityAtom, SentenceAtoms } from "../types";
import {
  shareBaseNamed,
  candidateFrom,
  clauseOf,
  countedThingBefore,
  indicatorBefore,
  normalisedUnit,
  perCapita,
  shareOf,
  itemAfterFigure,
  listedWithNext,
  investmentKind,
  modifierBefore,
  nounPhrase,
  OUTPUT,
  averageOfPlaces,
  topicStart,
  outputOwnerBefore,
  ownerRightBefore,
  OWNED_MEASURE,
  PEOPLE_MEASURE,
  thingMeasuredBefore,
  ownerUnnamed,
} from "./helpers";
import { subjectBefore } from "./context";
import { CHANGE_SAID, REGISTRATION } from "../../lexicon/predicates";
import { PLANNED_AMOUNTS, TRADE_MEASURE } from "../../lexicon/indicators";
import { lastBefore, within } from "../atoms/search";
import { alternation, POLICY_ACTIONS } from "../../lexicon/verbs";

// (a predicate may carry the perfective 了: "GDP达到了43214.85亿元"; the currency may be named before the sum:
// "达人民币5.2万亿元")
// (and a manner of passing a milestone: "首次跃上8万亿新台阶", "历史上首次突破"; or the whole year's goal: "全年目标2890亿元")
const GAP =
  /^(?:总水平|涨幅|升幅|控制在|保持在|稳定在|预计|力争|争取|确保|将|要|已|均|累计|共|分别|保持|提高到|提升到|提高至|提升至|增加到|增至|实现|完成|达到|到达|达|为|是|约|超过|突破|跃过|跨过|迈上|跃上|跨上|站上|在|(?:历史上?)?首次|首度|再次|(?:全年|年度)目标值?)*了?(?:人民币)?$/;

// what may stand in brackets right after a measure's name: its abbreviation, "(GDP)", or how it is reckoned,
// "(商务部口径)", "(海关口径)" — not a scope that changes it, "(不含电力)"
const NOTE_AFTER_MEASURE = /^(?:(?:[(（][A-Za-z]{2,6})?[)）]|[(（][\u4e00-\u9fff]{0,8}口径[)）])/;

// a milestone passed on the way to the value, joined by 、: "GDP突破700亿元大关、达到721.44亿元" (read as its own
// figure too, as it is when a comma joins them); or a floor before its stretch target, "确保突破1500亿元、力争达到1600亿元"
const MILESTONE_PASSED =
  /^(?:(?:突破|跨过|跃过|迈上|跃上|站上|超过)[\d.]+[万亿千百]*元?(?:大关|台阶|新台阶|关口)|(?:确保|力争|争取)(?:达到|突破|超过)?[\d.]+[万亿千百]*元?)、/;

// 新增 or 净增 opening the phrase before a measure, and what stands between (a thing's name, or nothing)
const ADDED_BEFORE = /^(?:累计|全年|共)?(?:实现|完成)?(?:新增|净增)了?([\u4e00-\u9fff]{0,8})$/;

const PARALLEL = /^(?:同期|而|其中|相比之下)?$/;

// a product sold abroad, the clause's topic after a brand in quotes: "“粤字号”农产品畅销海外,", "家电远销80多个国家,"
const SOLD_ABROAD = /^(?:[^,，]*?[”"])?([\u4e00-\u9fff]{2,8}?)(?:产品)?(?:畅销|远销|销往|出口到|出口至)/;

export const measureRule: Rule = {
  id: "measure",
  description: "(主体)指标(比较)Q单位: the value of a named measure",
  examples: [
    {
      text: "2023年,绍兴高新区实现工业总产值1200亿元。",
      date: "2024年1月1日",
      gives: { region: "绍兴高新区", indicator: "工业总产值", value: 1200, unit: "亿元", kind: "actual" },
    },
    {
      text: "到2027年,绍兴市研发经费支出占地区生产总值比重达到3.5%。",
      date: "2023年1月1日",
      gives: { subject: "研发经费支出", indicator: "占地区生产总值比重", value: 3.5, kind: "target" },
    },
    {
      text: "到2027年,绍兴市亩均税收达到40万元。",
      date: "2023年1月1日",
      gives: { indicator: "亩均税收", value: 0.004, unit: "亿元", kind: "target" },
    },
  ],
  produce({ text, atoms, q }) {
    const [cStart] = clauseOf(text, atoms, q.span[0]);
    let ind = indicatorBefore(text, atoms, cStart, q.span[0]);
    // the owner of the measure a clause continues (数字经济核心产业增加值达到1500亿元,力争突破2000亿元)
    let carried: { name: string; stated: boolean } | null = null;
    if (!ind && /^(?:力争|争取|预计|确保)?(?:达到|达|为|突破|超过|超)/.test(text.slice(cStart, q.span[1]))) {
      // "一般公共预算收入增长8.2%,达到667亿元": a clause that only continues the previous measure
      const prev = lastBefore(atoms.indicators, cStart);
      if (prev && cStart - prev.span[1] <= 16 && !/[;；]/.test(text.slice(prev.span[1], cStart))) {
        ind = { name: prev.name, money: prev.money, start: cStart, end: cStart };
        carried = subjectBefore(text, atoms, clauseOf(text, atoms, prev.span[0])[0], prev.span[0]);
      }
    }
    // "浙江实现规上工业增加值14578亿元,同期山东为19775.9亿元", "广州工业增速18.7%,上海20%,北京41.4%": a clause of
    // another place and a figure alone goes on with the measure (and its thing) of the clauses before it
    if (!ind && placeAndFigure(text, atoms, cStart, q)) {
      const listed = measureOfPlaceList(text, atoms, cStart, q);
      if (listed) {
        ind = { name: listed.ind.name, money: listed.ind.money, start: q.span[0], end: q.span[0] };
        carried = listed.subject;
      }
    }
    if (!ind) return null;
    // "城镇和农村居民人均可支配收入分别达到A元、B元": a list the list rules read; its first figure is no measure's
    // own value (of no one named it would read as everyone's)
    if (/分别/.test(text.slice(ind.end, q.span[0])) && /^[、和及]/.test(text.slice(q.span[1], q.span[1] + 1)))
      return {
        skip: "measure_missing",
        message: "the first of a 分别 list no list rule paired up",
        consumed: [q],
      };
    // "城乡居民人均可支配收入43150元、21340元,分别增长…": values listed for one measure belong to several owners
    // that no list rule paired up; the first is no one's own
    if (listedWithNext(text, atoms, q))
      return {
        skip: "measure_missing",
        message: "values listed for one measure, owners not paired",
        consumed: [q],
      };
    // "出口机电产品13380亿元": what was traded, named after the verb, owns the trade
    // (goods are traded for money: "外贸出口年减2.1%" names a change, no goods)
    const goods =
      TRADE_MEASURE.test(ind.name) && q.unit?.kind === "money"
        ? /^[\u4e00-\u9fff]{2,12}$/.exec(text.slice(ind.end, q.span[0]))?.[0]
        : undefined;
    if (goods && nounPhrase(goods, 0, goods.length)) {
      const money = normalisedUnit(q, ind.money);
      if (!money)
        return { skip: "unit_unknown", message: `no unit for ${q.text} (${ind.name})`, consumed: [q] };
      return {
        candidates: [
          candidateFrom("measure", atoms, q, money, {
            subject: { name: goods, stated: true },
            indicator: ind.name,
          }),
        ],
        consumed: [q],
      };
    }
    // an alias in brackets may stand between: 地区生产总值(GDP)1403.24亿元
    if (
      !GAP.test(text.slice(ind.end, q.span[0]).replace(NOTE_AFTER_MEASURE, "").replace(MILESTONE_PASSED, ""))
    )
      return null;
    // (money per person, 6万元/人, is read as per person before its unit is checked)
    const unit = perCapita(ind.name, normalisedUnit(q, ind.money, PEOPLE_MEASURE.test(ind.name)));
    if (!unit) return { skip: "unit_unknown", message: `no unit for ${q.text} (${ind.name})`, consumed: [q] };
    // (a rate of money, 35万元/亩, is money too; output per worker, 元/人, is a measure of its own)
    const moneyUnit =
      ["亿元", "亿美元", "元", "美元"].includes(unit.unit) ||
      (unit.unit.startsWith("元/") && unit.unit !== "元/人");
    // "装机规模超1200万千瓦": a scale in a physical unit is named whole, by the noun phrase it ends (open measure)
    if (ind.name === "规模" && q.unit?.kind === "measure") return null;
    if (ind.money !== moneyUnit && !(ind.name === "规模" && !moneyUnit)) {
      if (!(!ind.money && (unit.unit === "%" || q.unit?.kind === "count"))) {
        return { skip: "measure_missing", message: `${ind.name} does not take ${unit.unit}`, consumed: [q] };
      }
    }
    // "工业总产值达到4万亿元、工业增加值达到1万亿元": items that each end with their own figure are pairs, not a list
    const paired = itemAfterFigure(text, atoms, cStart, ind.start) >= 0;
    // (a section's number opening the clause is no list: "一、综合 2023年全县实现地区生产总值…")
    const listed = text.slice(cStart, ind.start).replace(/^[一二三四五六七八九十]+、/, "");
    // (nor is one sector's name: "信息传输、软件和信息技术服务业实现增加值…")
    const sector = sectorOfJoinedWords(
      listed.replace(/^其中[,，]?/, "").replace(/(?:预计)?(?:实现|完成)$/, ""),
    );
    if (!paired && !sector && /、|\d+个[^,，;；。]{0,8}(?:集群|产业)/.test(listed)) {
      return {
        skip: "measure_missing",
        message: "a list before the measure that no list rule paired up",
        consumed: [q],
      };
    }
    const share = unit.unit === "%" ? shareOf(text, atoms, cStart, ind) : null;
    if (share) {
      // "四大主导产业增加值同比增长31.8%,增加值占全市规模以上工业比重为81.5%": a bare output owning the share is
      // that of what the clause before measured it of
      let subject: { name: string; stated: boolean } | null = share.subject;
      // "…项目582个,个数占比65.9%,年度计划完成1533亿元,投资占比68.4%": a bare count or investment owning a share is
      // some group's, which the share does not name
      if (/^(?:投资额?|个数|数量)$/.test(subject.name))
        return {
          skip: "share_skipped",
          message: `${subject.name}${share.indicator} of no owner named`,
          consumed: [q],
        };
      if (OUTPUT.test(subject.name)) {
        const owner = ownerBefore(text, atoms, cStart);
        subject =
          owner && owner.name !== subject.name ? { name: owner.name + subject.name, stated: true } : null;
        if (!subject)
          return { skip: "share_skipped", message: `${share.subject.name} of no owner named`, consumed: [q] };
      }
      return {
        candidates: [candidateFrom("measure", atoms, q, unit, { subject, indicator: share.indicator })],
        consumed: [q],
      };
    }
    // "文化和旅游产业增加值占GDP比重达到15%": a share whose owner before 占 joins two things and reads as no plain
    // phrase — no one word of it is the share's owner
    if (
      /^(?:占比|比重)$/.test(ind.name) &&
      /[和及与][^,，占]*占/.test(text.slice(topicStart(atoms, cStart, ind.start), ind.start))
    )
      return { skip: "share_skipped", message: `${ind.name} of an owner that cannot be read`, consumed: [q] };
    // 亩均税收, 单位GDP能耗: a modifier right before a known measure makes a measure of its own
    if (averageOfPlaces(text, cStart, ind))
      return { skip: "non_fact", message: `an average over a group of places: ${q.text}`, consumed: [q] };
    const modifier = modifierBefore(text, cStart, ind.start);
    // "户籍人均生产总值", "常住人均生产总值": whose head count the measure is per is part of its name
    const perStart = modifier ? ind.start - modifier.length : ind.name.startsWith("人均") ? ind.start : -1;
    const base =
      perStart >= 0 ? /(?:户籍|常住)$/.exec(text.slice(Math.max(cStart, perStart - 2), perStart)) : null;
    const named = modifier && !ind.name.startsWith(modifier) ? modifier + ind.name : ind.name;
    const name = (base?.[0] ?? "") + named;
    // "占农业总产值的比重达到54.6%": what follows 占 is the base of the share, never its subject
    const shareBase = /^(?:占比|比重)$/.test(ind.name)
      ? /^占(?:全市|全省|全区|全国)?(.{1,12}?)(?:的)?比重$/.exec(text.slice(cStart, ind.end))
      : null;
    // (with a modifier that makes a measure of its own, what is measured stands before the modifier: "规上工业企业净利润",
    // "规上工业亩均税收")
    let subject = shareBase
      ? null
      : modifier
        ? subjectBefore(text, atoms, cStart, ind.start - modifier.length)
        : (subjectBefore(text, atoms, cStart, ind.start) ?? carried);
    // "实现卫浴产值150亿元以上", "茶产业综合产值突破60亿元": the output of what stands right before it, though its
    // name ends in no noun of things (a county's whole output is named 地区生产总值, not 产值)
    if (!subject && !modifier && OUTPUT.test(ind.name))
      subject = ownerRightBefore(text, atoms, cStart, ind.start);
    // "规上工业增加值50亿元,总产值210亿元": a bare 总产值 is that of the owner the clause before measured
    const outputOwner = !subject && !modifier ? outputOwnerBefore(text, atoms, cStart, ind) : null;
    // "“粤字号”农产品畅销海外,…累计出口额达169.5亿美元": exports of what the clause before sends abroad
    if (!subject && !modifier && /^出口(?:额|总额)?$/.test(ind.name) && cStart > atoms.sentence.start) {
      const [pStart] = clauseOf(text, atoms, cStart - 2);
      const sold = SOLD_ABROAD.exec(text.slice(pStart, cStart));
      if (sold && nounPhrase(sold[1], 0, sold[1].length) === sold[1])
        subject = { name: sold[1], stated: true };
    }
    // "赤字规模4.06万亿元", "一般公共预算支出规模28.5亿元": a bare 规模 of no industry named is the scale of what
    // stands right before it, a measure of its own
    // (so is bare 资金: 项目资金, 专项资金)
    const scaleOwner =
      !subject && !modifier && /^(?:规模|资金)$/.test(ind.name)
        ? ownerRightBefore(text, atoms, cStart, ind.start)
        : null;
    const scaleOf = scaleOwner ? scaleOwner.name + ind.name : null;
    // "工业技改投资3.3亿元", "更新改造投资144.3亿元": a kind of investment no list names is a measure of its own
    const kindOf =
      !subject && !modifier && ind.name === "投资" ? investmentKind(text, atoms, cStart, ind.start) : null;
    // "实施市重大项目86个,开工率100%,完成投资175亿元": the investment of the projects a clause before counted
    // ("46个重点项目开工,完成投资额59.66亿元" too)
    if (
      !subject &&
      !modifier &&
      !kindOf &&
      (/^投资额?$/.test(ind.name) || PLANNED_AMOUNTS.has(ind.name)) &&
      /^(?:累计|共|实际)?(?:完成|实现)?(?:年度|全年)?$/.test(
        text.slice(topicStart(atoms, cStart, ind.start), ind.start),
      )
    ) {
      const projects = projectsBefore(text, atoms, cStart);
      // (projects counted by a name that reads as no plain noun phrase are still projects, not the place; a
      // plan's amount for the year after the count of all its projects is the plan's: "重大项目计划共安排项目883个,
      // …,年度计划完成2241亿元")
      if (projects === "unnamed" || (projects === "bare" && !PLANNED_AMOUNTS.has(ind.name)))
        return {
          skip: "measure_missing",
          message: "投资 of projects counted before, by no plain name",
          consumed: [q],
        };
      // "安排原特区外项目582个,…,年度计划完成1533亿元": a plan's amount of the projects named is theirs
      if (projects !== "bare") subject = projects;
    }
    // "111个省重点在建项目实际完成投资452.5亿元": projects counted in the investment's own clause are its owner
    if (!subject && !modifier && !kindOf && /^投资额?$/.test(ind.name)) {
      const own = PROJECTS_HERE.exec(text.slice(cStart, ind.start));
      // (a kind of project is a name, 在建 and all: "省重点在建项目")
      if (own && own[1].length > 2) subject = { name: own[1], stated: true };
    }
    // "新增高新技术企业2500家,总数突破8000家": the total of the thing the clause before counts
    // "科技型中小企业注册总数": what is registered is what is counted
    if (!subject && /^(?:总数|数量)$/.test(ind.name)) {
      const deed = REGISTRATION.exec(text.slice(cStart, ind.start));
      if (deed) subject = subjectBefore(text, atoms, cStart, ind.start - deed[0].length);
    }
    if (
      !subject &&
      /^(?:总数|数量|存量)$/.test(ind.name) &&
      (ind.start === cStart || text[ind.start - 1] === "、")
    )
      subject = countedThingBefore(text, atoms, ind.start);
    // "市场主体存量为36581户": the stock of what stands right before it
    if (!subject && !modifier && /^(?:总数|数量|存量)$/.test(ind.name))
      subject = ownerRightBefore(text, atoms, cStart, ind.start);
    if (!subject && /^(?:占比|比重)$/.test(ind.name)) {
      // "数字经济规模达到5000亿元,占生产总值比重达到40%": the share of what the clause before measured
      const base = shareBase;
      const owner = base ? ownerBefore(text, atoms, cStart) : null;
      if (base && owner)
        return {
          candidates: [
            candidateFrom("measure", atoms, q, unit, {
              subject: owner,
              indicator: `占${shareBaseNamed(base[1])}比重`,
            }),
          ],
          consumed: [q],
        };
      // otherwise whose share it is lies outside the clause; a bare share would mislead
      return { skip: "share_skipped", message: `${ind.name} of an unnamed measure`, consumed: [q] };
    }
    // "粮食播种面积81.46万亩,产量36.17万吨", "完成工业总产值60.54亿元,增加值16.03亿元": a bare 产量 or 增加值 opening its
    // clause (after its verb alone: "民营经济稳步发展,实现增加值…") is of the thing the clause before measured or
    // said grew
    if (!subject && !modifier && (ind.name === "产量" || ind.name === "增加值"))
      subject = thingMeasuredBefore(text, atoms, cStart, ind.start);
    // "全县规模以上农产品加工企业稳定在31户,预计全年产值突破60亿元", "…两家疫苗企业累计供应超15亿剂,产值突破1220亿
    // 元": a bare 产值 opening its clause after a clause that counts things (户, 家, 个) is theirs, not the place's
    if (
      !subject &&
      !modifier &&
      ind.name === "产值" &&
      /^(?:预计|全年|累计|共)*$/.test(text.slice(topicStart(atoms, cStart, ind.start), ind.start))
    ) {
      const counted = thingsCountedBefore(text, atoms, cStart);
      if (counted === "unnamed")
        return {
          skip: "measure_missing",
          message: "产值 of the things the clause before counts",
          consumed: [q],
        };
      if (counted) subject = counted;
    }
    // "基础设施建设稳步推进,投资10亿元": a bare 投资 opening its clause after a clause about works is the works'
    // investment, not the place's
    if (
      !subject &&
      !modifier &&
      !kindOf &&
      name === "投资" &&
      ind.start === topicStart(atoms, cStart, ind.start) &&
      worksBefore(text, atoms, cStart)
    )
      return { skip: "measure_missing", message: "投资 of the works the clause before names", consumed: [q] };
    // (产量 and a bare 增加值 are a thing's or an industry's: of no one named they would read as the place's total)
    // "年屠宰规模超210万头": a scale counted (not in money) is a count of the things named before it; of none named it
    // is a count of nothing a reader can tell
    const countedScale = ind.name === "规模" && !moneyUnit;
    if (!subject && !modifier && (!scaleOf || countedScale) && OWNED_MEASURE.test(ind.name)) {
      const what = scaleOf
        ? `${scaleOf} counted in ${unit.unit}, of no thing named`
        : `${ind.name} of an unnamed thing`;
      return { skip: "measure_missing", message: what, consumed: [q] };
    }
    // "一般贸易方式进出口总额…", "农民人均纯收入…": a noun phrase before the measure that no list names as a thing is
    // still what the measure is of — dropped, the figure would read as the place's whole total
    const unnamed =
      !subject && !modifier && !scaleOf && !kindOf && !outputOwner
        ? ownerUnnamed(text, atoms, cStart, ind.start)
        : null;
    if (unnamed) subject = { name: unnamed, stated: true };
    // "居民消费价格指数控制在103%以内": the index's level (last year = 100), not its rise
    const priceLevel = name === "居民消费价格涨幅" && unit.unit === "%" && q.value >= 50;
    // "新增产值282.8亿元", "新增规上工业产值120亿元": an amount added to the measure is no level of it; its name says so
    // (not "新增项目实现产值…": the output of new things, whose name stands between)
    const added = ADDED_BEFORE.exec(text.slice(topicStart(atoms, cStart, ind.start), ind.start));
    const increment =
      moneyUnit && added !== null && (added[1] === "" || added[1] === subject?.name) ? "新增" : "";
    return {
      candidates: [
        candidateFrom("measure", atoms, q, unit, {
          subject,
          indicator: priceLevel
            ? "居民消费价格指数"
            : countedScale
              ? "数量"
              : increment + (kindOf ?? scaleOf ?? (outputOwner ? outputOwner + name : name)),
          kind: PLANNED_AMOUNTS.has(name) ? "target" : null,
        }),
      ],
      consumed: [q],
    };
  },
};

/**
 * What the clause right before `clauseStart` (in the same sentence) counts in 户, 家 or 个: its name, "unnamed" when
 * it counts some but names them in no plain phrase, or null when it counts nothing.
 */
function thingsCountedBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
): { name: string; stated: boolean } | "unnamed" | null {
  if (clauseStart <= atoms.sentence.start || !/[,，]$/.test(text.slice(clauseStart - 1, clauseStart)))
    return null;
  const [pStart] = clauseOf(text, atoms, clauseStart - 2);
  const counts = within(atoms.quantities, pStart, clauseStart - 1).some(
    (x) => x.unit?.kind === "count" && /^[户家个]$/.test(x.unit.surface),
  );
  return counts ? (countedThingBefore(text, atoms, clauseStart) ?? "unnamed") : null;
}

/**
 * The measure of a list of places each with its figure ("广州工业增速18.7%,上海20%,北京41.4%"): the clause that opens
 * the list names the measure and states a figure in the same unit; the clauses between are a place and a figure
 * alone. Null when the clauses before are anything else.
 */
function measureOfPlaceList(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
  q: QuantityAtom,
): { ind: IndicatorAtom; subject: { name: string; stated: boolean } | null } | null {
  let start = clauseStart;
  for (let k = 0; k < 8 && start > atoms.sentence.start && /[,，、]/.test(text[start - 1]); k++) {
    const [pStart] = clauseOf(text, atoms, start - 2);
    const figure = within(atoms.quantities, pStart, start - 1).pop();
    if (!figure || figure.unit?.to !== q.unit?.to || !/^[,，、]$/.test(text.slice(figure.span[1], start)))
      return null;
    const ind = within(atoms.indicators, pStart, figure.span[0]).pop();
    if (ind) return { ind, subject: subjectBefore(text, atoms, pStart, ind.span[0]) };
    if (!placeAndFigure(text, atoms, pStart, figure)) return null;
    start = pStart;
  }
  return null;
}

/** The clause at `clauseStart` is another place and figure `q` alone: "同期山东为19775.9亿元", "上海20%". */
function placeAndFigure(text: string, atoms: SentenceAtoms, clauseStart: number, q: QuantityAtom): boolean {
  const place = within(atoms.regions, clauseStart, q.span[0])[0];
  return (
    place !== undefined &&
    PARALLEL.test(text.slice(clauseStart, place.span[0])) &&
    /^(?:为|达到|达|是)?$/.test(text.slice(place.span[1], q.span[0]))
  );
}

/** The clause right before `clauseStart`, in the same sentence, speaks of works and states no figure. */
function worksBefore(text: string, atoms: SentenceAtoms, clauseStart: number): boolean {
  if (clauseStart <= atoms.sentence.start || !/[,，]$/.test(text.slice(clauseStart - 1, clauseStart)))
    return false;
  const [pStart] = clauseOf(text, atoms, clauseStart - 2);
  if (within(atoms.quantities, pStart, clauseStart).length > 0) return false;
  return /建设|工程|项目/.test(text.slice(pStart, clauseStart));
}

/** What the clause right before measured, when it is the same sentence's: its subject, else its measure's name. */
function ownerBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
): { name: string; stated: boolean } | null {
  if (clauseStart <= atoms.sentence.start || !/[,，]$/.test(text.slice(clauseStart - 1, clauseStart)))
    return null;
  const [start, end] = clauseOf(text, atoms, clauseStart - 2);
  // (past a clause of its growth alone: "第一产业增加值138.6亿元,增长3.2%,占地区生产总值比重为19.7%")
  const pStart =
    GROWTH_ALONE.test(text.slice(start, end)) && start - 2 >= atoms.sentence.start
      ? clauseOf(text, atoms, start - 2)[0]
      : start;
  const prev = within(atoms.indicators, pStart, clauseStart).pop();
  if (!prev || /^(?:占比|比重)$/.test(prev.name)) return null;
  const subject = subjectBefore(text, atoms, pStart, prev.span[0]);
  if (subject || !OWNED_MEASURE.test(prev.name)) return subject ?? { name: prev.name, stated: true };
  // a measure that is always some thing's, 增加值 or 产量 alone, is the share of the thing the clause before it said
  // grew ("民营经济稳步发展,实现增加值…,占GDP比重为61%"), or owns none
  return thingMeasuredBefore(text, atoms, pStart, prev.span[0]);
}

const GROWTH_ALONE = new RegExp(`^${CHANGE_SAID}[\\d.]+%$`);

/** The projects a clause before, in the same sentence, counts ("实施市重大项目86个", "14个省级重点项目全部开工"). */
function projectsBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
): { name: string; stated: boolean } | "unnamed" | "bare" | null {
  const before = text.slice(Math.max(atoms.sentence.start, clauseStart - 40), clauseStart);
  const m = PROJECTS_COUNTED.exec(before);
  if (!m) return null;
  const name = (m[1] ?? m[2]).replace(PROJECT_DEEDS, "");
  // ("共安排项目883个": the projects of the whole plan, named by no kind)
  if (name === "项目") return "bare";
  return name.length > 2 && nounPhrase(name, 0, name.length) ? { name, stated: true } : "unnamed";
}

// "N个X项目(实际|累计)完成", opening the clause of their investment
const PROJECTS_HERE =
  /^(?:其中[,，]?)?[\d一二三四五六七八九十]+个([\u4e00-\u9fff]{1,12}?项目)(?:实际|累计|共)?(?:完成|实现)$/;

// "X项目N个," or "N个X项目…," ending the text before a clause
const PROJECTS_COUNTED =
  /([\u4e00-\u9fff]{1,12}?项目)\d+个[^;；,，]*[,，][^;；]*$|\d+个([\u4e00-\u9fff]{1,12}?项目)[^;；]*[,，]$/;
// the deeds (and whatever stands before the last of them: a place, a year) before the projects' name
const PROJECT_DEEDS = new RegExp(
  `^.*(?:${alternation(POLICY_ACTIONS, ["推动", "新开工", "开工", "安排", "谋划", "滚动", "列入", "纳入"])})`,
);
