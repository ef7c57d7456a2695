import type { Diagnostic } from "../../model/schema";
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

/** A rule: a small pure value. It looks at one sentence's atoms around one quantity and never loops over the document. */
export interface Rule {
  id: string;
  /** The phrasings it covers, in one line. */
  description: string;
  /** Also tried on figures that describe something (万亿产业集群, 千亿级的…), which other rules never see. */
  attributive?: boolean;
  produce(input: RuleInput): RuleResult | null;
}
