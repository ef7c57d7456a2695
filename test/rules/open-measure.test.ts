import { expectNone, expectOne } from "../helpers/extract-case";

const D2024 = "2024年3月1日";

describe("open measure: NP + predicate + Q, any noun phrase", () => {
  test.each([
    ["到2027年,嘉兴市亩均税收达到45万元。", { indicator: "亩均税收", value: 0.0045, unit: "亿元" }],
    [
      "到2027年,嘉兴市林木蓄积量达到300万立方米。",
      { indicator: "林木蓄积量", value: 3000000, unit: "立方米" },
    ],
    [
      "到2027年,嘉兴市有效发明专利拥有量力争突破3万件。",
      { indicator: "有效发明专利拥有量", value: 30000, unit: "件" },
    ],
    [
      "到2027年,嘉兴市光伏装机容量提高至500万千瓦。",
      { indicator: "光伏装机容量", value: 5000000, unit: "千瓦" },
    ],
  ])("%s", (text, fields) =>
    expectOne(text, { kind: "target", region: "嘉兴市", year: 2027, ...fields }, D2024),
  );

  test("a deadline opening a passage dates the sentences after it, until the next list item", () =>
    expectOne(
      "嘉兴市人民政府办公室\n《方案》要求:到2027年,产业体系基本形成。软件业务收入突破800亿元。",
      {
        kind: "target",
        region: "嘉兴市",
        indicator: "软件业务收入",
        value: 800,
        year: 2027,
        comparator: "gt",
      },
      D2024,
    ));

  test("the base year of a comparison is not the figure's year", () =>
    expectOne(
      "到2027年,嘉兴市森林覆盖率比2020年提高到25%。",
      { kind: "target", year: 2027, value: 25, unit: "%" },
      D2024,
    ));

  test.each([
    ["嘉兴市高新技术企业连续两年净增超过200家。"], // a change over years, named by no measure
    ["嘉兴市的发展、改革和开放达到新水平。"],
    ["2023年,嘉兴市位列全国第12位。"],
  ])("nothing from %s", (text) => expectNone(text, D2024));
});

describe("the country is a region of its own", () => {
  test("a central document is about 全国", () =>
    expectOne(
      "国务院关于加快发展数字经济的意见\n到2027年,全国数字经济核心产业增加值占比达到12%左右。",
      { region: "全国", kind: "target", year: 2027, value: 12 },
      D2024,
    ));
  test("全国 in a local text does not make the text national", () =>
    expectOne(
      "2023年,嘉兴市地区生产总值增长6.1%,高于全国平均水平。全国排名靠前,全国百强县。",
      { region: "嘉兴市", kind: "actual", value: 6.1 },
      D2024,
    ));
});
