// From-to changes: "地区生产总值由2016年的8756.3亿元提高到2021年的1.16万亿元", "高新技术企业由1388家增至7100家",
// "制造业比重由2020年的32.7%提高至33.3%": two values of one measure, the first at the start, the second at the end.
import type { Rule } from "./rule";
import { FALL_VERBS, RISE_VERBS } from "../../lexicon/predicates";
import {
  candidateFrom,
  clauseOf,
  indicatorBefore,
  measureName,
  normalisedUnit,
  shareOf,
  topicStart,
} from "./helpers";
import { subjectBefore } from "./context";
import { firstFrom, lastBefore } from "../atoms/search";

// 由/从 (2016年(的|末)) before the first figure
const FROM = /(?:由|从)(?:(\d{4})年(?:的|末|底)?)?$/;
// the change between the two figures: 提高到(2021年的), 增至, 降至
const TO = new RegExp(
  `^(?:${RISE_VERBS}|${FALL_VERBS}|调整|跃升|攀升)(?:到|至)(?:(\\d{4})年(?:的|末|底)?)?$|^(?:增至|升至|降至|达到)(?:(\\d{4})年(?:的|末|底)?)?$`,
);

export const fromToRule: Rule = {
  id: "from-to",
  description: "(指标)由(Y1年的)A提高到(Y2年的)B: the measure's value at the start and at the end",
  examples: [
    {
      text: "五年来,绍兴市地区生产总值由2016年的4700亿元提高到2021年的6800亿元。",
      date: "2022年1月10日",
      gives: { indicator: "地区生产总值", value: 4700, year: 2016, kind: "actual" },
    },
    {
      text: "到2025年,绍兴市数字经济核心产业增加值由2020年的500亿元提高到1000亿元。",
      date: "2021年3月1日",
      gives: { subject: "数字经济核心产业", indicator: "增加值", value: 1000, year: 2025, kind: "target" },
    },
    {
      text: "规划明确,到2025年绍兴市制造业比重“由2020年的30.7%提高至32.3%左右”。",
      date: "2021年7月1日",
      gives: { subject: "制造业", indicator: "比重", value: 32.3, year: 2025, kind: "target" },
    },
  ],
  produce({ text, atoms, q }) {
    const [cStart, cEnd] = clauseOf(text, atoms, q.span[0]);
    const from = FROM.exec(text.slice(Math.max(cStart, q.span[0] - 10), q.span[0]));
    if (!from) return null;
    const second = firstFrom(atoms.quantities, q.span[1]);
    if (!second || second.span[1] > cEnd) return null;
    const to = TO.exec(text.slice(q.span[1], second.span[0]));
    if (!to) return null;
    if (!q.unit && !q.bareYi) return null;
    // "占比上限由7%提高到15%": a rule's limit raised, no measure of the place
    if (/上限|下限/.test(text.slice(cStart, q.span[0])))
      return { skip: "non_fact", message: "a rule's limit, not a measure", consumed: [q, second] };
    // the measure: named in the clause before 由, else by a phrase there
    // news quotes the plan's words: 制造业比重“由2020年的32.7%提高至33.3%左右”
    const fromStart =
      q.span[0] -
      from[0].length -
      (/[“"「『‘]$/.test(text.slice(cStart, q.span[0] - from[0].length)) ? 1 : 0);
    // (or the measure named last, a clause or two back: "地区生产总值突破万亿元,…,预计由2016年的…")
    const last = lastBefore(atoms.indicators, cStart);
    const bare = /^(?:预计|并|同时|其中|已)?$/.test(
      text.slice(topicStart(atoms, cStart, fromStart), fromStart),
    );
    const ind =
      indicatorBefore(text, atoms, cStart, fromStart) ??
      (last && bare && cStart - last.span[1] <= 60
        ? { name: last.name, money: last.money, start: last.span[0], end: last.span[1] }
        : null);
    const name = ind?.name ?? measureName(text, topicStart(atoms, cStart, fromStart), fromStart);
    if (!name)
      return {
        skip: "measure_missing",
        message: "a change from one value to another of no named measure",
        consumed: [q, second],
      };
    // a share names its owner and base: 制造业增加值占地区生产总值比重
    const share = ind ? shareOf(text, atoms, cStart, ind) : null;
    const subject = share?.subject ?? (ind ? subjectBefore(text, atoms, cStart, ind.start) : null);
    const measure = share?.indicator ?? name;
    const money = ind?.money ?? false;
    const unitA = normalisedUnit(q, money);
    const unitB = normalisedUnit(second, money);
    if (!unitA || !unitB || unitA.unit !== unitB.unit)
      return {
        skip: "unit_unknown",
        message: "the two values of a change have no common unit",
        consumed: [q, second],
      };
    // a change without years follows one with them: "…由2016年的A提高到2021年的B,收入由C提高到D"
    const earlier = text.slice(Math.max(atoms.sentence.start, q.span[0] - 200), q.span[0]);
    const startYear = from[1] ?? [...earlier.matchAll(/(?:由|从)(\d{4})年/g)].pop()?.[1];
    // the end of a change without a year is the sentence's deadline (到2025年,…由…提高至…), or the year of the
    // change before it
    const deadline = atoms.years.filter((y) => y.by && y.span[1] <= q.span[0]).pop();
    const endYear =
      to[1] ??
      to[2] ??
      (deadline ? String(deadline.year) : undefined) ??
      [...earlier.matchAll(/(?:到|至)(\d{4})年(?:的|末|底)/g)].pop()?.[1];
    const end = candidateFrom("from-to", atoms, second, unitB, {
      subject,
      indicator: measure,
      year: endYear ? { year: Number(endYear), stated: true } : null,
    });
    // where it started is a result already reached, of a year the text must say — or the passage, when it looks back
    // over years ("过去五年,…由A增至B": the year before them), settled once the passage is known
    const start = candidateFrom("from-to", atoms, q, unitA, {
      subject,
      indicator: measure,
      kind: "actual",
      ...(startYear ? { year: { year: Number(startYear), stated: true } } : { fromStart: true }),
    });
    return { candidates: [start, end], consumed: [q, second] };
  },
};
