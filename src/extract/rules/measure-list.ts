// Lists of measures with a figure each, in order, without 分别: "城镇登记失业率、城镇调查失业率控制在4.5%以内、6.5%以内",
// "研发投入强度和科技进步贡献率达到3%、65%".
import type { Rule } from "./rule";
import { candidateFrom, clauseOf, measureName, normalisedUnit, topicStart } from "./helpers";
import { within } from "../atoms/search";
import { findIndicators } from "../atoms/lexical";
import { matchIndicatorAt } from "../../lexicon/indicators";
import { FALL_VERBS, PREDICATE_AT_END, RISE_VERBS, SHARE_OF, YEAR_ON_YEAR } from "../../lexicon/predicates";
import { changeOf, type QuantityAtom, type SentenceAtoms } from "../types";

const CHANGE_AT_END = new RegExp(`(?:${RISE_VERBS}|${FALL_VERBS})$`);

export const measureListRule: Rule = {
  id: "measure-list",
  description: "A、B(predicate)Q1、Q2: a list of measures, a figure for each in order",
  examples: [
    {
      text: "2024年,绍兴市城镇登记失业率、城镇调查失业率分别控制在3%以内、5%以内。",
      date: "2024年1月20日",
      gives: { indicator: "城镇调查失业率", value: 5, comparator: "lte", kind: "target" },
    },
    {
      text: "到2027年,绍兴市研发投入强度、科技进步贡献率达到3.5%、70%。",
      date: "2024年1月20日",
      gives: { indicator: "科技进步贡献率", value: 70, kind: "target", year: 2027 },
    },
  ],
  produce({ text, atoms, q }) {
    const [cStart, cEnd] = clauseOf(text, atoms, q.span[0]);
    // the figures from this one on, joined by 、 or 和
    const list = [q];
    for (const x of within(atoms.quantities, q.span[1], cEnd + 1)) {
      if (!/^[、和及]$/.test(text.slice(list[list.length - 1].span[1], x.span[0]))) break;
      list.push(x);
    }
    if (list.length < 2) return null;
    const before = text.slice(cStart, q.span[0]).replace(/分别$/, "");
    const pred = PREDICATE_AT_END.exec(before.replace(/分别(?=[^分]*$)/, ""));
    // (a list of changes, "A、B产量分别增长X%、Y%", is the distribution rule's: no predicate of a level here)
    if (!pred && CHANGE_AT_END.test(before)) return null;
    const predStart = cStart + (pred ? before.length - pred[0].length : before.length);
    const phrase = text.slice(topicStart(atoms, cStart, predStart), predStart).replace(/分别$/, "");
    // "先进制造业、高技术制造业增加值占规模以上工业比重分别…": things sharing one share, the distribution rule's
    if (phrase.includes("、") && SHARE_OF.test(phrase)) return null;
    // (a name the lexicon holds whole is written as the lexicon writes it: 生产总值 → 地区生产总值)
    const names = phrase.split(/、|和|及/).map((n) => {
      const name = measureName(n, 0, n.length);
      const known = name ? matchIndicatorAt(name, 0) : null;
      return known && known.length === name!.length ? known.name : name;
    });
    if (names.length !== list.length || names.some((n) => !n)) return null;
    // "甲、乙两大产业产值分别达…": things before the one measure the last names (which the lexicon knows and they
    // do not hold), the distribution rule's
    const measured = (n: string) => findIndicators(n, 0, n.length).length > 0;
    if (measured(names[names.length - 1]!) && names.slice(0, -1).some((n) => !measured(n!))) return null;
    const candidates = list.flatMap((x, i) => {
      const unit = normalisedUnit(x, false);
      return unit ? [candidateFrom("measure-list", atoms, x, unit, { indicator: names[i]! })] : [];
    });
    if (candidates.length !== list.length) return null;
    // "…分别达到42170元和18320元,分别增长8.2%和9.2%": the changes of the same measures, in the same order
    const changes = changesAfter(text, atoms, cEnd, list.length);
    const changed = changes
      ? changes.figures.flatMap((x, i) => [
          candidateFrom("measure-list", atoms, x, normalisedUnit(x, false), {
            indicator: names[i]!,
            change: changeOf(changes.falling),
            direction: changes.falling ? "fall" : "rise",
          }),
        ])
      : [];
    return { candidates: [...candidates, ...changed], consumed: [...list, ...(changes?.figures ?? [])] };
  },
};

// a clause of changes listed after 分别: 分别增长8.2%和9.2%, 分别同比下降…
const CHANGES_LISTED = new RegExp(
  `^[,，]分别(?:${YEAR_ON_YEAR})?(?:(${RISE_VERBS})|(${FALL_VERBS}))(?![到至])$`,
);

/** The rates of the clause after `cEnd`, when it lists `n` of them after 分别 and a verb of change, joined by 、 or 和. */
function changesAfter(
  text: string,
  atoms: SentenceAtoms,
  cEnd: number,
  n: number,
): { figures: QuantityAtom[]; falling: boolean } | null {
  const first = within(atoms.quantities, cEnd, atoms.sentence.end)[0];
  if (!first || first.unit?.kind !== "percent") return null;
  const lead = CHANGES_LISTED.exec(text.slice(cEnd, first.span[0]));
  if (!lead) return null;
  const figures = [first];
  for (const x of within(atoms.quantities, first.span[1], atoms.sentence.end)) {
    if (
      figures.length === n ||
      !/^[、和及]$/.test(text.slice(figures[figures.length - 1].span[1], x.span[0]))
    )
      break;
    figures.push(x);
  }
  if (figures.length !== n || figures.some((x) => x.unit?.kind !== "percent")) return null;
  return { figures, falling: lead[2] !== undefined };
}
