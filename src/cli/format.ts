import { COMPARATOR_LABELS } from "../lexicon/comparators";
import type { PolicyRecord } from "../model/schema";

const COLUMNS = [
  "file",
  "kind",
  "region",
  "subject",
  "indicator",
  "comparator",
  "value",
  "unit",
  "year",
  "quote",
] as const;

/** The file a record came from, by its document id. */
export type FileOf = (documentId: string) => string;

function cells(r: PolicyRecord, fileOf: FileOf): string[] {
  return [
    fileOf(r.documentId),
    r.kind === "target" ? "目标" : "实际",
    r.region,
    r.subject ?? "",
    r.indicator ?? "",
    COMPARATOR_LABELS[r.comparator],
    r.valueMax !== null ? `${r.value}~${r.valueMax}` : String(r.value),
    r.unit,
    r.year === null ? "" : String(r.year),
    r.quote,
  ];
}

/** Display width: CJK characters take two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

function fit(s: string, w: number): string {
  let out = "";
  let used = 0;
  for (const ch of s) {
    const cw = width(ch);
    if (used + cw > w) {
      out = out.slice(0, -1) + "…";
      break;
    }
    out += ch;
    used += cw;
  }
  return out + " ".repeat(Math.max(0, w - width(out)));
}

export function formatTable(records: PolicyRecord[], fileOf: FileOf, quoteWidth = 40): string {
  const header = ["文件", "类型", "地区", "对象", "指标", "比较", "数值", "单位", "年份", "原文"];
  const quote = header.length - 1;
  const rows = records.map((r) => cells(r, fileOf).map(printable));
  const widths = header.map((h, i) =>
    i === quote ? quoteWidth : Math.max(width(h), ...rows.map((r) => Math.min(width(r[i]), 24))),
  );
  const line = (c: string[]) =>
    c
      .map((x, i) => fit(x, widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Control and escape characters of a document never reach the terminal raw: shown as visible symbols. */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what is replaced
  return s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (c) =>
    c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : "\uFFFD",
  );
}

/**
 * A CSV field: quoted when it holds a comma, quote or line break; text a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR first) neutralised with a leading apostrophe as OWASP recommends.
 */
function csvField(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]|^'/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Records as CSV for Excel and LibreOffice: UTF-8 with a byte order mark (Excel reads Chinese correctly),
 * comparator words (超过, not gt), the file of each row.
 */
export function formatCsv(records: PolicyRecord[], fileOf: FileOf): string {
  const head = [...COLUMNS, "id", "documentId", "span"].join(",");
  const rows = records.map((r) =>
    [...cells(r, fileOf), r.id, r.documentId, `${r.span[0]}-${r.span[1]}`].map(csvField).join(","),
  );
  return "\uFEFF" + [head, ...rows].join("\r\n") + "\r\n";
}

/** A figure that did not become a record, as the CLI shows it. */
export interface UnusedFigure {
  file: string;
  code: string;
  /** Why, in Chinese. */
  reason: string;
  /** The figure as written. */
  mention: string;
  quote: string;
  /** A few characters either side of the figure, for a table. */
  context: string;
  /** The engine's own note (which rule, what it saw). */
  detail: string;
  span: [number, number];
}

export function formatDiagnostics(unused: UnusedFigure[]): string {
  const header = ["文件", "数字", "原因", "原文"];
  const rows = unused.map((u) =>
    [u.file, u.mention.replace(/\s+/g, " "), u.reason, `…${u.context}…`].map(printable),
  );
  const widths = [
    Math.min(24, Math.max(width(header[0]), ...rows.map((r) => width(r[0])))),
    Math.min(16, Math.max(width(header[1]), ...rows.map((r) => width(r[1])))),
    Math.min(34, Math.max(width(header[2]), ...rows.map((r) => width(r[2])))),
    40,
  ];
  const line = (c: string[]) =>
    c
      .map((x, i) => fit(x, widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
