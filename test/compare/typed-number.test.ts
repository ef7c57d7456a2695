import fc from "fast-check";
import { parseTypedNumber, unitScale } from "../../src/compare/typed-number";

const read = (raw: string, unit = "亿元") => {
  const r = parseTypedNumber(raw, unit);
  return r.ok ? r.value : r.reason;
};

describe("numbers as planners type them", () => {
  test.each([
    ["9000.5", "亿元", 9000.5],
    ["-12", "%", -12],
    ["−12", "%", -12],
    ["９０００", "亿元", 9000],
    ["９，０００．５", "亿元", 9000.5],
    ["12,345.6", "亿元", 12345.6],
    [" 1 234 ", "家", 1234],
    ["0.9万", "亿元", 9000],
    ["0.9万亿元", "亿元", 9000],
    ["5000万元", "亿元", 0.5],
    ["3000亿元", "亿元", 3000],
    ["1.2万", "家", 12000],
    ["1.2万家", "家", 12000],
    ["30万千瓦", "千瓦", 300000],
    ["300千瓦", "万千瓦", 0.03],
    ["5.5%", "%", 5.5],
    ["５．５％", "%", 5.5],
    ["0.5个百分点", "百分点", 0.5],
    [".5", "%", 0.5],
  ])("%s in a row of %s is %s", (raw, unit, value) => expect(read(raw, unit)).toBe(value));

  test.each([
    ["", "empty"],
    ["  ", "empty"],
    ["很多", "unreadable"],
    ["1,5", "unreadable"],
    ["12..3", "unreadable"],
    ["5%", "unit"], // a percentage in a row of 亿元
    ["30万吨", "unit"],
  ])("%j is not read as a number: %s", (raw, reason) => expect(read(raw)).toBe(reason));

  test("units as powers of ten of their base", () => {
    expect(unitScale("亿元")).toEqual({ exp: 8, base: "元" });
    expect(unitScale("万千瓦")).toEqual({ exp: 4, base: "千瓦" });
    expect(unitScale("千瓦")).toEqual({ exp: 0, base: "千瓦" });
    expect(unitScale("万亿元")).toEqual({ exp: 12, base: "元" });
    expect(unitScale("%")).toEqual({ exp: 0, base: "%" });
  });
});

/** How a number may be written: each returns text that must read back as the number. */
const FULL = (s: string) => s.replace(/[0-9.,%-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const thousands = (s: string) => {
  const [int, frac] = s.replace("-", "").split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (s.startsWith("-") ? "-" : "") + grouped + (frac !== undefined ? `.${frac}` : "");
};
/** A number with up to 4 decimals, as the decimal text a planner would type. */
const decimal = fc
  .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, d]) => (n / 10 ** d).toFixed(d));

test("property: any number written in any of these ways reads back to itself", () =>
  fc.assert(
    fc.property(decimal, (text) => {
      const v = Number(text);
      const ways: [string, string][] = [
        [text, "亿元"],
        [text.replace("-", "−"), "亿元"],
        [FULL(text), "亿元"],
        [thousands(text), "亿元"],
        [FULL(thousands(text)), "亿元"],
        [`${text}%`, "%"],
        [`${text}亿元`, "亿元"],
      ];
      for (const [raw, unit] of ways) expect([raw, read(raw, unit)]).toEqual([raw, v]);
      // with a magnitude: the value in the row's unit, exact in decimal (no binary rounding)
      expect(read(`${text}万`, "家")).toBe(Number(`${text}e4`));
      expect(read(`${text}万元`, "亿元")).toBe(Number(`${text}e-4`));
    }),
  ));

describe("every magnitude word and unit shape", () => {
  test.each<[string, { exp: number; base: string }]>([
    ["万亿元", { exp: 12, base: "元" }],
    ["千亿元", { exp: 11, base: "元" }],
    ["百亿元", { exp: 10, base: "元" }],
    ["亿元", { exp: 8, base: "元" }],
    ["千万元", { exp: 7, base: "元" }],
    ["百万元", { exp: 6, base: "元" }],
    ["十万元", { exp: 5, base: "元" }],
    ["万元", { exp: 4, base: "元" }],
    ["千元", { exp: 3, base: "元" }],
    ["百元", { exp: 2, base: "元" }],
    ["万千瓦", { exp: 4, base: "千瓦" }],
    ["千瓦", { exp: 0, base: "千瓦" }],
    ["千瓦时", { exp: 0, base: "千瓦时" }],
    ["千米", { exp: 0, base: "千米" }],
    ["千克", { exp: 0, base: "千克" }],
    ["千伏", { exp: 0, base: "千伏" }],
    ["千帕", { exp: 0, base: "千帕" }],
    ["千卡", { exp: 0, base: "千卡" }],
    ["万", { exp: 0, base: "万" }],
    ["亿", { exp: 0, base: "亿" }],
    ["%", { exp: 0, base: "%" }],
  ])("unitScale(%s)", (unit, scale) => expect(unitScale(unit)).toEqual(scale));

  test.each<[string, string, number]>([
    ["2千万元", "亿元", 0.2],
    ["3百亿元", "亿元", 300],
    ["4千亿元", "亿元", 4000],
    ["5十万元", "亿元", 0.005],
    ["2千元", "亿元", 0.00002],
    ["1百元", "亿元", 0.000001],
    ["30000千瓦", "万千瓦", 3],
    ["3万千瓦", "万千瓦", 3],
    ["3千瓦", "千瓦", 3],
    ["3万", "万", 3],
    ["12%", "%", 12],
    ["12％", "%", 12],
    ["1.5个百分点", "百分点", 1.5],
    ["1.5百分点", "百分点", 1.5],
    ["1,234.5", "亿元", 1234.5],
    [".5", "亿元", 0.5],
  ])("%s in a row of %s is %d", (typed, unit, value) =>
    expect(parseTypedNumber(typed, unit)).toEqual({ ok: true, value }),
  );

  test.each<[string, string, "unit" | "unreadable"]>([
    ["12%", "亿元", "unit"],
    ["1.5个百分点", "%", "unit"],
    ["1.5个百分点x", "百分点", "unit"],
    ["1.5x百分点", "百分点", "unit"],
    ["12abc", "亿元", "unit"],
    ["abc12", "亿元", "unreadable"],
    ["12,34", "亿元", "unreadable"],
    ["3千瓦", "亿元", "unit"],
  ])("%s in a row of %s cannot be read (%s)", (typed, unit, reason) =>
    expect(parseTypedNumber(typed, unit)).toEqual({ ok: false, reason, text: typed }),
  );
});
