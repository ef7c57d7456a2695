import { COMPARATOR_LABELS } from "../lexicon/comparators";
import type { PolicyRecord } from "../model/schema";

const COLUMNS = [
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

function cells(r: PolicyRecord): string[] {
  return [
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

export function formatTable(records: PolicyRecord[], quoteWidth = 40): string {
  const header = ["类型", "地区", "对象", "指标", "比较", "数值", "单位", "年份", "原文"];
  const rows = records.map(cells).map((c) => {
    c[8] = c[8].length > 0 ? c[8] : "";
    return c;
  });
  const widths = header.map((h, i) =>
    i === 8 ? quoteWidth : Math.max(width(h), ...rows.map((r) => Math.min(width(r[i]), 24))),
  );
  const line = (c: string[]) =>
    c
      .map((x, i) => fit(x, widths[i]))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function formatCsv(records: PolicyRecord[]): string {
  const esc = (s: string) => (/[",\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const head = [...COLUMNS, "id", "documentId", "span"].join(",");
  const rows = records.map((r) => {
    const c = [
      r.kind,
      r.region,
      r.subject ?? "",
      r.indicator ?? "",
      r.comparator,
      r.valueMax !== null ? `${r.value}~${r.valueMax}` : String(r.value),
      r.unit,
      r.year === null ? "" : String(r.year),
      r.quote,
      r.id,
      r.documentId,
      `${r.span[0]}-${r.span[1]}`,
    ];
    return c.map(esc).join(",");
  });
  return [head, ...rows].join("\n") + "\n";
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
  const rows = unused.map((u) => [u.file, u.mention.replace(/\s+/g, " "), u.reason, `…${u.context}…`]);
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
