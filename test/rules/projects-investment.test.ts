// Projects and their total investment written as what the projects are: two figures, the count and the amount.
import { expectAll, run } from "../helpers/extract-case";

const D = "2024年1月1日";

describe("projects-investment: 总投资Q的N个(…)项目", () => {
  test.each([
    ["2024年,绍兴市将全年推进总投资1800亿元的350个500万元以上项目。", "项目", 1800, 350],
    ["2024年,绍兴市将实施总投资900亿元的重点项目120个。", "重点项目", 900, 120],
  ])("%s", (text, things, amount, count) =>
    expectAll(
      text,
      [
        { subject: things, indicator: "总投资额", value: amount, unit: "亿元", kind: "target", year: 2024 },
        { subject: things, value: count, unit: "个", kind: "target", year: 2024 },
      ],
      D,
    ),
  );
  test("an amount of something else before 的 stays no figure", () => {
    const r = run("2024年,绍兴市将引进总部型企业,培育营收超100亿元的企业5家。", D);
    expect(r.records.some((x) => x.indicator === "总投资额")).toBe(false);
  });
});

describe("a threshold each project passes is no total", () => {
  test("总投资超10亿元的项目500个 counts the projects; 超10亿元 is no 总投资额", () => {
    const r = run("“十四五”期间,嘉兴市引进总投资超10亿元的产业项目500个。", "2022年2月8日");
    expect(r.records.some((x) => x.indicator === "总投资额")).toBe(false);
    expect(r.records.find((x) => x.value === 500)?.kind).toBe("target");
  });
});

describe("the investment of projects a clause before counted", () => {
  test("实施重大项目86个,…,完成投资175亿元 is those projects' investment, not the place's", () => {
    const r = run(
      "2023年,嘉兴高新区实施市重大项目86个,开工率100%,完成投资175亿元。全年完成投资300亿元。",
      "2024年4月29日",
    );
    expect(r.records.filter((x) => x.indicator === "投资").map((x) => [x.subject, x.value])).toEqual([
      ["市重大项目", 175],
      [null, 300],
    ]);
  });
});

describe("a clause of the total investment alone, after the projects counted (安排…项目85项,总投资825亿元)", () => {
  test.each([
    ["2023年,绍兴市安排市重点项目85项,总投资825.42亿元,年度计划投资193.22亿元。", "市重点项目", 825.42],
    ["2023年,绍兴市新开工项目97个,总投资264.39亿元。", "新开工项目", 264.39],
    ["2024年,绍兴市引入超亿元产业项目27个,计划总投资额535.73亿元。", "超亿元产业项目", 535.73],
    ["绍兴市列入2024年重点项目计划共60项,计划总投资500亿元。", "重点项目", 500],
  ])("%s", (text, things, amount) =>
    expect(
      run(text, D)
        .records.filter((r) => r.indicator === "总投资额")
        .map((r) => [r.subject, r.value]),
    ).toEqual([[things, amount]]),
  );
  test("a total investment after no count of projects keeps no subject", () =>
    expect(
      run("2024年,绍兴市固定资产投资增长5%,总投资300亿元。", D)
        .records.filter((r) => r.indicator === "总投资额")
        .map((r) => r.subject),
    ).not.toContain("项目"));
});
