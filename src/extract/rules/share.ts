// Shares said without 比重: "战略性新兴产业占规上工业产值达35%", "服务业增加值占全市地区生产总值的58%" — the owner before
// 占, the whole after it.
import type { Rule } from "./rule";
import { candidateFrom, clauseOf, measureName, normalisedUnit, shareBaseNamed, topicStart } from "./helpers";

const SHARE =
  /^(.+?)占(?:全市|全省|全区|全县|全国)?([\u4e00-\u9fffA-Za-z]{1,14}?)(?:的)?(?:达到|达|为|超过|突破|提高至|提高到|提升至|提升到|在)?$/;

export const shareRule: Rule = {
  id: "share",
  description: "A占B(达|为)N%: the share of A in B, when no 比重 names it",
  examples: [
    {
      text: "到2027年,绍兴市战略性新兴产业占规上工业产值达40%。",
      date: "2023年1月1日",
      gives: {
        subject: "战略性新兴产业",
        indicator: "占规上工业产值比重",
        value: 40,
        unit: "%",
        kind: "target",
      },
    },
    {
      text: "2023年,绍兴市服务业增加值占全市地区生产总值的52%。",
      date: "2024年1月1日",
      gives: { subject: "服务业增加值", indicator: "占地区生产总值比重", value: 52, kind: "actual" },
    },
  ],
  produce({ text, atoms, q }) {
    if (q.unit?.kind !== "percent") return null;
    const [cStart] = clauseOf(text, atoms, q.span[0]);
    const from = topicStart(atoms, cStart, q.span[0]);
    const m = SHARE.exec(text.slice(from, q.span[0]));
    // with 比重 or 占比 the measure rule reads it; a base that is a rate or a share is something else
    if (!m || /^比|比重|比例|份额|率$/.test(m[2])) return null;
    // the owner is the last item of a list before it, less a plan's name: "…、十四五战略性新兴产业占…"
    const item = m[1]
      .split("、")
      .pop()!
      .replace(/^[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间)?/, "");
    const owner = measureName(item, 0, item.length);
    if (!owner) return null;
    const base = shareBaseNamed(m[2]);
    return {
      candidates: [
        candidateFrom("share", atoms, q, normalisedUnit(q, false), {
          subject: { name: owner, stated: true },
          indicator: `占${base}比重`,
        }),
      ],
      consumed: [q],
    };
  },
};
