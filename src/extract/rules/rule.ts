import type { Diagnostic, PolicyRecord } from "../../model/schema";
import type { Candidate, QuantityAtom, SentenceAtoms } from "../types";

export interface RuleInput {
  text: string;
  atoms: SentenceAtoms;
  /** The quantity the engine is trying to explain; earlier ones of the sentence are already explained. */
  q: QuantityAtom;
}

export type RuleResult =
  | { candidates: Candidate[]; consumed: QuantityAtom[] }
  | { skip: Diagnostic["code"]; message: string; consumed: QuantityAtom[] };

/** The fields of a record a phrasing must give, as rule examples and rule-table tests state them. */
export type RecordFields = Partial<
  Pick<
    PolicyRecord,
    | "kind"
    | "region"
    | "subject"
    | "indicator"
    | "comparator"
    | "direction"
    | "value"
    | "valueMax"
    | "unit"
    | "year"
  >
>;

/**
 * A phrasing the rule stands for, written by us in the shape real documents take, with the record it must
 * give (a dateline may be added so that kind and year are decided as a reader would). One table test runs the
 * examples of every rule and checks that this rule produced that record.
 */
export interface RuleExample {
  text: string;
  /** A dateline for the text ("2024年1月1日"), when its year or kind depends on the document's date. */
  date?: string;
  /** Fields of a record the text gives (value, unit, indicator, subject, region, kind, year, …). */
  gives: RecordFields;
}

/** A rule: a small pure value. It looks at one sentence's atoms around one quantity and never loops over the document. */
export interface Rule {
  id: string;
  /** The phrasings it covers, in one line. */
  description: string;
  /** The phrasings it stands for and what each gives; see RuleExample. */
  examples: readonly RuleExample[];
  /** Also tried on figures that describe something (万亿产业集群, 千亿级的…), which other rules never see. */
  attributive?: boolean;
  produce(input: RuleInput): RuleResult | null;
}

/**
 * How the first of `rules` that reads the figure `input.q` as one record names it, or undefined: another figure of
 * the sentence, read to name this one ("…达到A亿元,到2028年,达到B亿元", "A达到X元,B达到Y元,分别增长a和b").
 */
export function readAs(rules: readonly Rule[], input: RuleInput): Candidate | undefined {
  for (const rule of rules) {
    const res = rule.produce(input);
    if (res && !("skip" in res) && res.candidates.length === 1) return res.candidates[0];
  }
  return undefined;
}
