import type { Gazetteer } from "../../lexicon/regions";
import type { RegionAtom, Sentence, SentenceAtoms } from "../types";
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
): SentenceAtoms {
  const { start, end } = sentence;
  const quantities = findQuantities(text, start, end);
  // subjects, indicators and cues only matter around figures; most sentences have none
  const none = quantities.length === 0;
  return {
    sentence,
    quantities,
    years: findYears(text, start, end, docYear),
    regions,
    subjects: none ? [] : findSubjects(text, start, end),
    indicators: none ? [] : findIndicators(text, start, end),
    // cues decide kinds: needed where there are figures, or a year that may open a passage
    cues:
      none && !text.slice(start, Math.min(end, start + 48)).includes("年") ? [] : findCues(text, start, end),
  };
}
