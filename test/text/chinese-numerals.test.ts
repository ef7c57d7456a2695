// Chinese numerals, with 万 and 亿 in every order they are written: the count before 亿 takes 万 and all.
import * as fc from "fast-check";
import { parseChineseNumeral } from "../../src/extract/atoms/numeral";
import { findQuantities } from "../../src/extract/atoms/quantity";

describe("Chinese numerals", () => {
  test.each([
    ["三万亿", 3e12],
    ["两万亿", 2e12],
    ["万亿", 1e12],
    ["亿", 1e8],
    ["一亿五千万", 1.5e8],
    ["五千万", 5e7],
    ["三千亿", 3e11],
    ["十二万亿", 1.2e13],
    ["一万二千亿", 1.2e12],
    ["一百二十", 120],
    ["三十万", 3e5],
  ])("%s is %d", (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  test("digits run together are no number", () => expect(parseChineseNumeral("三四")).toBeNull());
  test("a figure written in words is the same figure as in digits", () => {
    const t = "GDP超过三万亿,离不开制造业。";
    expect(findQuantities(t, 0, t.length)[0].value).toBe(3e12);
  });
  test("any count of 万 below 亿, written out, reads back", () =>
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (a, b) => {
        const w = "一二三四五六七八九";
        expect(parseChineseNumeral(`${w[a - 1]}亿${w[b - 1]}千万`)).toBe(a * 1e8 + b * 1e7);
      }),
    ));
});

describe("千 after a number written in digits", () => {
  const read = (s: string) =>
    findQuantities(s, 0, s.length).map((q) => [q.value, q.unit?.surface ?? null, q.text]);
  test("multiplies it before a unit (232.2千公顷, 5千吨), so the figure is read, not lost", () => {
    expect(read("播种面积232.2千公顷,")).toEqual([[232200, "公顷", "232.2千公顷"]]);
    expect(read("产量5千吨。")).toEqual([[5000, "吨", "5千吨"]]);
  });
  test("is part of a unit of its own where it makes one (千瓦, 千米), or of 千万 (3千万元)", () => {
    expect(read("装机5千瓦。")).toEqual([[5, "千瓦", "5千瓦"]]);
    expect(read("里程5千米。")).toEqual([[5, "千米", "5千米"]]);
    expect(read("投资3千万元。")).toEqual([[30000000, "元", "3千万元"]]);
  });
});

test("energy written out (2.61亿千瓦小时) is read in 千瓦时", () =>
  expect(findQuantities("用电量2.61亿千瓦小时,", 0, 13).map((q) => [q.value, q.unit?.to])).toEqual([
    [261000000, "千瓦时"],
  ]));

test.each([
  ["货物周转量120亿吨公里,", 12000000000, "吨公里"],
  ["旅客周转量30亿人公里,", 3000000000, "人公里"],
  ["集装箱吞吐量30万标箱,", 300000, "标准箱"],
  ["出笼家禽39.5万羽,", 395000, "羽"],
  ["生猪出栏7.49万头,", 74900, "头"],
  ["植树造林120万株,", 1200000, "株"],
  ["馆藏图书12万册,", 120000, "册"],
  ["能耗总量控制在500万吨标煤,", 5000000, "吨标准煤"],
  ["储能规模达到200兆瓦时,", 200, "兆瓦时"],
  ["光伏装机达到5吉瓦,", 5, "吉瓦"],
  ["新增变电容量300万千伏安,", 3000000, "千伏安"],
  ["建成工业机器人1200台套,", 1200, "台套"],
  ["新增充电桩3000根,", 3000, "根"],
  // rates per a day written 日, and energy's price per 千瓦时
  ["供水能力30万吨/日,", 300000, "吨/日"],
  ["工业电价0.6元/千瓦时,", 0.6, "元/千瓦时"],
])("the units of bulletins' tables: %s", (text, value, unit) =>
  expect(findQuantities(text, 0, text.length).map((q) => [q.value, q.unit?.to])).toEqual([[value, unit]]),
);

test("the base a rate is reckoned per (每千人口, 每百户) is no figure", () =>
  expect(findQuantities("每千人口医师数3.5人,每百户拥有汽车45辆,", 0, 22).map((q) => q.text)).toEqual([
    "3.5人",
    "45辆",
  ]));
