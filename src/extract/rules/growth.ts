// Changes: "工业总产值4191.83亿元,增长2.99%", "地区生产总值增长4%", "营业收入同比增长12.01%", "力争数字经济增长15%以上",
// and falls: "单位地区生产总值能耗比2020年下降13.5%" (direction fall, the value is the size of the fall).
import type { Rule } from "./rule";
import { matchIndicatorAt, namesAmount, PLANNED_AMOUNTS, TRADE_MEASURE } from "../../lexicon/indicators";
import { changeOf, measureOfGrowth, type SentenceAtoms } from "../types";
import {
  candidateFrom,
  clauseOf,
  countedThingBefore,
  indicatorBefore,
  investmentKind,
  listedWithNext,
  measureName,
  measureNameAt,
  modifierBefore,
  normalisedUnit,
  OWNED_MEASURE,
  OUTPUT,
  averageOfClass,
  averageOfPlaces,
  outputOwnerBefore,
  ownerRightBefore,
  shareOf,
  topicStart,
  thingMeasuredBefore,
  ownerUnnamed,
  CLASS_OF_GOODS,
  nounPhrase,
} from "./helpers";
import { subjectBefore } from "./context";
import {
  BASE_PHRASE,
  COMPARED_WITH,
  FALLING,
  FALL_VERBS,
  PREDICATE_AT_END,
  RISE_VERBS,
  SHORT_CHANGE,
  TASK_NAMED,
  YEARLY_AVERAGE,
} from "../../lexicon/predicates";
import { firstFrom, lastBefore, within } from "../atoms/search";
import { BULLETS } from "../segment";
import { periodOf } from "../refiners/period";

const GROWTH = new RegExp(
  `(?:同比|${YEARLY_AVERAGE}|累计|预期|${BASE_PHRASE})*(?:(?:增速|增幅|降幅|下降幅度)(?:预计|预期|有望)?为?|${RISE_VERBS}|${FALL_VERBS}|${SHORT_CHANGE})(?:目标(?:为|是|定为|确定为|设定为)?)?(?:了|达到?|为|约)?$`,
);
// a clause about the economy as a whole, with no figure: 经济保持平稳增长, 经济实现稳中有进, 经济发展迈上新台阶
const ECONOMY_CLAUSE = /^经济(?:发展)?(?:保持|实现|持续|稳定|运行|进入|迈上|迈入)[\u4e00-\u9fff]{0,8}[,，]$/;
// (against the plan, the budget, the goal or the task, its amount named or not: "完成年度目标的85%", "占任务数16900万元的
// 63.7%")
const PROGRESS = new RegExp(
  `^(?:完成|占|达到)${TASK_NAMED}(?:目标)?(?:[\\d.]+[万亿]?[\\u4e00-\\u9fff]{0,2})?的`,
);
// what may stand between a thing and the words of its change: words of when and how, no noun
const THING_THEN_CHANGE = /^(?:全年|累计|预计|实现|完成|分别|均|也|则|继续|保持|持续|稳定)*$/;
// a clause of a measure's share alone: "占GDP的比重达到50%,", "占全市比重为31%;"
const SHARE_CLAUSE = /^占[\u4e00-\u9fffA-Za-z]{1,14}?的?(?:比重|比例)?(?:为|达到?|是)?[\d.]+%[,，;；]$/;
// (after a bullet too: "●经济增长6%左右")
const ECONOMY = new RegExp(`(?:^|[“":：${BULLETS}]|是|为|确保|力争|实现|预期|目标|全年|今年|明年)经济$`);
// what follows the place in a clause of a place and its growth alone: "则下降1.5%,", "增长8.2%,"
const PLACE_GROWTH_REST = /^(?:则|也|亦|均)?(?:同比)?(?:增长|下降|增速为?)[\d.]+%[,，]$/;
// a rate of change named as the measure (增速较一季度提升1.2个百分点): its change is told apart below
const GROWTH_RATE = /^(?:增速|增幅|增长率|涨幅|降幅)/;
// a goal for a measure's growth, said without the measure: "2026年增长目标为7%左右", "增长预期目标是6%"
const GROWTH_GOAL = /增长(?:预期)?目标/;

/**
 * The measure the part of the sentence before `cStart` (back to a semicolon) names last, not a bare rate of change:
 * 地区生产总值 of "西藏2025年GDP增速为7%,".
 */
function measureOfPartBefore(
  text: string,
  atoms: SentenceAtoms,
  cStart: number,
): { name: string; money: boolean; start: number; end: number } | null {
  const from = Math.max(
    atoms.sentence.start,
    text.lastIndexOf("；", cStart - 1),
    text.lastIndexOf(";", cStart - 1),
  );
  const named = within(atoms.indicators, from, cStart).filter((i) => !GROWTH_RATE.test(i.name));
  const last = named[named.length - 1];
  return last ? { name: last.name, money: last.money, start: last.span[0], end: last.span[1] } : null;
}
// a class of goods right before its change: "食品烟酒类上涨", "汽车类增长", "石油及制品类同比增长"
const CLASS_BEFORE_CHANGE = new RegExp(`${CLASS_OF_GOODS.source}(?:商品|产品)?(?:同比)?$`);
// the words of a change, between a measure's name and its figure
// (年 alone is the base of Taiwan's 年增, 年减: "外贸出口年减2.1%")
const CHANGE_ONLY = new RegExp(
  `^(?:${BASE_PHRASE}|同比|${YEARLY_AVERAGE}|累计|力争|确保|争取|力求|将|要|预计|预期|均|则|也|亦|还|仍|仅|只|(?:增长|增速)?目标(?:为|是)?|总水平|实现了?|保持了?)*年?$`,
);

const AVERAGE_OPENING = new RegExp(`^(?:${YEARLY_AVERAGE})`);

// a run of years right before the change: "连续三年", "已连续5年保持"
const RUN_OF_YEARS = /连续[一二两三四五六七八九十\d]+年(?:保持|实现)?$/;

// a clause that opens by comparing with another figure
const GAP_TO = new RegExp(`^(?:[,，\\s]*)(?:${COMPARED_WITH})`);

export const growthRule: Rule = {
  id: "growth",
  description: "(指标)(同比)增长X%: the growth rate of the measure named before it",
  examples: [
    {
      text: "2023年,绍兴市地区生产总值增长7.8%。",
      date: "2024年1月1日",
      gives: { indicator: "地区生产总值增速", direction: "rise", value: 7.8, kind: "actual" },
    },
    {
      text: "到2025年,绍兴市单位地区生产总值能耗比2020年下降14%以上。",
      date: "2021年3月1日",
      gives: { indicator: "单位地区生产总值能耗降幅", direction: "fall", value: 14, comparator: "gte" },
    },
    {
      text: "今年,绍兴市力争规模以上工业增加值同比增长8%左右。",
      date: "2024年1月1日",
      gives: {
        indicator: "规模以上工业增加值增速",
        value: 8,
        comparator: "approx",
        kind: "target",
        year: 2024,
      },
    },
  ],
  produce({ text, atoms, q }) {
    if (!q.unit || (q.unit.kind !== "percent" && q.unit.kind !== "points")) return null;
    const [cStart] = clauseOf(text, atoms, q.span[0]);
    // "比上年同期增长-8.7%": a rise by a negative rate, as tables and some bulletins write a fall
    const minus = /(?:增长|增速为?|增幅为?)[-−－]$/.test(
      text.slice(Math.max(cStart, q.span[0] - 4), q.span[0]),
    );
    const before = text.slice(cStart, q.span[0] - (minus ? 1 : 0));
    const g = GROWTH.exec(before);
    if (!g) return null;
    const growthStart = q.span[0] - (minus ? 1 : 0) - g[0].length;
    if (before.includes("分别")) return null; // 城乡居民收入分别增长4.9%和7.2%: the distribution rule's, or nobody's
    // "加工贸易和保税物流进出口A和B,同增1.9%和38.4%": rates listed for one change belong to several owners that no list
    // rule paired up; the first is no one's own
    if (listedWithNext(text, atoms, q))
      return {
        skip: "measure_missing",
        message: "rates listed for one change, owners not paired",
        consumed: [q],
      };
    // "工业拉动全市GDP增长7个百分点": a part's contribution to the growth, not the growth of the measure
    if (/拉动|带动/.test(text.slice(cStart, growthStart)))
      return { skip: "non_fact", message: `a contribution to growth: ${q.text}`, consumed: [q] };
    // "高出全省外贸整体增速11个百分点": the gap to another place's or measure's figure, no figure of its own
    // (in points: "高于预期目标(增长6%以上)" names a target in its brackets)
    if (q.unit.kind === "points" && GAP_TO.test(text.slice(cStart, growthStart)))
      return { skip: "non_fact", message: `a gap to another figure: ${q.text}`, consumed: [q] };
    // "连续三年增幅超13个百分点", "连续五年增长10%以上": a change kept over a run of years, no one year's figure
    if (RUN_OF_YEARS.test(text.slice(cStart, growthStart)))
      return { skip: "non_fact", message: `a change kept over a run of years: ${q.text}`, consumed: [q] };
    // (a change said short, 比降2.1%, 同降3%, 年减2.1%, is matched from its 降 or 减: the base before it stays out of
    // the match)
    const falling = (FALLING.test(g[0]) || /^[降减]/.test(g[0])) !== minus;
    // "城镇居民人均可支配收入和农民人均纯收入均增长10%": two measures, one change
    // (without 均 too, when each names a measure the lexicon knows: "地区生产总值和财政一般预算收入增长10%以上";
    // "科学研究和技术服务业增长…" is one sector)
    const pair = /^(.+?)(?:和|及|与)(.+?)(均|都)?$/.exec(
      text.slice(topicStart(atoms, cStart, growthStart), growthStart),
    );
    const names = pair ? [pair[1], pair[2]].map((n) => measureName(n, 0, n.length)) : [];
    if (
      names.length === 2 &&
      names[0] &&
      names[1] &&
      (pair![3] || names.every((n) => endsInKnownMeasure(n!)))
    ) {
      const candidates = (names as string[]).map((name) =>
        candidateFrom("growth", atoms, q, normalisedUnit(q, false), {
          indicator: name,
          change: changeOf(falling),
          direction: falling ? "fall" : "rise",
          span: [growthStart, q.span[1]],
        }),
      );
      return { candidates, consumed: [q] };
    }
    // the measure: in this clause, else the last one named earlier in the sentence
    let ind = indicatorBefore(text, atoms, cStart, growthStart);
    // "经济增长6%", "确保经济增速10%": the economy's growth is that of its 地区生产总值
    // ("中国经济增长5%", "浙江省经济增长6%": a place's economy, the place right before it)
    const economyAt = text.startsWith("经济", growthStart - 2) ? growthStart - 2 : -1;
    if (
      !ind &&
      (ECONOMY.test(text.slice(cStart, growthStart)) ||
        (economyAt > cStart && lastBefore(atoms.regions, economyAt)?.span[1] === economyAt))
    )
      ind = { name: "地区生产总值", money: true, start: growthStart - 2, end: growthStart };
    if (ind && averageOfPlaces(text, cStart, ind))
      return { skip: "non_fact", message: `an average over a group of places: ${q.text}`, consumed: [q] };
    // 亩均税收年均增长10%: a modifier right before a known measure makes a measure of its own
    const modifier = ind ? modifierBefore(text, cStart, ind.start) : null;
    if (ind && modifier && !ind.name.startsWith(modifier))
      ind = { ...ind, name: modifier + ind.name, start: ind.start - modifier.length };
    // (with a modifier that makes a measure of its own, what is measured stands before the modifier: "规上工业企业
    // 净利润增长5%"; ind.start already stands at the modifier)
    let subject = ind ? subjectBefore(text, atoms, cStart, ind.start) : null;
    // "“三大手机”产值增长13.3%": an output's owner right before it, quoted or not
    if (ind && !subject && !modifier && OUTPUT.test(ind.name))
      subject = ownerRightBefore(text, atoms, cStart, ind.start);
    // "规上工业增加值增长6%,总产值增长4.5%": a bare 总产值 is that of the owner the clause before measured
    const outputOwner = ind && !subject && !modifier ? outputOwnerBefore(text, atoms, cStart, ind) : null;
    if (ind && outputOwner) ind = { ...ind, name: outputOwner + ind.name };
    // "政府投资同比增长35.9%,基础设施投资增长12.9%": each kind of investment is a measure of its own
    const investment =
      ind && !subject && !modifier && ind.name === "投资"
        ? investmentKind(text, atoms, cStart, ind.start)
        : null;
    if (ind && investment) ind = { ...ind, name: investment };
    // (a kind that cannot be read, "文化、体育和娱乐业投资", is no bare 投资 of the place)
    else if (
      ind &&
      !subject &&
      !modifier &&
      ind.name === "投资" &&
      unreadKind(text, atoms, cStart, ind.start)
    )
      return {
        skip: "measure_missing",
        message: `growth ${q.text} of a kind of 投资 not read`,
        consumed: [q],
      };
    // "一般贸易方式进出口总额增长12%": a noun phrase no list names right before the measure is what it is of
    if (ind && !subject && !modifier && !outputOwner && !investment) {
      const unnamed = ownerUnnamed(text, atoms, cStart, ind.start);
      if (unnamed) subject = { name: unnamed, stated: true };
    }
    // a known measure inside a longer name is not the measure: 单位地区生产总值能耗下降13.5% is about 能耗
    const between = ind ? text.slice(ind.end, growthStart) : "";
    if (ind && /^[\u4e00-\u9fffA-Za-z]+$/.test(between) && !CHANGE_ONLY.test(between)) {
      const name = measureName(text, topicStart(atoms, cStart, growthStart), growthStart);
      if (!name)
        return { skip: "measure_missing", message: `change ${q.text} of an unclear measure`, consumed: [q] };
      ind = { name, money: false, start: growthStart - name.length, end: growthStart };
      subject = null;
    }
    // a measure the clause names itself, though no list holds it (森林蓄积量增长5%, 单位工业增加值用水量累计下降30%,
    // "…占规上企业比重达到56%,研究经费投入年均增长15%"), before any measure of the clauses before
    const topic = topicStart(atoms, cStart, growthStart);
    // "医疗保健类上涨0.3%", "汽车类增长25.9%": a class of goods, a part of a measure named before (prices, sales),
    // no measure itself
    if (!ind && CLASS_BEFORE_CHANGE.test(text.slice(topic, growthStart)))
      return {
        skip: "measure_missing",
        message: `${q.text}: a class of goods, a part of a measure named elsewhere`,
        consumed: [q],
      };
    // …and a clause that names the thing it counts (申报发明专利同比增长208%) is that thing's, not an earlier measure's
    // (the thing itself, not something of it named after it: "农业生产资料价格比上年上涨10.8%" is the growth of 生产资料价格
    // of 农业, no growth of 农业)
    const thing = !ind && topic < growthStart ? subjectBefore(text, atoms, cStart, growthStart) : null;
    const ownThing =
      thing &&
      THING_THEN_CHANGE.test(
        text
          .slice(cStart, growthStart)
          .split(thing.written ?? thing.name)
          .pop() ?? "",
      )
        ? thing
        : null;
    if (!ind && topic < growthStart && !ownThing) {
      const named = measureNameAt(text, topic, growthStart);
      const name = named?.name ?? null;
      // ("其中浙江省增速达到27.3%": a place inside the phrase is the clause's topic, not part of a name)
      const placeInside = named
        ? within(atoms.regions, named.start, growthStart).some((r) => !r.self)
        : false;
      if (name && !CHANGE_ONLY.test(name) && !placeInside)
        ind = { name, money: false, start: growthStart - name.length, end: growthStart };
    }
    // "一般公共预算总收入5955.6亿元、增长0.8%": a growth after an amount in its own clause is that amount's, by
    // whatever name the clause gives it — never a measure named clauses back
    const amount = !ind && !ownThing ? lastBefore(atoms.quantities, growthStart) : undefined;
    if (amount && amount.span[0] >= cStart && amount.unit && amount.unit.kind !== "percent") {
      const named = amountNamedIn(text, atoms, cStart, amount);
      if (!named)
        return { skip: "measure_missing", message: `growth ${q.text} of an amount not named`, consumed: [q] };
      ind = named;
    }
    if (!ind && !ownThing) {
      // the measure named last, a few clauses back at most
      // (a measure after 占 is a share's base, no measure of the clause: "增加值2306亿元,占GDP的26.7%,同比增长16.7%"
      // grows the 增加值, not GDP)
      let last = lastBefore(atoms.indicators, cStart);
      // ("…增加值达到4000亿元,占GDP的比重达到50%,年平均增长30%": a rate in percent is no share's, whose change is in
      // points — the measure before the share's clause grew)
      const [lStart] = last ? clauseOf(text, atoms, last.span[0]) : [cStart];
      if (
        last &&
        q.unit.kind === "percent" &&
        /^(?:比重|占比)$/.test(last.name) &&
        SHARE_CLAUSE.test(text.slice(lStart, cStart))
      )
        last = lastBefore(atoms.indicators, lStart);
      if (last && text[last.span[0] - 1] === "占") last = lastBefore(atoms.indicators, last.span[0]);
      const earlier = last && cStart - last.span[1] <= 200 ? last : undefined;
      // the clause right before must be the measure's own, or hold no figure of something else:
      // "进出口总额2924.5亿元,增长12.3%,其中机电产品1200亿元,增长9%" — the 9% is not 进出口总额's
      let [pStart] = cStart > atoms.sentence.start ? clauseOf(text, atoms, cStart - 2) : [cStart];
      // a clause of progress against the plan stands between a measure and its growth without breaking them:
      // "完成GDP4408.1亿元,完成全年计划目标的45.4%,增长13.7%"
      // (so does a clause of the measure's share: "…达到4000亿元,占GDP的比重达到50%,年平均增长30%")
      if (
        (PROGRESS.test(text.slice(pStart, cStart)) || SHARE_CLAUSE.test(text.slice(pStart, cStart))) &&
        pStart > atoms.sentence.start
      )
        [pStart] = clauseOf(text, atoms, pStart - 2);
      // a round-up of places, each with its growth of the same measure: "海宁市…增长9.1%,桐乡市增长8.2%,海盐县
      // 则下降1.5%" — clauses of a place and a growth alone carry the measure on (a few of them at most)
      const placeFirst = topicStart(atoms, cStart, growthStart) > cStart;
      for (let k = 0; placeFirst && earlier && earlier.span[0] < pStart && k < 8; k++) {
        const rest = text.slice(topicStart(atoms, pStart, cStart), cStart);
        if (topicStart(atoms, pStart, cStart) === pStart || !PLACE_GROWTH_REST.test(rest)) break;
        [pStart] = clauseOf(text, atoms, pStart - 2);
      }
      const otherFigure =
        earlier !== undefined &&
        earlier.span[0] < pStart &&
        within(atoms.quantities, pStart, cStart - 1).length > 0;
      // "出口机电产品13380亿元,增长18.1%": what was traded, named after the verb, is what grew — not the place's trade
      const amount = earlier ? firstFrom(atoms.quantities, earlier.span[1]) : undefined;
      const traded =
        earlier && amount && TRADE_MEASURE.test(earlier.name) && amount.span[0] < cStart
          ? /^[\u4e00-\u9fff]{2,12}$/.exec(text.slice(earlier.span[1], amount.span[0]))?.[0]
          : undefined;
      if (traded !== undefined && !nounPhrase(traded, 0, traded.length))
        return {
          skip: "measure_missing",
          message: `growth ${q.text} of trade in goods not read`,
          consumed: [q],
        };
      if (earlier && !otherFigure && !/[;；]/.test(text.slice(earlier.span[1], cStart))) {
        ind = { name: earlier.name, money: earlier.money, start: earlier.span[0], end: earlier.span[1] };
        const [eStart] = clauseOf(text, atoms, earlier.span[0]);
        // (by the name the clause before gave its amount, where the name goes on past the measure the lexicon knows:
        // "直接利用外资合同额16.89亿美元,增长80.8%" grew 直接利用外资合同额, not 利用外资)
        const amountAfter = firstFrom(atoms.quantities, earlier.span[1]);
        const goesOn =
          amountAfter && amountAfter.span[0] < cStart
            ? /^[\u4e00-\u9fff]+/.exec(text.slice(earlier.span[1], amountAfter.span[0]))
            : null;
        const whole =
          goesOn &&
          !PREDICATE_AT_END.test(goesOn[0]) &&
          clauseOf(text, atoms, amountAfter!.span[0])[0] === eStart
            ? amountNamedIn(text, atoms, eStart, amountAfter!)
            : null;
        if (whole && whole.name.includes(earlier.name) && whole.name.length > earlier.name.length) {
          ind = whole;
          subject = null;
        } else {
          // (by the name the clause before gave it, modifier and all: "地方财政收入63.1亿元,同比增长39.8%")
          const earlierModifier = modifierBefore(text, eStart, earlier.span[0]);
          if (earlierModifier && !earlier.name.startsWith(earlierModifier))
            ind = {
              ...ind,
              name: earlierModifier + earlier.name,
              start: earlier.span[0] - earlierModifier.length,
            };
          subject = earlierModifier
            ? null
            : ((traded ? { name: traded, stated: true } : null) ??
              subjectBefore(text, atoms, eStart, earlier.span[0]) ??
              (OUTPUT.test(earlier.name) ? ownerRightBefore(text, atoms, eStart, earlier.span[0]) : null));
          const kind =
            !subject && earlier.name === "投资" ? investmentKind(text, atoms, eStart, earlier.span[0]) : null;
          if (kind) ind = { ...ind, name: kind };
        }
      }
      // "经济保持平稳增长,年均增长6%左右": a clause of the growth alone after one about the economy
      const prev = text.slice(topicStart(atoms, pStart, cStart), cStart);
      if (
        !ind &&
        pStart < cStart &&
        topicStart(atoms, cStart, growthStart) === growthStart &&
        ECONOMY_CLAUSE.test(prev) &&
        within(atoms.quantities, pStart, cStart - 1).length === 0
      )
        ind = { name: "地区生产总值", money: true, start: growthStart, end: growthStart };
    }
    // "实现财政总收入86.6亿元,同比增长8.6%": the growth of the amount the clause before named, by any name
    if (!ind && cStart > atoms.sentence.start && topicStart(atoms, cStart, growthStart) === growthStart)
      ind = amountOfClauseBefore(text, atoms, cStart);
    if (!ind) subject = subjectBefore(text, atoms, cStart, growthStart);
    // "前三季度全市第一产业同比增长4.7%": one of the three industries, named alone, grows by its value added
    // "政务服务办件为13457件,同比增长24.5%": the growth of the thing counted in the clause before
    // (not when the clause opens with a place of its own: "…新增企业120家,海盐县则下降1.5%")
    if (!ind && !subject && within(atoms.regions, cStart, growthStart).length === 0)
      subject = countedThingBefore(text, atoms, cStart);
    // (so does one the clause before named with its amount: "其中第一产业188.95亿元,增长4.1%")
    if (!ind && subject && /^第[一二三]产业$/.test(subject.name))
      ind = { name: "增加值", money: true, start: growthStart, end: growthStart };
    if (!ind && !subject)
      return { skip: "measure_missing", message: `growth ${q.text} of an unnamed measure`, consumed: [q] };
    // "粮食播种面积81.46万亩,产量36.17万吨,同比增长1.6%": the 产量 of the thing the clause before it measured
    if (!subject && (ind?.name === "产量" || ind?.name === "增加值")) {
      const [indClause] = clauseOf(text, atoms, ind.start);
      subject = thingMeasuredBefore(text, atoms, indClause, ind.start);
    }
    // (a bare 产量 or 增加值 of no one named would read as the place's total)
    if (!subject && ind && OWNED_MEASURE.test(ind.name) && !GROWTH_RATE.test(ind.name))
      return {
        skip: "measure_missing",
        message: `growth ${q.text} of ${ind.name} of an unnamed thing`,
        consumed: [q],
      };
    const share = ind ? shareOf(text, atoms, cStart, ind) : null;
    if (share) subject = share.subject;
    else if (ind && /^(?:占比|比重)$/.test(ind.name))
      return { skip: "share_skipped", message: `change of ${ind.name} of an unnamed measure`, consumed: [q] };
    // "增速较一季度提升1.2个百分点": a change of a growth rate whose measure the clause does not name
    // "西藏2025年GDP增速为7%,2026年增长目标为7.5%左右": a growth goal said alone is that of the measure its part of
    // the sentence named before it
    if (!share && ind && GROWTH_RATE.test(ind.name) && GROWTH_GOAL.test(text.slice(cStart, q.span[0]))) {
      const named = measureOfPartBefore(text, atoms, cStart);
      if (named) ind = named;
    }
    if (!share && ind && GROWTH_RATE.test(ind.name))
      return {
        skip: "measure_missing",
        message: `${q.text}: the change of a growth rate of no measure named`,
        consumed: [q],
      };
    // "我国县域旅游平均接待游客总量为580.79万人次,同比增长14.26%": the change of an average over a class of places
    if (ind && averageOfClass(text, atoms, ind.start, q.span[0]))
      return {
        skip: "non_fact",
        message: `the change of an average over a class of places: ${q.text}`,
        consumed: [q],
      };
    const base = share ? share.indicator : ind ? measureOfGrowth(ind.name) : "";
    // "社会消费品零售总额同比上升5.2%,较去年同期提升了1.2个百分点": points of an amount are its growth rate's change
    if (q.unit.kind === "points" && ind?.money && !share)
      return {
        skip: "measure_missing",
        message: `${q.text}: the change of ${ind.name}'s growth rate, in points`,
        consumed: [q],
      };
    // a measure that is itself a rate of change (居民消费价格涨幅 上涨0.5%) takes the figure as it is
    const isRate = /涨幅$|增长率$/.test(base) && q.unit.kind === "percent";
    // 年均增长: the yearly average over a period, not the growth of one year
    // (written 年平均, 平均每年 or 平均年 too)
    const average = AVERAGE_OPENING.test(g[0]);
    const change = isRate ? null : changeOf(falling, q.unit.kind === "points", average);
    // "前三季度温州市地区生产总值6268亿元,同比增长6.6%": the growth of a measure an earlier clause named is of that
    // clause's part of the year
    // (unless the figure's own clause names its part: "其中二季度GDP同比增长4.7%,一季度增长5.3%")
    const measuredEarlier =
      ind && ind.start < cStart && !periodOf(text.slice(cStart, q.span[0]))
        ? clauseOf(text, atoms, ind.start)[0]
        : -1;
    const earlierPeriod =
      measuredEarlier >= 0 && !/[;；]/.test(text.slice(ind!.end, cStart))
        ? periodOf(text.slice(measuredEarlier, ind!.start))
        : null;
    return {
      candidates: [
        candidateFrom("growth", atoms, q, normalisedUnit(q, false), {
          subject,
          indicator: base || null,
          change,
          ...(earlierPeriod ? { period: earlierPeriod } : {}),
          direction: isRate ? null : falling ? "fall" : "rise",
          span: [Math.min(q.span[0], growthStart + (g[0].startsWith("同比") ? 0 : 0)), q.span[1]],
          // the growth of a plan's amount is planned too
          kind: base && PLANNED_AMOUNTS.has(base) ? "target" : null,
        }),
      ],
      consumed: [q],
    };
  },
};

/**
 * The measure of the amount that ends the clause before `cStart`, named by a noun phrase no list holds
 * (财政总收入86.6亿元, 港口货物吞吐量达到3.2亿吨): its one figure ends the clause, and its name ends as an amount's does.
 */
function amountOfClauseBefore(
  text: string,
  atoms: SentenceAtoms,
  cStart: number,
): { name: string; money: boolean; start: number; end: number } | null {
  const [pStart] = clauseOf(text, atoms, cStart - 2);
  const figures = within(atoms.quantities, pStart, cStart - 1);
  const amount = figures[0];
  if (figures.length !== 1 || !amount.unit || /[%％]|百分点/.test(amount.unit.surface)) return null;
  if (!/^[,，]$/.test(text.slice(amount.span[1], cStart))) return null;
  return amountNamedIn(text, atoms, pStart, amount);
}

/** The measure an amount of a clause is of, named by a noun phrase before it (一般公共预算总收入5955.6亿元). */
function amountNamedIn(
  text: string,
  atoms: SentenceAtoms,
  cStart: number,
  amount: SentenceAtoms["quantities"][number],
): { name: string; money: boolean; start: number; end: number } | null {
  const from = topicStart(atoms, cStart, amount.span[0]);
  const end = amount.span[0] - (PREDICATE_AT_END.exec(text.slice(from, amount.span[0]))?.[0].length ?? 0);
  const name = measureName(text, from, end);
  if (!name || !amount.unit || !namesAmount(name, amount.unit.to)) return null;
  return { name, money: amount.unit.kind === "money", start: end - name.length, end };
}

/** Words before a 投资 that name its kind, though no plain kind could be read from them ("文化、体育和娱乐业投资"). */
function unreadKind(text: string, atoms: SentenceAtoms, clauseStart: number, indStart: number): boolean {
  const before = text.slice(topicStart(atoms, clauseStart, indStart), indStart);
  return /[、和]/.test(before) && /[\u4e00-\u9fff]{2}[、和]?$/.test(before);
}

/** Whether a measure's name ends in one the lexicon knows (财政一般预算收入, 农民人均纯收入). */
function endsInKnownMeasure(name: string): boolean {
  for (let i = 0; i < name.length; i++)
    if (matchIndicatorAt(name, i)?.length === name.length - i) return true;
  return false;
}
