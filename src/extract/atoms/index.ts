import type { Gazetteer } from "../../lexicon/regions";
import type { Sentence, SentenceAtoms } from "../types";
import { findCues, findIndicators, findSubjects } from "./lexical";
import { findQuantities } from "./quantity";
import { findRegions } from "./region";
import { findYears } from "./year";

/** Recognise every atom in one sentence. */
export function atomsOf(text: string, sentence: Sentence, gaz: Gazetteer, docYear: number | null): SentenceAtoms {
  const { start, end } = sentence;
  return {
    sentence,
    quantities: findQuantities(text, start, end),
    years: findYears(text, start, end, docYear),
    regions: findRegions(text, start, end, gaz),
    subjects: findSubjects(text, start, end),
    indicators: findIndicators(text, start, end),
    cues: findCues(text, start, end),
  };
}
