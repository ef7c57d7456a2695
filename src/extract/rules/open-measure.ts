// Open measures: "森林蓄积量达到180亿立方米", "软件业务收入力争突破5000亿元", "有效发明专利达到8万件", "亩均税收达到37万元":
// the noun phrase that opens the clause, a predicate (达到, 突破, 为, 提高至, 控制在…), then the figure. The
// measure need not be in the lexicon: the structure — a plain noun phrase, a predicate, a unit — makes it a fact.
import { readAs, type Rule } from "./rule";
import {
  candidateFrom,
  clauseOf,
  averageOfClass,
  clauseBeforeDeadline,
  itemAfterFigure,
  listedWithNext,
  measureName,
  shareBaseNamed,
  OWNED_MEASURE,
  normalisedUnit,
  topicStart,
} from "./helpers";
import {
  BASE_PHRASE,
  FALL_VERBS,
  GOAL_WORD,
  MODAL_WORDS,
  PREDICATE_AT_END,
  RISE_VERBS,
} from "../../lexicon/predicates";
import { matchIndicatorAt, MONEY_HEAD, namesAmount } from "../../lexicon/indicators";
import { lastBefore, within } from "../atoms/search";
import { subjectBefore } from "./context";
import { nounPhrase } from "../phrases";
import type { SentenceAtoms } from "../types";
import { PERIOD } from "../../lexicon/periods";

// the predicate between the phrase and the figure, when the figure's own comparator word is not one
// a comparator word that is itself a predicate: 突破5000亿元, 达到80%, 超过15个
const OWN_PREDICATE = /^(?:达到|到达|高达|多达|达|突破|超过|超|逾|不低于|不少于|控制在|接近)$/;
// a phrase that says a change or a span of time is no measure's name (连续两年净增, 新增)
const GOAL_AT_END = new RegExp(`的?${GOAL_WORD}值?$`);
const CHANGE_WORDS = /净增|新增|增加|减少|连续|累计|同比|比上年|较上年|[一二两三四五六七八九十\d]+年/;
// a phrase that names some of a group (多个省份, 部分城市, 各地) is no measure
const GROUP = /^(?:多个|多数|部分|一些|若干|众多|不少|大部分|大多数|绝大多数|绝大部分|诸多|各地|各省|各市)/;
// an industry or a cluster named as what reaches a sum of money
const INDUSTRY = /(?:产业|行业|产业集群|产业链)$/;
// a clause of intent and a deadline alone before its predicate: "力争到2025年", "到2027年", "力争"
// (or the end of the period the sentence spoke of: "今后五年,…年均增长5.5%,到期末突破1万亿元")
const BARE_REACH = new RegExp(
  `^(?:${MODAL_WORDS})*(?:到|至)?(?:\\d{4}年(?:底|末)?|期末|末期)?(?:${MODAL_WORDS})*$`,
);
// what is done so far, a part of the year's: "1-4月已经完成…", "已完成…" after "…全年目标为5220亿元"
const DONE_SO_FAR = new RegExp(`^(?:今年)?(?:${PERIOD.source})?(?:已经?|累计)(?:完成|实现|达到)$`);
// a change right before a figure: "增长5.2%", "同比下降3%", "增速为6%"
const CHANGE_BEFORE = new RegExp(`(?:${RISE_VERBS}|${FALL_VERBS}|增速为?|增幅为?)$`);
// a total or a size named bare, after a measure's change: "…增长5.1%、总量达6.36万亿元"
// a share said as what its owner is equal to: "研发经费支出相当于全市生产总值的比例"
const SHARE_AS_EQUIVALENT =
  /^(?:全年|预计|力争)?(.{2,16}?)相当于(?:全市|全省|全区|全县|全国)?(.{1,12}?)的?(?:比例|比重)$/;
const BARE_TOTAL = new RegExp(`^(?:总量|总额|规模|总规模)(?:${MODAL_WORDS})*$`);
// trailing words that belong to the predicate, not to the phrase
const TRAIL = new RegExp(`(?:${BASE_PHRASE})?(?:${MODAL_WORDS})*$`);
// measures of what is held per head or how long something lasts, whose level may follow them with no predicate
const LEVEL_HEAD = /(?:拥有量|保有量|年限|预期寿命)$/;
// one of the three industries alone before an amount, in a breakdown of the gross product
const INDUSTRY_AMOUNT = /^(?:其中)?[,，:：]?(第[一二三]产业)$/;

export const openMeasureRule: Rule = {
  id: "open-measure",
  description:
    "NP + 达到/突破/为/提高至/控制在… + Q单位: the value of a measure named by any plain noun phrase",
  examples: [
    {
      text: "到2027年,绍兴市森林蓄积量达到2000万立方米。",
      date: "2023年1月1日",
      gives: { indicator: "森林蓄积量", value: 20000000, unit: "立方米", kind: "target" },
    },
    {
      text: "到2027年,绍兴市软件业务收入力争突破500亿元。",
      date: "2023年1月1日",
      gives: { indicator: "软件业务收入", value: 500, unit: "亿元", comparator: "gt", kind: "target" },
    },
    {
      text: "到2027年,绍兴市规上工业企业中开展数字化改造的比例提升至80%。",
      date: "2023年1月1日",
      gives: { indicator: "规上工业企业中开展数字化改造的比例", value: 80, unit: "%", kind: "target" },
    },
    {
      text: "到2027年,绍兴市光伏、风电总装机容量达到300万千瓦以上。",
      date: "2023年1月1日",
      gives: {
        indicator: "光伏、风电总装机容量",
        value: 3000000,
        unit: "千瓦",
        comparator: "gte",
        kind: "target",
      },
    },
  ],
  produce({ text, atoms, q }) {
    const [cStart] = clauseOf(text, atoms, q.span[0]);
    // "其中第一产业188.95亿元": one of the three industries with an amount of money alone is its value added
    const sector = q.unit?.kind === "money" ? INDUSTRY_AMOUNT.exec(text.slice(cStart, q.span[0])) : null;
    if (sector)
      return {
        candidates: [
          candidateFrom("open-measure", atoms, q, normalisedUnit(q, true), {
            indicator: "增加值",
            subject: { name: sector[1], stated: true },
          }),
        ],
        consumed: [q],
      };
    // the measure named from `pStart` on, before `end`, when the figure's unit fits it
    const namedBefore = (pStart: number, end: number) => {
      const named = lastBefore(atoms.indicators, end);
      // (a bare 增速 or 总数 named before is some other measure's: "…GDP总量与广州差距不大,增速与广州相同,均为9.9%")
      if (named && OWNED_MEASURE.test(named.name)) return null;
      const unit = named && named.span[0] >= pStart ? normalisedUnit(q, named.money) : null;
      if (!named || !unit || (unit.unit === "亿元") !== named.money) return null;
      return {
        candidates: [
          candidateFrom("open-measure", atoms, q, unit, {
            indicator: named.name,
            subject: subjectBefore(text, atoms, pStart, named.span[0]),
          }),
        ],
        consumed: [q],
      };
    };
    // "地区生产总值增长5.2%、约4.4万亿元", "…增长8.2%、突破6000亿元": an amount alone right after a measure's change
    // is that measure's level
    const prior = text[q.span[0] - 1] === "、" ? lastBefore(atoms.quantities, q.span[0] - 1) : undefined;
    if (
      prior?.span[1] === q.span[0] - 1 &&
      prior.unit?.kind === "percent" &&
      CHANGE_BEFORE.test(text.slice(Math.max(cStart, prior.span[0] - 4), prior.span[0]))
    )
      return namedBefore(cStart, prior.span[0]);
    // "金融机构存贷款余额达到831.8亿元、406.7亿元": values listed for one phrase belong to several owners
    if (listedWithNext(text, atoms, q))
      return {
        skip: "measure_missing",
        message: "values listed for one measure, owners not paired",
        consumed: [q],
      };
    // "…全年目标为5220亿元,1-4月已经完成1399.86亿元": done so far of the measure the clause before set a goal for
    if (DONE_SO_FAR.test(text.slice(cStart, q.span[0])) && cStart > atoms.sentence.start) {
      const said = namedBefore(clauseBeforeDeadline(text, atoms, cStart)!.start, cStart);
      if (said) return said;
    }
    const own = text.slice(q.span[0], q.numberStart);
    let predStart: number;
    if (OWN_PREDICATE.test(own)) {
      const modal = TRAIL.exec(text.slice(cStart, q.span[0]));
      predStart = q.span[0] - (modal ? modal[0].length : 0);
    } else {
      const p = PREDICATE_AT_END.exec(text.slice(cStart, q.span[0]));
      // with no predicate, an amount right after a phrase that names one: 财政科技投入98.16亿元 (money),
      // 工业用电量1.26亿千瓦时 (a physical amount), 茶园面积13.69万亩 (land, in 亩 or 公顷); or a level right after
      // a measure of what is held or lasts, in a list of goals: 每万人口高价值发明专利拥有量14件, 平均受教育年限11.3年
      const head = text.slice(Math.max(cStart, q.span[0] - 4), q.span[0]);
      if (
        !p &&
        !(q.unit?.kind === "money" && MONEY_HEAD.test(head)) &&
        !(q.unit?.kind === "measure" && namesAmount(head, q.unit.to)) &&
        !(q.unit?.kind !== "percent" && LEVEL_HEAD.test(head))
      )
        return null;
      predStart = q.span[0] - (p ? p[0].length : 0);
    }
    // "规上工业产值保持年均6%增长,力争到2025年突破6500亿元": a clause of a deadline and a predicate alone reaches a
    // sum of the measure the clause right before named
    if (BARE_REACH.test(text.slice(cStart, predStart)) && cStart > atoms.sentence.start) {
      // ("…营业收入达到300亿元;到2027年,达到400亿元": the deadline's own clause stands between)
      const before = clauseBeforeDeadline(text, atoms, cStart)!;
      const said = namedBefore(before.start, cStart);
      if (said) return said;
      // a measure no lexicon names ("软件业务收入达到150亿元;到2028年,达到260亿元"): the one this rule reads for the
      // figure of that clause, in the same unit — past a deadline of its own only
      const earlier = before.pastDeadline ? within(atoms.quantities, before.start, cStart).pop() : undefined;
      if (earlier?.unit && q.unit && earlier.unit.to === q.unit.to) {
        const c = readAs([openMeasureRule], { text, atoms, q: earlier });
        if (c?.indicator && !c.change)
          return {
            candidates: [
              candidateFrom("open-measure", atoms, q, normalisedUnit(q, false), {
                indicator: c.indicator,
                subject: c.subject,
              }),
            ],
            consumed: [q],
          };
      }
    }
    let from = topicStart(atoms, cStart, predStart);
    // "A突破5000亿元、B突破4000亿元": after an item that ends with its own figure, the next item starts
    const item = itemAfterFigure(text, atoms, from, predStart);
    if (item >= 0) {
      // "地区生产总值增长5.1%、总量达6.36万亿元": a bare total after the measure's change is that measure's level
      if (BARE_TOTAL.test(text.slice(item, predStart))) return namedBefore(from, item - 1);
      from = item;
    }
    // "产值目标为200亿元": the goal is the measure's target, not part of its name
    // (nor is a time before the predicate: 失业率全年控制在)
    // (nor is a manner of reaching it: GDP首次突破9万亿元, 历史上首次突破)
    if (averageOfClass(text, atoms, cStart, q.span[0]))
      return { skip: "non_fact", message: `an average over a class of places: ${q.text}`, consumed: [q] };
    // "研发经费支出相当于全市生产总值的比例达到4.5%": the share of what stands before 相当于, in the base after it
    const equivalent =
      q.unit?.kind === "percent" ? SHARE_AS_EQUIVALENT.exec(text.slice(from, predStart)) : null;
    const owner = equivalent ? nounPhrase(equivalent[1], 0, equivalent[1].length) : null;
    if (equivalent && owner && /^[\u4e00-\u9fffA-Za-z]+$/.test(equivalent[2]))
      return {
        candidates: [
          candidateFrom("open-measure", atoms, q, normalisedUnit(q, false), {
            subject: { name: owner, stated: true },
            indicator: `占${shareBaseNamed(equivalent[2])}比重`,
          }),
        ],
        consumed: [q],
      };
    const np = measureName(text, from, predStart)
      ?.replace(GOAL_AT_END, "")
      .replace(/(?:全年|年内|(?:历史上?|史上|有史以来)?(?:首次|首度)|再次)$/, "")
      // (nor an adverb of contrast before the predicate: "实际投资额却达…", "产值也达到…")
      .replace(/(?:却|也|亦|则|竟)$/, "");
    if (!np || np.length < 2) return null;
    // a place inside the phrase ("今年前三季度湖北增速"): the phrase is a clause about that place, not a name
    if (within(atoms.regions, from + 1, predStart).some((r) => !r.self)) return null;
    // "人均地区生产总值106416元,…按年均汇率折算为15430美元": a figure converted by some rate is the measure before
    // it in another unit, no measure of its own
    if (/^按.{0,12}(?:折算|计算|换算)$/.test(np))
      return { skip: "non_fact", message: `${np}: a figure converted, not a measure`, consumed: [q] };
    // "建筑面积占比上限相应提高到30%": a rule's cap or floor, not a measure of the place
    if (/上限|下限/.test(np))
      return { skip: "non_fact", message: `${np}: a rule's limit, not a measure`, consumed: [q] };
    // a phrase that is a list (A、B) or ends in a verb's object marker is no measure name, unless the last
    // item names a total of them all (风电、太阳能发电总装机容量)
    if (/^(?:其中|总|共|合计)$/.test(np) || CHANGE_WORDS.test(np)) return null;
    // "多个经济大省定为5.5%左右": a group of things, not a measure of one
    if (GROUP.test(np)) return null;
    if (np.includes("、") && !/、[\u4e00-\u9fff]{0,6}总[\u4e00-\u9fff]{2,6}$/.test(np)) return null;
    // a name the lexicon knows whole is its measure, by its canonical name (GDP → 地区生产总值)
    const hit = matchIndicatorAt(np, 0);
    const known = hit?.length === np.length ? hit : null;
    const unit = normalisedUnit(q, known ? known.money : MONEY_HEAD.test(np));
    if (!unit) return null;
    // "特色轻工纺织产业突破500亿元": an industry's money is its size (规模), as a cluster's tier is
    const industry = !known && q.unit?.kind === "money" && INDUSTRY.test(np);
    return {
      candidates: [
        candidateFrom("open-measure", atoms, q, unit, {
          indicator: industry ? "规模" : known ? known.name : np,
          subject: industry ? { name: np, stated: true } : clusterNamed(text, atoms, np, from),
        }),
      ],
      consumed: [q],
    };
  },
};

/**
 * "集群规模(总产值)目标接近2万亿元" after "《…现代农业与食品战略性支柱产业集群行动计划》": a bare 集群 is the cluster the
 * sentence named before it.
 */
function clusterNamed(
  text: string,
  atoms: SentenceAtoms,
  np: string,
  from: number,
): { name: string; stated: boolean } | null {
  if (!np.startsWith("集群")) return null;
  const named = within(atoms.subjects, atoms.sentence.start, from).filter((x) =>
    /^[\u4e00-\u9fff]{0,10}集群/.test(text.slice(x.span[1], x.span[1] + 12)),
  );
  const last = named[named.length - 1];
  return last ? { name: last.name, stated: true } : null;
}
