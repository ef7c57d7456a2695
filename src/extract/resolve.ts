import type { Diagnostic, PolicyRecord } from "../model/schema";
import { recordRuleIssues } from "../model/schema";
import { stableId } from "../dataset/hash";
import { indicatorName, type Candidate } from "./types";
import { industryOfShortName } from "../lexicon/subjects";

/** Why a candidate became no record, with its quote and span. */
export function candidateDiagnostic(
  code: Diagnostic["code"],
  message: string,
  documentId: string,
  c: Candidate,
): Diagnostic {
  return { code, message, documentId, span: c.span, quote: quoteOf(c) };
}

/** Close a candidate into a schema-valid record, or explain with a coded diagnostic why not. */
export function resolve(
  c: Candidate,
  documentId: string,
): { record: PolicyRecord } | { diagnostic: Diagnostic } {
  const diag = (code: Diagnostic["code"], message: string) => ({
    diagnostic: candidateDiagnostic(code, message, documentId, c),
  });
  const quote = quoteOf(c);
  if (!c.unit) return diag("unit_unknown", "the figure has no unit");
  if (!c.region) return diag("region_missing", "no region stated or inherited");
  if (c.region.entry.outside)
    return diag("region_unclear", `${c.region.entry.name}: figures in another currency and statistics`);
  if (c.regionConflict)
    return diag(
      "region_unclear",
      `the sentence names ${c.regionConflict}, the passage is about ${c.region.entry.name}`,
    );
  const indicator = indicatorName(c);
  if (!c.subject && !indicator) return diag("measure_missing", "neither subject nor indicator");
  // "项目招引25%": a percentage of a thing that names no measure says nothing a planner can read
  if (!indicator && (c.unit === "%" || c.unit === "百分点"))
    return diag("measure_missing", "a percentage of a thing, with no measure named");
  // (so does an amount of money: "城镇居民5万元" — income, savings or spending?)
  if (!indicator && /^(?:亿元|亿美元|元|美元)(?:\/|$)/.test(c.unit))
    return diag("measure_missing", "an amount of money of a thing, with no measure named");
  if (!c.kind) return diag("kind_unclear", "cannot tell target from actual");
  if (!Number.isFinite(c.value) || c.value < 0) return diag("value_invalid", `value ${c.value}`);
  const comparator = c.valueMax !== null ? "range" : (c.comparator ?? "eq");
  const draft = {
    documentId,
    kind: c.kind,
    region: c.region.entry.name,
    regionPath: c.region.entry.path,
    // (an industry said short, 二产, by its name: 第二产业)
    subject: c.subject ? (industryOfShortName(c.subject.name) ?? c.subject.name) : null,
    indicator,
    value: c.value,
    valueMax: comparator === "range" ? c.valueMax : null,
    unit: c.unit,
    comparator,
    direction: c.direction ?? null,
    year: c.year?.year ?? null,
    stated: { region: c.region.stated, subject: c.subject?.stated ?? false, year: c.year?.stated ?? false },
    quote,
    span: [c.span[0], c.span[1]] as [number, number],
  };
  const id = stableId(
    [documentId, draft.quote, draft.subject, draft.indicator, draft.value, draft.unit, draft.kind].join(
      "\u0001",
    ),
  );
  // Field types are fixed by construction; the rules between fields are checked here in plain code (the
  // property tests hold every record to the full zod schema).
  const record: PolicyRecord = { id, ...draft };
  const issue = recordRuleIssues(record)[0];
  if (issue) return diag("value_invalid", `${issue.path}: ${issue.message}`);
  if (record.year !== null && (record.year < 1949 || record.year > 2100))
    return diag("value_invalid", `year ${record.year}`);
  if (!Number.isFinite(record.value) || (record.valueMax !== null && !Number.isFinite(record.valueMax))) {
    return diag("value_invalid", "value is not finite");
  }
  return { record };
}

/** An id for a record whose first id another record of the same sentence has: region and year added. */
export function distinctId(r: PolicyRecord): string {
  return stableId(
    [r.documentId, r.quote, r.subject, r.indicator, r.value, r.unit, r.kind, r.region, r.year].join("\u0001"),
  );
}

const MAX_QUOTE = 300;

/**
 * The sentence a figure stands in; of a very long one (a table flattened into one line, a run-on list) the
 * clauses around the figure, so that every record's quote stays short.
 */
export function quoteOf(c: Pick<Candidate, "sentence" | "span">): string {
  const s = c.sentence;
  if (s.text.length <= MAX_QUOTE) return s.text.trim();
  const at = c.span[0] - s.start;
  let from = Math.max(0, at - MAX_QUOTE / 2);
  let to = Math.min(s.text.length, c.span[1] - s.start + MAX_QUOTE / 2);
  // start and end at clause bounds inside the window where there are some
  const open = s.text.slice(from, at).search(/[,，;；:：][^,，;；:：]*$/);
  if (open >= 0) from += open + 1;
  const close = s.text.slice(c.span[1] - s.start, to).search(/[,，;；。]/);
  if (close >= 0) to = c.span[1] - s.start + close + 1;
  return s.text.slice(from, to).trim();
}
