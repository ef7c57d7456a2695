import { HyperFormula } from "hyperformula";
import { gap, progress, status, type TargetLike } from "../../src/compare/attainment";
import { COLUMNS, columnIndex, rowFormulas, HEADERS } from "../../src/compare/layout";
import { COMPARATOR_LABELS } from "../../src/lexicon/comparators";
import type { Comparator } from "../../src/model/schema";

// The formulas written into target tables must agree with src/compare/attainment.ts, which the worksheet
// functions and the task pane use. Every comparator, actuals below, at and above the target, evaluated by a
// real formula engine.
describe("table formulas agree with the shared comparison", () => {
  const comparators: Comparator[] = ["gt", "gte", "eq", "lte", "lt", "approx", "range"];
  const cases: { t: TargetLike; actual: number | null }[] = [];
  for (const comparator of comparators) {
    for (const unit of ["亿元", "%"]) {
      for (const actual of [null, 0, 940, 950, 999.99, 1000, 1000.01, 1200, 2000, 2000.5, 3000]) {
        cases.push({
          t: { value: 1000, valueMax: comparator === "range" ? 2000 : null, comparator, year: 2025, unit },
          actual,
        });
      }
    }
  }

  test.each(comparators)("%s", (comparator) => {
    const mine = cases.filter((c) => c.t.comparator === comparator);
    const grid: (string | number | null)[][] = [HEADERS.slice()];
    mine.forEach((c, i) => {
      const row = COLUMNS.map(() => null as string | number | null);
      row[columnIndex("comparator")] = COMPARATOR_LABELS[comparator];
      row[columnIndex("value")] = c.t.value;
      row[columnIndex("valueMax")] = c.t.valueMax;
      row[columnIndex("unit")] = c.t.unit;
      row[columnIndex("actual")] = c.actual;
      const f = rowFormulas(i + 2);
      row[columnIndex("progress")] = f.progress;
      row[columnIndex("gap")] = f.gap;
      row[columnIndex("status")] = f.status;
      grid.push(row);
    });
    const hf = HyperFormula.buildFromArray(grid, { licenseKey: "gpl-v3" });
    mine.forEach((c, i) => {
      const at = (key: Parameters<typeof columnIndex>[0]) =>
        hf.getCellValue({ sheet: 0, row: i + 1, col: columnIndex(key) });
      if (c.actual === null) {
        expect([at("progress"), at("gap"), at("status")]).toEqual(["", "", ""]);
        return;
      }
      expect(at("status")).toBe(status(c.actual, c.t));
      expect(at("gap")).toBeCloseTo(gap(c.actual, c.t), 9);
      const p = progress(c.actual, c.t);
      if (p === null) expect(at("progress")).toBe("");
      else expect(at("progress")).toBeCloseTo(p, 9);
    });
    hf.destroy();
  });
});
