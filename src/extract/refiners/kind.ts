// Target or actual: a year after the document's is a target, one before it an actual. For the document's own
// year, a strong cue decides (同比, 累计, 已, 签署了 → actual; 力争, 目标, 确保 → target), then the mood of the
// passage's opening ("今年,我们将…"), then the nearest weak cue. Without a date only cues decide; without cues
// the figure stays unclassified and becomes a diagnostic.
import { clauseAround } from "../segment";
import type { Candidate, SentenceAtoms } from "../types";
import type { DocumentMeta } from "./document-meta";
import type { ContextMood } from "./inherit";

// cues that look past the passage's year ("下一步,园区将力争…"); 预期目标 names the passage's own year's target
const FORWARD = /^(?:下一步|将|力争|争取|确保|计划草案)$/;

export function classifyKind(
  atoms: SentenceAtoms,
  c: Candidate,
  meta: DocumentMeta,
  context: ContextMood | undefined,
): void {
  if (c.kind) return; // decided by the rule (a table column headed 目标 or 完成)
  const s = atoms.sentence;
  const [cStart] = clauseAround(s.text, { ...s, start: 0, end: s.text.length }, c.span[0] - s.start);
  // a goal named as an object ("围绕…的目标,", "实现…目标。") speaks for its own clause only; one that
  // introduces figures ("主要预期目标:", "目标是", "目标为") for the sentence
  const before = atoms.cues.filter(
    (x) =>
      x.span[1] <= c.span[1] &&
      !(
        x.word === "目标" &&
        x.span[0] - s.start < cStart &&
        !/^[:：是为]|^(?:值|分别|均)/.test(s.text.slice(x.span[1] - s.start))
      ),
  );
  const strong = before.filter((x) => x.strong).pop();
  const weak = before.filter((x) => !x.strong).pop();
  const byYear = atoms.years.some((y) => y.by && y.span[1] <= c.span[0]);
  const year = c.year?.year ?? null;
  if (year !== null && meta.year !== null) {
    if (year > meta.year) return void (c.kind = "target");
    if (year < meta.year) {
      // "2023年,园区实现…。下一步,园区将力争…": a plan for after the passage's year, not a result of it
      if (!c.year?.stated && strong?.kind === "target" && FORWARD.test(strong.word)) {
        c.year = { year: meta.year, stated: false };
        return void (c.kind = "target");
      }
      // a past year's own target, named so in a review: "2021年…高于预期目标(增长6%以上)"
      if (strong?.kind === "target") return void (c.kind = "target");
      // "到2023年…达到X" in a later text restates an old target; "增加到2021年的…" is no deadline (see years)
      return void (c.kind = byYear && !strong ? "target" : "actual");
    }
  }
  if (strong) return void (c.kind = strong.kind);
  if (byYear) return void (c.kind = "target");
  if (!c.year?.stated && context?.mood) return void (c.kind = context.mood);
  if (weak) return void (c.kind = weak.kind);
}
