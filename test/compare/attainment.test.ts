import { explainStatus, gap, progress, status, type TargetLike } from "../../src/compare/attainment";

const t = (over: Partial<TargetLike>): TargetLike => ({
  value: 2,
  valueMax: null,
  comparator: "gte",
  year: 2025,
  unit: "亿元",
  ...over,
});

describe("ranges", () => {
  const range = t({ comparator: "range", value: 2, valueMax: 4, unit: "%" });
  test.each([
    [1.5, "未达标", -0.5],
    [2, "已达标", 0],
    [3, "已达标", 0],
    [4, "已达标", 0],
    [4.5, "高于区间", 0.5],
  ])("2~4: %s is %s, gap %s", (actual, s, g) => {
    expect(status(actual, range)).toBe(s);
    expect(gap(actual, range)).toBe(g);
  });
});

describe("rates compare in 个百分点, with no 完成率", () => {
  test("a share target of 6%: 5.5% is 0.5 个百分点 short, not 91.7%", () => {
    const share = t({ value: 6, unit: "%" });
    expect(gap(5.5, share)).toBe(-0.5);
    expect(progress(5.5, share)).toBeNull();
    expect(progress(5.5, t({ value: 6, unit: "亿元" }))).toBeCloseTo(0.9167, 4);
  });
  test("a ceiling has no 完成率 either", () => {
    expect(progress(90, t({ comparator: "lte", value: 100 }))).toBeNull();
    expect(status(90, t({ comparator: "lte", value: 100 }))).toBe("已达标");
  });
});

describe("strict comparators say why", () => {
  test("exactly 10000 against 超过10000 is 未达标, and says so", () => {
    const over = t({ comparator: "gt", value: 10000 });
    expect(status(10000, over)).toBe("未达标");
    expect(explainStatus(10000, over)).toMatch(/严格大于.*10000/);
    expect(explainStatus(10001, over)).toBeNull();
    expect(explainStatus(10000, t({ comparator: "gte", value: 10000 }))).toBeNull();
    expect(explainStatus(5, t({ comparator: "lt", value: 5 }))).toMatch(/严格小于/);
  });
});
