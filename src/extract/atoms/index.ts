import type { Gazetteer } from "../../lexicon/regions";
import type { IndicatorAtom, RegionAtom, Sentence, SentenceAtoms } from "../types";
import { ACCOMPLISHMENTS, AIMS, alternation, TIME_WORDS } from "../../lexicon/verbs";
import { nounPhrase } from "../phrases";
import { PERIOD } from "../../lexicon/periods";
import { findCues, findIndicators, findSubjects } from "./lexical";
import { findQuantities } from "./quantity";
import { findRegions } from "./region";
import { findYears } from "./year";

/** Recognise every atom in one sentence. */
export function atomsOf(
  text: string,
  sentence: Sentence,
  gaz: Gazetteer,
  docYear: number | null,
  regions: RegionAtom[] = findRegions(text, sentence.start, sentence.end, gaz),
  early = false,
): SentenceAtoms {
  const { start, end } = sentence;
  const quantities = findQuantities(text, start, end);
  // subjects, indicators and cues only matter around figures; most sentences have none
  const none = quantities.length === 0;
  const years = findYears(text, start, end, docYear, early);
  return {
    sentence,
    quantities,
    years,
    regions,
    subjects: none ? [] : findSubjects(text, start, end),
    indicators: none
      ? []
      : ownEconomies(text, findIndicators(text, start, end), [...regions, ...years], start),
    // cues decide kinds: needed where there are figures, or a year that may open a passage
    cues:
      none && !text.slice(start, Math.min(end, start + 48)).includes("年") ? [] : findCues(text, start, end),
    kept: [],
  };
}

// what may stand before a bare 生产总值 of the place itself: a place's own words, time, a part of the year, a verb
// of reaching it, the words that list a goal's measures ("包括预期今年GDP增长6%")
const OWN_BEFORE = new RegExp(
  `^(?:[我全本][市区县省镇]|${PERIOD.source}|${alternation(TIME_WORDS, ACCOMPLISHMENTS, AIMS, ["全国", "国内", "当年", "今年", "明年", "去年", "年度", "预计", "预期", "包括", "累计", "其中", "的", "和", "与", "及"])})+$`,
);

/**
 * A bare 生产总值 (or GDP) after a noun that is no place and no word of its own is another economy's output:
 * "海洋生产总值突破2万亿元" is the ocean economy's, not the province's GDP. Its name keeps that noun.
 */
function ownEconomies(
  text: string,
  indicators: IndicatorAtom[],
  placesAndYears: readonly { span: readonly [number, number] }[],
  sentenceStart: number,
): IndicatorAtom[] {
  return indicators.map((ind) => {
    const written = text.slice(ind.span[0], ind.span[1]);
    if (ind.name !== "地区生产总值" || (written !== "生产总值" && written !== "GDP")) return ind;
    let from = ind.span[0];
    while (from > sentenceStart && ind.span[0] - from < 8 && /[\u4e00-\u9fff]/.test(text[from - 1])) from--;
    // (a place or a year before it is no part of a name: "2022年上半年国内生产总值")
    for (const r of placesAndYears) if (r.span[1] > from && r.span[1] <= ind.span[0]) from = r.span[1];
    const before = text.slice(from, ind.span[0]);
    if (!before || OWN_BEFORE.test(before)) return ind;
    const noun = before.replace(new RegExp(`^(?:${OWN_BEFORE.source.slice(1, -1)})`), "");
    // (words of intent or a verb before it, "将力争GDP增长6.5%", are no economy's name)
    if (!nounPhrase(noun, 0, noun.length)) return ind;
    return { span: [ind.span[0] - noun.length, ind.span[1]], name: noun + written, money: true };
  });
}
