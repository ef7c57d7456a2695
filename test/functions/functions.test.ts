import * as F from "../../src/functions/functions";
import { PolicyFunctionError } from "../../src/functions/errors";
import { buildDataset } from "../../src/dataset/build";
import { parseDataset } from "../../src/model/schema";
import { getStore } from "../../src/state/store";
import { loadSeeds } from "./fixture";

/** The Excel error a call produces: code and message. */
function err(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof PolicyFunctionError) return { code: e.code, message: e.message };
    throw new Error(`a raw exception escaped: ${String(e)}`, { cause: e });
  }
  throw new Error("no error");
}

beforeAll(loadSeeds);

describe("TARGET and friends", () => {
  test.each([
    ["佛山", "装备制造", 10000],
    ["佛山市", "装备制造", 10000],
    [" 佛山市人民政府 ", "泛家居", 10000],
    ["佛山", "裝備製造", 10000],
    ["佛山", "汽车及新能源", 5000],
    ["佛山", "食品饮料产业集群", 3000],
  ])("TARGET(%s, %s) = %d", (region, subject, value) => expect(F.target(region, subject)).toBe(value));

  test("unit, year, comparator, source", () => {
    expect(F.unit("佛山", "汽车及新能源")).toBe("亿元");
    expect(F.targetYear("佛山", "汽车及新能源")).toBe(2026);
    expect(F.comparator("佛山", "汽车及新能源")).toBe("超过");
    expect(F.source("佛山", "汽车及新能源")).toMatch(
      /^佛山市人民政府关于培育发展.*佛山市人民政府 · 2020-12-21：.*突破5000亿/,
    );
  });

  test("indicator and year arguments select; omitted optional arguments arrive as null", () => {
    expect(F.target("重庆", "市级", "信息系统整合率", 2020)).toBe(75);
    expect(F.target("重庆", "市级", null, null)).toBe(75);
    expect(F.target("佛山高新区", "试点园区")).toBe(1);
    expect(err(() => F.target("佛山", "汽车及新能源", "营业收入"))).toMatchObject({
      code: "NotAvailable",
      message: expect.stringContaining("产值规模"),
    });
    expect(err(() => F.target("佛山", "汽车及新能源", null, 2030))).toMatchObject({
      code: "NotAvailable",
      message: expect.stringContaining("2026"),
    });
  });

  test("unknown names are #N/A with the closest known names", () => {
    expect(err(() => F.target("佛三", "装备制造"))).toMatchObject({
      code: "NotAvailable",
      message: expect.stringContaining("佛山市"),
    });
    expect(err(() => F.target("佛山", "装备"))).toMatchObject({
      code: "NotAvailable",
      message: expect.stringContaining("装备制造"),
    });
    expect(err(() => F.target("佛山高新区", "工业总产值"))).toMatchObject({ code: "NotAvailable" }); // an actual, not a target
  });

  test("wrong argument types are #VALUE! with a message", () => {
    expect(err(() => F.target(440600, "装备制造"))).toMatchObject({
      code: "InvalidValue",
      message: expect.stringContaining("region"),
    });
    expect(err(() => F.target("佛山", true))).toMatchObject({ code: "InvalidValue" });
    expect(err(() => F.target("", "装备制造"))).toMatchObject({
      code: "InvalidValue",
      message: expect.stringContaining("empty"),
    });
    expect(err(() => F.target("佛山", "装备制造", null, "二〇二〇"))).toMatchObject({
      code: "InvalidValue",
      message: expect.stringContaining("year"),
    });
    expect(err(() => F.gap("9000", "佛山", "装备制造"))).toMatchObject({
      code: "InvalidValue",
      message: expect.stringContaining("actual"),
    });
    expect(err(() => F.gap(null, "佛山", "装备制造"))).toMatchObject({ code: "InvalidValue" });
  });

  test("ambiguity: two indicators for one subject and year", () => {
    const ds = buildDataset([
      {
        file: "a.txt",
        text: "到2025年,佛山市装备制造产值突破1万亿元。\n到2025年,佛山市装备制造营业收入超过9000亿元。\n佛山市人民政府\n2021年1月1日",
      },
    ]).dataset;
    const store = getStore();
    store.setDataset(ds, "workbook");
    try {
      expect(err(() => F.target("佛山", "装备制造"))).toMatchObject({
        code: "NotAvailable",
        message: expect.stringMatching(/产值.*营业收入|营业收入.*产值/),
      });
      expect(F.target("佛山", "装备制造", "营业收入")).toBe(9000);
      expect(F.version()).toMatch(/本工作簿, 2 条记录/);
    } finally {
      loadSeeds();
    }
  });
});

test("a version 1 dataset from an older workbook answers like a version 2 one", () => {
  const ds = buildDataset([
    { file: "a.txt", text: "到2025年,佛山市装备制造产值突破1万亿元。\n佛山市人民政府\n2021年1月1日" },
  ]).dataset;
  const v1 = JSON.parse(
    JSON.stringify({ ...ds, schemaVersion: 1, records: ds.records.map(({ direction: _d, ...r }) => r) }),
  );
  const parsed = parseDataset(v1);
  if (!parsed.ok) throw new Error(parsed.error);
  getStore().setDataset(parsed.dataset, "workbook");
  try {
    expect(F.target("佛山", "装备制造")).toBe(10000);
    expect(F.comparator("佛山", "装备制造")).toBe("超过");
  } finally {
    loadSeeds();
  }
});

describe("GAP, PROGRESS, STATUS, REQUIREDGROWTH", () => {
  test("gap and progress against the target", () => {
    expect(F.gap(9000, "佛山", "装备制造")).toBe(-1000);
    expect(F.progress(9000, "佛山", "装备制造")).toBe(0.9);
    expect(F.progress(2, "佛山高新区", "试点园区")).toBe(2); // a range's lower bound
  });

  test("STATUS honours the comparator", () => {
    expect(F.status(10000, "佛山", "装备制造")).toBe("未达标"); // 超过 is strict
    expect(F.status(10000.5, "佛山", "装备制造")).toBe("已达标");
    expect(F.status(15, "重庆", "数字经济")).toBe("已达标"); // 以上 (gte) includes equality
    expect(F.status(1, "佛山高新区", "试点园区")).toBe("已达标"); // range from its lower bound
    expect(F.status(0, "佛山高新区", "试点园区")).toBe("未达标");
  });

  test("REQUIREDGROWTH is the compound annual rate still needed", () => {
    expect(F.requiredGrowth(4000, 2022, "佛山", "汽车及新能源")).toBeCloseTo(
      Math.pow(5000 / 4000, 1 / 4) - 1,
      10,
    );
    expect(err(() => F.requiredGrowth(4000, 2026, "佛山", "汽车及新能源"))).toMatchObject({
      code: "NotAvailable",
      message: expect.stringContaining("2026"),
    });
    expect(err(() => F.requiredGrowth(9000, 2021, "佛山", "装备制造"))).toMatchObject({
      code: "NotAvailable",
      message: expect.stringContaining("2020"),
    });
    expect(err(() => F.requiredGrowth(50, 2019, "重庆", "市级"))).toMatchObject({
      code: "NotAvailable",
      message: expect.stringContaining("%"),
    });
    expect(err(() => F.requiredGrowth(0, 2022, "佛山", "汽车及新能源"))).toMatchObject({
      code: "InvalidNumber",
    });
    expect(err(() => F.requiredGrowth(4000, "2022", "佛山", "汽车及新能源"))).toMatchObject({
      code: "InvalidValue",
    });
  });
});

describe("spilled lists", () => {
  test("TARGETS has a header row and one row per record", () => {
    const t = F.targets("佛山");
    expect(t[0]).toEqual(["对象", "指标", "比较", "目标值", "上限", "单位", "年份", "类型", "来源"]);
    expect(t).toHaveLength(9);
    expect(t.find((r) => r[0] === "新材料")).toEqual([
      "新材料",
      "产值规模",
      "超过",
      3000,
      "",
      "亿元",
      2026,
      "目标",
      expect.stringContaining("实施意见"),
    ]);
    expect(F.targets("佛山高新区", null, "实际").length).toBeGreaterThan(10);
    expect(err(() => F.targets("佛山", null, "计划"))).toMatchObject({ code: "InvalidValue" });
    expect(new Set(t.map((r) => r.length)).size).toBe(1); // rectangular
  });

  test("REGIONS, SUBJECTS, VERSION", () => {
    expect(F.regions()).toContainEqual(["佛山市"]);
    expect(F.regions().every((r) => r.length === 1)).toBe(true);
    expect(F.subjects("佛山")).toContainEqual(["泛家居"]);
    expect(F.version()).toMatch(/^2\.[0-9a-f]{12} \(内置, \d+ 条记录\)$/);
  });
});

describe("Excel's own error type when Office is present", () => {
  test("CustomFunctions.Error is used", () => {
    class FakeCfError {
      constructor(
        readonly code: string,
        readonly message: string,
      ) {}
    }
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = {
      Error: FakeCfError,
      ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!", invalidNumber: "#NUM!" },
    };
    try {
      let thrown: unknown;
      try {
        F.target("佛三", "装备制造");
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(FakeCfError);
      expect(thrown).toMatchObject({ code: "#N/A" });
    } finally {
      delete g.CustomFunctions;
    }
  });
});
