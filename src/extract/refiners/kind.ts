// Target or actual: a year after the document's is a target, one before it an actual. For the document's own
// year, a strong cue decides (同比, 累计, 已, 签署了 → actual; 力争, 目标, 确保 → target), then the mood of the
// passage's opening ("今年,我们将…"), then the nearest weak cue. Without a date only cues decide; without cues
// the figure stays unclassified and becomes a diagnostic.
import type { Candidate, SentenceAtoms } from "../types";
import type { DocumentMeta } from "./document-meta";
import type { ContextMood } from "./inherit";

export function classifyKind(
  atoms: SentenceAtoms,
  c: Candidate,
  meta: DocumentMeta,
  context: ContextMood | undefined,
): void {
  if (c.kind) return; // decided by the rule (a table column headed 目标 or 完成)
  const before = atoms.cues.filter((x) => x.span[1] <= c.span[1]);
  const strong = before.filter((x) => x.strong).pop();
  const weak = before.filter((x) => !x.strong).pop();
  const byYear = atoms.years.some((y) => y.by && y.span[1] <= c.span[0]);
  const year = c.year?.year ?? null;
  if (year !== null && meta.year !== null) {
    if (year > meta.year) return void (c.kind = "target");
    if (year < meta.year) {
      // "2023年,园区实现…。下一步,园区将力争…": a plan for after the passage's year, not a result of it
      if (!c.year?.stated && strong?.kind === "target") {
        c.year = { year: meta.year, stated: false };
        return void (c.kind = "target");
      }
      // "到2023年…达到X" in a later text restates an old target; "增加到2021年的…" is no deadline (see years)
      return void (c.kind = byYear && !strong ? "target" : "actual");
    }
  }
  if (strong) return void (c.kind = strong.kind);
  if (byYear) return void (c.kind = "target");
  if (!c.year?.stated && context?.mood) return void (c.kind = context.mood);
  if (weak) return void (c.kind = weak.kind);
}
