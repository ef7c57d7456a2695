// What an incentive policy says of money and thresholds is no target: a grant to each firm that qualifies
// ("给予一次性奖励100万元", "按投资额的10%给予补助") and the conditions to qualify ("申报条件:营业收入不低于2000万元",
// "项目须满足:总投资不低于5亿元"). Their figures become diagnostics, with the reason.
import { perSentence } from "./per-sentence";
import type { QuantityAtom, SentenceAtoms } from "./types";

// the words right before a grant's amount ("给予一次性奖励50万元", "给予补助,最高不超过500万元"), and right after
// it ("给予30万元奖补"); a report's total of grants paid out ("兑现奖补资金近2亿元") is a result, not these
const GRANT_BEFORE =
  /(?:给予|给)[^,，。;；]{0,8}?(?:奖励|补助|补贴|资助|奖补)?(?:资金)?(?:最高|不超过|最多|分别|每家|每个|每年)?$/;
const GRANT_AFTER = /^(?:的)?(?:一次性)?(?:奖励|补助|补贴|资助|奖补)/;
// "对…的企业,奖励50万元", "…给予补助,最高不超过500万元": a policy's sentence to whom it grants what
const GRANT_SENTENCE = /^对.{0,40}(?:奖励|补助|补贴|资助|奖补)/;
const CAP = /(?:奖励|补助|补贴|资助|奖补|最高|最多)(?:不超过)?$/;
// a sentence that states conditions to qualify, before its figures
const CONDITION =
  /(?:申报|申请|认定|准入|入园|入驻|享受|支持|奖励)条件|准入门槛|(?:须|需|应|必须|需要)(?:同时)?(?:满足|具备|具有)|要求(?:具备|具有|企业|项目)/;

// where a sentence's first statement of conditions ends (Infinity when none)
const conditionEnd = perSentence((atoms) => {
  const m = CONDITION.exec(atoms.sentence.text);
  return m ? atoms.sentence.start + m.index + m[0].length : Infinity;
});

/**
 * Why the figure is a grant or a condition of an incentive policy, or null. `introduced` says the passage opened
 * with a statement of conditions ("申报条件:" as a heading); `incentive` that the whole text is one of incentives
 * and admission rules (its title: 入园信息, 招商政策, 申报指南…).
 */
export function grantOrCondition(
  text: string,
  atoms: SentenceAtoms,
  q: QuantityAtom,
  introduced: boolean,
  incentive: boolean,
): string | null {
  const before = text.slice(Math.max(atoms.sentence.start, q.span[0] - 12), q.span[0]);
  const after = text.slice(q.span[1], Math.min(atoms.sentence.end, q.span[1] + 6));
  if (
    q.unit?.kind === "money" &&
    (GRANT_BEFORE.test(before) ||
      GRANT_AFTER.test(after) ||
      (CAP.test(before) && GRANT_SENTENCE.test(atoms.sentence.text.trimStart())))
  )
    return "a grant an incentive policy gives (奖励, 补助), not a target";
  if (introduced || conditionEnd(atoms) <= q.span[0])
    return "a condition to qualify (申报条件, 须满足), not a target";
  // in a text of incentives and admission rules, a floor or a 须/需 is what an applicant must meet
  if (incentive && (q.comparator === "gte" || q.comparator === "gt" || /[须需应]达?到?$/.test(before)))
    return "a condition to qualify in a text of incentives (入园, 招商, 申报), not a target";
  return null;
}

/** A heading or an introduction that states conditions: "申报条件", "二、支持条件:". */
export function introducesConditions(atoms: SentenceAtoms): boolean {
  const s = atoms.sentence;
  if (atoms.quantities.length > 0) return false;
  return (s.heading || /[:：]$/.test(s.text.trimEnd())) && CONDITION.test(s.text);
}
