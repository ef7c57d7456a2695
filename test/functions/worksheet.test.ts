import { DetailedCellError, type HyperFormula } from "hyperformula";
import { engine, registerPolicyFunctions } from "../helpers/formula-engine";
import { loadSeeds } from "./fixture";

// Formulas as planners write them, evaluated by a real formula engine over the real implementations.
beforeAll(async () => {
  loadSeeds();
  await registerPolicyFunctions();
});

const at = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);

describe("POLICY.* in a formula engine", () => {
  test("arithmetic, IF over STATUS, IFERROR, and recalculation after an input changes", () => {
    const hf = engine([
      ['=POLICY.TARGET("佛山","装备制造")', 9000, '=POLICY.TARGET("佛山","装备制造")-B1'],
      [
        '=IF(POLICY.STATUS(B2,"佛山","泛家居")="已达标",1,0)',
        12000,
        '=IFERROR(POLICY.TARGET("佛山","不存在"),0)',
      ],
      [
        '=POLICY.PROGRESS(B1,"佛山","装备制造")',
        null,
        '=POLICY.UNIT("佛山","装备制造")&"·"&POLICY.COMPARATOR("佛山","装备制造")',
      ],
    ]);
    expect(at(hf, "A1")).toBe(10000);
    expect(at(hf, "C1")).toBe(1000);
    expect(at(hf, "A2")).toBe(1);
    expect(at(hf, "C2")).toBe(0);
    expect(at(hf, "A3")).toBe(0.9);
    expect(at(hf, "C3")).toBe("亿元·超过");
    hf.setCellContents(hf.simpleCellAddressFromString("B2", 0)!, 9000);
    hf.setCellContents(hf.simpleCellAddressFromString("B1", 0)!, 10500);
    expect(at(hf, "A2")).toBe(0);
    expect(at(hf, "C1")).toBe(-500);
    expect(at(hf, "A3")).toBe(1.05);
  });

  test("errors are real spreadsheet errors with messages", () => {
    const hf = engine([
      [
        '=POLICY.TARGET("佛山","不存在")',
        '=POLICY.TARGET(123,"装备制造")',
        '=POLICY.GAP("九千","佛山","装备制造")',
        '=POLICY.GAP(B9,"佛山","装备制造")',
      ],
    ]);
    const na = at(hf, "A1") as DetailedCellError;
    expect(na).toBeInstanceOf(DetailedCellError);
    expect(na.value).toBe("#N/A");
    expect(na.message).toMatch(/不存在/);
    expect((at(hf, "B1") as DetailedCellError).value).toBe("#VALUE!");
    expect((at(hf, "C1") as DetailedCellError).value).toBe("#VALUE!");
    expect((at(hf, "D1") as DetailedCellError).message).toMatch(/empty/); // an empty cell as the actual
  });

  test("TARGETS spills a table with its header row; REGIONS and SUBJECTS spill down", () => {
    const hf = engine([
      [
        '=POLICY.TARGETS("佛山")',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        '=POLICY.SUBJECTS("佛山")',
      ],
    ]);
    const values = hf.getSheetValues(0);
    expect(values[0].slice(0, 9)).toEqual([
      "对象",
      "指标",
      "比较",
      "目标值",
      "上限",
      "单位",
      "年份",
      "类型",
      "来源",
    ]);
    expect(values.length).toBeGreaterThanOrEqual(9);
    const newMaterials = values.find((r) => r[0] === "新材料");
    expect(newMaterials?.slice(0, 8)).toEqual(["新材料", "产值规模", "超过", 3000, "", "亿元", 2026, "目标"]);
    const subjects = values.map((r) => r[10]).filter((v) => typeof v === "string");
    expect(subjects).toContain("装备制造");
    expect(subjects).toHaveLength(8);
  });
});
