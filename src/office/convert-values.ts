/* global Excel */
import type { DatasetIndex } from "../dataset/query";
import type { PolicyRecord } from "../model/schema";
import { asText, sheetName, sourceText } from "../compare/layout";
import { COMPARATOR_LABELS } from "../lexicon/comparators";

const POLICY_CALL = /POLICY\.[A-Z]+\(([^()]*)\)/gi;

/** The records a sheet's POLICY formulas name by literal region and subject arguments. */
export function recordsNamedIn(formulas: string[], index: DatasetIndex): PolicyRecord[] {
  const found = new Map<string, PolicyRecord>();
  for (const f of formulas) {
    for (const m of f.matchAll(POLICY_CALL)) {
      const strings = [...m[1].matchAll(/"([^"]*)"/g)].map((s) => s[1]);
      if (strings.length === 0) continue;
      const region = index.resolveRegion(strings[0]);
      if (!region.ok) continue;
      const subject = strings[1] ? index.resolveSubject(region.name, strings[1]) : null;
      const records = index.find({ region: region.name, subject: subject?.ok ? subject.name : null });
      for (const r of records) found.set(r.id, r);
    }
  }
  return [...found.values()];
}

export interface ConvertReport {
  sheetName: string;
  converted: number;
  sourceSheet: string | null;
}

/**
 * Replace every POLICY formula on the active sheet with its current value, and add a 来源 sheet listing the
 * records those formulas used, for recipients without the add-in. Other cells are not written. Two syncs.
 */
export async function convertToValues(index: DatasetIndex): Promise<ConvertReport> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject();
    used.load("formulas,values,rowIndex,columnIndex");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    if (used.isNullObject) return { sheetName: sheet.name, converted: 0, sourceSheet: null };

    const policyFormulas: string[] = [];
    let converted = 0;
    used.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (typeof f === "string" && /POLICY\./i.test(f) && f.startsWith("=")) {
          policyFormulas.push(f);
          const v = used.values[r][c];
          const cell = used.getCell(r, c);
          cell.values = [[typeof v === "string" ? asText(v) : v]];
          converted++;
        }
      }),
    );
    let sourceSheet: string | null = null;
    const records = recordsNamedIn(policyFormulas, index);
    if (records.length > 0) {
      sourceSheet = sheetName(
        "来源",
        sheets.items.map((s) => s.name),
        "",
      );
      const src = sheets.add(sourceSheet);
      const rows = [
        ["地区", "对象", "指标", "比较", "数值", "单位", "年份", "类型", "文件", "原文", "记录ID"],
        ...records.map((r) =>
          [
            r.region,
            r.subject ?? "",
            r.indicator ?? "",
            COMPARATOR_LABELS[r.comparator],
            r.value,
            r.unit,
            r.year ?? "",
            r.kind === "target" ? "目标" : "实际",
            sourceText(r, index.document(r.documentId)),
            r.quote,
            r.id,
          ].map((v) => (typeof v === "string" ? asText(v) : v)),
        ),
      ];
      src.getRangeByIndexes(0, 0, rows.length, rows[0].length).numberFormat = rows.map((row) =>
        row.map((v) => (typeof v === "number" ? "General" : "@")),
      );
      src.getRangeByIndexes(0, 0, rows.length, rows[0].length).values = rows;
    }
    await context.sync();
    return { sheetName: sheet.name, converted, sourceSheet };
  });
}
