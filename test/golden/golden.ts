import * as fs from "node:fs";
import * as path from "node:path";
import { processDocument, type DocumentResult } from "../../src/dataset/build";
import type { PolicyRecord } from "../../src/model/schema";

export const SEEDS = path.join(__dirname, "..", "..", "seeds");
/** Documents written like ones in the wild (a 政府工作报告, a GBK 计划执行报告 in traditional characters with pinyin, an HTML news page). */
export const CORPUS = path.join(__dirname, "..", "corpus", "documents");
export const GOLDEN = __dirname;

export const FIELDS = [
  "kind",
  "region",
  "subject",
  "indicator",
  "comparator",
  "direction",
  "value",
  "valueMax",
  "unit",
  "year",
] as const;
export type GoldenRecord = Pick<PolicyRecord, (typeof FIELDS)[number]> & { mention: string };

export interface GoldenFile {
  file: string;
  document: { title: string; issuer: string | null; date: string | null };
  /** Reviewed: every one must be found exactly once. */
  required: GoldenRecord[];
  /** Reviewed as correct but minor: may be found; anything outside required ∪ acceptable is a wrong record. */
  acceptable: GoldenRecord[];
}

export function runSeed(file: string, dir = SEEDS): DocumentResult {
  return processDocument({ file, bytes: fs.readFileSync(path.join(dir, file)) });
}

export function toGolden(r: PolicyRecord, text: string): GoldenRecord {
  const g = Object.fromEntries(FIELDS.map((f) => [f, r[f]])) as GoldenRecord;
  g.mention = text.slice(r.span[0], r.span[1]);
  return g;
}

export function key(g: GoldenRecord): string {
  return [...FIELDS.map((f) => String(g[f])), g.mention].join(" | ");
}

/** The review table kept beside each golden file. */
export function markdown(result: DocumentResult): string {
  const d = result.document;
  const rows = result.records.map((r) => {
    const g = toGolden(r, d.text);
    return `| ${g.kind} | ${g.region} | ${g.subject ?? ""} | ${g.indicator ?? ""} | ${g.comparator}${g.direction ? ` (${g.direction})` : ""} | ${g.value}${g.valueMax !== null ? `~${g.valueMax}` : ""} | ${g.unit} | ${g.year ?? ""} | ${g.mention} |`;
  });
  return [
    `# ${d.file}`,
    "",
    `- title: ${d.title}`,
    `- issuer: ${d.issuer ?? "—"}`,
    `- date: ${d.date ?? "—"}`,
    `- regions: ${d.regions.join(", ") || "—"}`,
    `- warnings: ${d.warnings.map((w) => w.code).join(", ") || "—"}`,
    `- diagnostics (figures not recorded): ${result.diagnostics.length}`,
    "",
    "| kind | region | subject | indicator | comparator | value | unit | year | mention |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
