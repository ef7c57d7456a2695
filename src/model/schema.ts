// zod/mini: the same validation as zod's classic API, in a form a bundler can shake. The task pane loads it
// with the bundled dataset, after its first screen's code
import * as z from "zod/mini";
import { SCHEMA_VERSION } from "./version";

/**
 * The dataset contract, schema version 2 (SCHEMA_VERSION, in version.ts). Other tools read this JSON: change it
 * only with a new version. Version 2 added `direction` to records; version 1 datasets (in workbooks, in files)
 * are migrated on read.
 */
export { SCHEMA_VERSION };

export const comparatorSchema = z.enum(["gt", "gte", "eq", "lte", "lt", "approx", "range"]);
export type Comparator = z.infer<typeof comparatorSchema>;

export const kindSchema = z.enum(["target", "actual"]);

/** A change's direction: 增长/提高 X% is a rise, 下降/减少 X% a fall (its value is the size of the fall). */
export const directionSchema = z.enum(["rise", "fall"]);
export type Direction = z.infer<typeof directionSchema>;
export type RecordKind = z.infer<typeof kindSchema>;

const nonEmpty = z.string().check(z.minLength(1));

const UNIT = /^[\p{Script=Han}A-Za-z%‰°²³/·]{1,16}$/u;

const dateSchema = z.nullable(
  z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "date must be YYYY, YYYY-MM or YYYY-MM-DD")),
);

export const warningSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** Offset into the decoded original text, where the warning applies. */
  at: z.nullable(z.int().check(z.nonnegative())),
});
export type TextWarning = z.infer<typeof warningSchema>;

export const documentSchema = z.object({
  id: nonEmpty,
  file: z.string(),
  title: z.string(),
  issuer: z.nullable(z.string()),
  date: dateSchema,
  regions: z.array(z.string()),
  text: z.string(),
  warnings: z.array(warningSchema),
});
export type PolicyDocument = z.infer<typeof documentSchema>;

const spanSchema = z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative())]);
export type Span = z.infer<typeof spanSchema>;

export const recordSchema = z.object({
  id: nonEmpty,
  documentId: nonEmpty,
  kind: kindSchema,
  region: nonEmpty,
  regionPath: z.array(nonEmpty).check(z.minLength(1)),
  subject: z.nullable(nonEmpty),
  indicator: z.nullable(nonEmpty),
  value: z.number(),
  valueMax: z.nullable(z.number()),
  /** A unit: 汉字, Latin letters and the signs units use (%, ‰, ², /) — never text a spreadsheet could run. */
  unit: z
    .string()
    .check(z.regex(UNIT, "unit must be a unit (汉字, letters, %, ‰, ², /), at most 16 characters")),
  comparator: comparatorSchema,
  /** null for a level (地区生产总值 1.5万亿元); rise or fall for a change (增长6%, 能耗下降13.5%). */
  direction: z.nullable(directionSchema),
  year: z.nullable(z.int().check(z.gte(1949), z.lte(2100))),
  stated: z.object({ region: z.boolean(), subject: z.boolean(), year: z.boolean() }),
  quote: nonEmpty,
  span: spanSchema,
});

/**
 * The rules between a record's fields, checked in one plain pass (they run for every record of a workbook's
 * dataset, so they are kept out of per-field refinements).
 */
export function recordRuleIssues(r: z.infer<typeof recordSchema>): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (!(r.span[0] < r.span[1])) issues.push({ path: "span", message: "span must not be empty" });
  if ((r.comparator === "range") !== (r.valueMax !== null)) {
    issues.push({ path: "valueMax", message: "valueMax is set exactly when comparator is range" });
  }
  if (r.valueMax !== null && r.valueMax < r.value)
    issues.push({ path: "valueMax", message: "valueMax must not be below value" });
  if (r.regionPath[r.regionPath.length - 1] !== r.region)
    issues.push({ path: "regionPath", message: "regionPath must end with region" });
  return issues;
}

/** A record's full validation: fields, then the rules between them. */
export const validRecordSchema = recordSchema.check(
  z.superRefine((r, ctx) => {
    for (const i of recordRuleIssues(r)) ctx.addIssue({ code: "custom", message: i.message, path: [i.path] });
  }),
);
export type PolicyRecord = z.infer<typeof recordSchema>;

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    version: nonEmpty,
    documents: z.array(documentSchema),
    records: z.array(recordSchema),
  })
  .check(
    z.superRefine((d, ctx) => {
      const docs = new Map(d.documents.map((doc) => [doc.id, doc]));
      const ids = new Set<string>();
      d.records.forEach((r, i) => {
        for (const issue of recordRuleIssues(r)) {
          ctx.addIssue({ code: "custom", message: issue.message, path: ["records", i, issue.path] });
        }
        const doc = docs.get(r.documentId);
        if (!doc) {
          ctx.addIssue({
            code: "custom",
            message: `unknown documentId ${r.documentId}`,
            path: ["records", i],
          });
        } else if (r.span[1] > doc.text.length) {
          ctx.addIssue({
            code: "custom",
            message: "span beyond document text",
            path: ["records", i, "span"],
          });
        }
        if (ids.has(r.id))
          ctx.addIssue({ code: "custom", message: `duplicate id ${r.id}`, path: ["records", i] });
        ids.add(r.id);
      });
    }),
  );
export type Dataset = z.infer<typeof datasetSchema>;

/** A coded reason why the engine did not turn a mention into a record. */
export interface Diagnostic {
  code:
    | "unit_unknown"
    | "region_missing"
    | "region_unclear"
    | "measure_missing"
    | "kind_unclear"
    | "year_unknown"
    | "non_fact"
    | "share_skipped"
    | "value_invalid";
  message: string;
  documentId: string;
  span: Span;
  quote: string;
}

/** Parse unknown JSON as a dataset; returns a readable error instead of throwing. */
export function parseDataset(json: unknown): { ok: true; dataset: Dataset } | { ok: false; error: string } {
  const result = datasetSchema.safeParse(migrate(json));
  if (result.success) return { ok: true, dataset: result.data };
  const first = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
  return { ok: false, error: `dataset does not match schema version ${SCHEMA_VERSION}: ${first}` };
}

/**
 * A version 1 dataset as version 2: each record gains `direction`, read from its indicator the way version 1
 * named changes (…增速, …提高百分点 are rises; version 1 recorded no falls). Anything else is returned as it is.
 */
export function migrate(json: unknown): unknown {
  if (typeof json !== "object" || json === null) return json;
  const d = json as { schemaVersion?: unknown; records?: unknown };
  if (d.schemaVersion !== 1 || !Array.isArray(d.records)) return json;
  const records = d.records.map((r: unknown) => {
    if (typeof r !== "object" || r === null) return r;
    const indicator = (r as { indicator?: unknown }).indicator;
    const rise = typeof indicator === "string" && /(?:增速|提高百分点)$/.test(indicator);
    return { ...r, direction: rise ? "rise" : null };
  });
  return { ...d, schemaVersion: SCHEMA_VERSION, records };
}
