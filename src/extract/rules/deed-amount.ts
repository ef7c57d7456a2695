// Deeds with an amount: "腾出低效工业用地20平方公里", "减少碳排放300万吨", "盘活存量土地5000亩": a verb of doing, its
// object, then an amount in a physical unit, nothing else in the clause before it but the topic (a place, a year).
// The deed and its object name the measure as the document writes it; the amount is of that deed.
import type { Rule } from "./rule";
import { candidateFrom, clauseOf, normalisedUnit, topicStart } from "./helpers";
import { MODAL_WORDS } from "../../lexicon/predicates";

/** Verbs whose object is measured by the amount after it: land freed, energy saved, emissions cut, land restored. */
const DEEDS = "腾出|盘活|节约|节省|减少|压减|削减|淘汰|复垦|收储|治理|修复|造林";
const DEED = new RegExp(`^(?:${MODAL_WORDS})*((?:${DEEDS})[\\u4e00-\\u9fff]{1,12})$`);
// an object that already holds a change or a count's words is some other shape (新增就业, 减少了一半)
const NOT_AN_OBJECT = /[的了个家项]|就业|以上|以下|左右|同比|比上年|较上年/;

export const deedAmountRule: Rule = {
  id: "deed-amount",
  description:
    "DEED + object + Q(physical unit): the amount of a deed (land freed, energy saved, emissions cut)",
  examples: [
    {
      text: "到2026年,东莞市腾出低效工业用地20平方公里。",
      date: "2023年1月1日",
      gives: { indicator: "腾出低效工业用地", value: 20, unit: "平方公里", kind: "target", year: 2026 },
    },
    {
      text: "到2026年,东莞市腾出用能100万吨标准煤,减少碳排放300万吨。",
      date: "2023年1月1日",
      gives: { indicator: "减少碳排放", value: 3000000, unit: "吨", kind: "target", year: 2026 },
    },
  ],
  produce({ text, atoms, q }) {
    if (q.unit?.kind !== "measure") return null;
    const [cStart] = clauseOf(text, atoms, q.span[0]);
    const from = topicStart(atoms, cStart, q.span[0]);
    const m = DEED.exec(text.slice(from, q.span[0]));
    if (!m || NOT_AN_OBJECT.test(m[1])) return null;
    const unit = normalisedUnit(q, false);
    if (!unit) return null;
    return {
      candidates: [candidateFrom("deed-amount", atoms, q, unit, { indicator: m[1] })],
      consumed: [q],
    };
  },
};
