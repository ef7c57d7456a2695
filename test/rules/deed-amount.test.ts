import { expectAll, expectNone, run } from "../helpers/extract-case";

const D = "2023年1月1日";

describe("deed-amount: a deed, its object, an amount in a physical unit", () => {
  test("several deeds in one sentence, each its own record", () =>
    expectAll(
      "到2026年,东莞市盘活存量建设用地5000亩,节约标准煤20万吨,复垦土地800公顷。",
      [
        { indicator: "盘活存量建设用地", value: 5000, unit: "亩", kind: "target", year: 2026 },
        { indicator: "节约标准煤", value: 200000, unit: "吨", kind: "target", year: 2026 },
        { indicator: "复垦土地", value: 800, unit: "公顷", kind: "target", year: 2026 },
      ],
      D,
    ));

  test("counts, money and changes are other rules' or none", () => {
    const r = run("到2026年,东莞市淘汰落后企业50家,节约资金2亿元,减少了一半。", D);
    expect(r.records.filter((x) => r.trace.get(x.id) === "deed-amount")).toEqual([]);
  });

  test("a deed with more than the topic before it is not read this way", () =>
    expectNone("东莞市提出的一批措施中腾出的用地20平方公里为最多。", D));
});
