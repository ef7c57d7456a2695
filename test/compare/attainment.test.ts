import {
  explainStatus,
  gap,
  isRate,
  progress,
  requiredGrowth,
  status,
  type TargetLike,
} from "../../src/compare/attainment";

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

describe("growth still needed", () => {
  const target = t({ value: 1210, year: 2025 });
  test("compound annual rate from the actual's year to the target's", () => {
    expect(requiredGrowth(1000, 2023, target)).toEqual({ ok: true, rate: 0.1 });
    expect(requiredGrowth(1210, 2024, target)).toEqual({ ok: true, rate: 0 });
  });
  test("no year, a year already passed or reached, values not positive: a reason instead", () => {
    expect(requiredGrowth(1000, 2023, t({ year: null }))).toMatchObject({ ok: false, reason: "no_year" });
    expect(requiredGrowth(1000, 2025, target)).toMatchObject({ ok: false, reason: "year_passed" });
    expect(requiredGrowth(1000, 2026, target)).toMatchObject({ ok: false, reason: "year_passed" });
    expect(requiredGrowth(0, 2023, target)).toMatchObject({ ok: false, reason: "not_positive" });
    expect(requiredGrowth(-5, 2023, target)).toMatchObject({ ok: false, reason: "not_positive" });
    expect(requiredGrowth(5, 2023, t({ value: 0, year: 2025 }))).toMatchObject({
      ok: false,
      reason: "not_positive",
    });
    expect(requiredGrowth(5, 2023, t({ value: -1, year: 2025 }))).toMatchObject({
      ok: false,
      reason: "not_positive",
    });
  });
});

describe("what mutation testing found unchecked", () => {
  test("rates and shares are % and 百分点 only", () => {
    expect(isRate("%")).toBe(true);
    expect(isRate("百分点")).toBe(true);
    expect(isRate("亿元")).toBe(false);
    expect(isRate("")).toBe(false);
  });
  test("a target of 0 has no 完成率", () => expect(progress(5, t({ value: 0 }))).toBeNull());
  test("why no growth can be computed is said in words", () => {
    expect(requiredGrowth(1, 2022, t({ year: null }))).toMatchObject({
      message: expect.stringMatching(/^目标没有年份/),
    });
    expect(requiredGrowth(1, 2025, t({ year: 2025 }))).toMatchObject({
      message: expect.stringMatching(/^目标年份2025不晚于实际值年份2025/),
    });
    expect(requiredGrowth(0, 2022, t({}))).toMatchObject({
      message: expect.stringMatching(/^实际值和目标值须为正数/),
    });
  });
});
