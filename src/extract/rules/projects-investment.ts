// Projects and their total investment, the investment written as what the projects are: "推进总投资2146亿元的
// 429个项目", "实施总投资1200亿元的重点项目150个". Two figures: the count of projects and their total investment.
import type { Rule } from "./rule";
import { firstFrom } from "../atoms/search";
import { candidateFrom, clauseOf, normalisedUnit } from "./helpers";

// (总投资超10亿元的项目500个: a threshold each project passes, not their total; the count rule reads those)
const INVESTMENT_BEFORE = /(?:计划)?总投资(?:额)?(?:约|近|达)?$/;
// the total investment said alone in its clause, and the projects a clause ends with, counted
const WHOLE_CLAUSE = /^(?:计划)?总投资(?:额)?(?:约|近|达)?$/;
// (the projects by their kind, their stage and their size: 市重点项目, 新开工项目, 亿元以上项目, 超亿元产业项目 — the
// level only before 级, 重点 or 重大: the 市 of 绍兴市新开工项目 is the place's)
const COUNTED_BEFORE =
  /((?:[\d.]*(?:万|亿)元以上|超[\d.]*(?:千万|万|亿|十亿|百亿)元)?(?:(?:省|市|区|县)级?(?=重点|重大)|(?:省|市|区|县)级)?(?:重点|重大)?(?:新开工|新建|续建|在建|签约)?(?:建设|产业|工业|基础设施)?项目)(?:计划)?共?\d+(?:个|项)$/;
// after the amount: 的, a count (or none yet), the projects (a scale label may stand before them), a count
const PROJECTS =
  /^的(?:(\d+)(个|项))?((?:[\d.]+(?:万|亿)?元以上)?([\u4e00-\u9fff]{0,6}?项目))(?:(\d+)(个|项))?(?=[,，。;；、]|$)/;

export const projectsInvestmentRule: Rule = {
  id: "projects-investment",
  attributive: true, // the amount stands before 的 and the projects it is of
  description: "(实施|推进)总投资Q的N个(…)项目: the count of projects and their total investment",
  examples: [
    {
      text: "今年,绍兴市安排市重点项目120项,总投资900亿元。",
      date: "2024年1月1日",
      gives: {
        subject: "市重点项目",
        indicator: "总投资额",
        value: 900,
        unit: "亿元",
        kind: "target",
        year: 2024,
      },
    },
    {
      text: "2024年,绍兴市将推进总投资1500亿元的300个重点项目。",
      date: "2024年1月1日",
      gives: {
        subject: "重点项目",
        indicator: "总投资额",
        value: 1500,
        unit: "亿元",
        kind: "target",
        year: 2024,
      },
    },
  ],
  produce({ text, atoms, q }) {
    if (q.unit?.kind !== "money") return null;
    const [cStart, cEnd] = clauseOf(text, atoms, q.span[0]);
    const head = text.slice(cStart, q.span[0]);
    if (!INVESTMENT_BEFORE.test(head)) return null;
    // "安排重点项目85项,总投资825亿元": a clause of the total investment alone is that of the projects the clause
    // before counted
    const counted =
      WHOLE_CLAUSE.test(head) && cStart > atoms.sentence.start
        ? COUNTED_BEFORE.exec(text.slice(clauseOf(text, atoms, cStart - 1)[0], cStart - 1))
        : null;
    if (counted && q.comparator !== "gt" && q.comparator !== "gte")
      return {
        candidates: [
          candidateFrom("projects-investment", atoms, q, normalisedUnit(q, true), {
            subject: { name: counted[1], stated: true },
            indicator: "总投资额",
          }),
        ],
        consumed: [q],
      };
    const m = PROJECTS.exec(text.slice(q.span[1], cEnd));
    if (!m || (!m[1] && !m[5]) || q.comparator === "gt" || q.comparator === "gte") return null;
    const things = m[4].length >= 2 ? m[4] : "项目";
    const count = firstFrom(atoms.quantities, q.span[1]);
    const amount = candidateFrom("projects-investment", atoms, q, normalisedUnit(q, true), {
      subject: { name: things, stated: true },
      indicator: "总投资额",
    });
    if (!count || count.unit?.kind !== "count" || count.span[0] >= cEnd)
      return { candidates: [amount], consumed: [q] };
    // the scale label of the projects (500万元以上) is their size, no figure of its own
    const label = firstFrom(atoms.quantities, count.span[1]);
    const consumed = [
      q,
      count,
      ...(label && label.span[1] <= q.span[1] + m[0].length && label !== count ? [label] : []),
    ];
    return {
      candidates: [
        amount,
        candidateFrom("projects-investment", atoms, count, normalisedUnit(count, false), {
          subject: { name: things, stated: true },
        }),
      ],
      consumed,
    };
  },
};
