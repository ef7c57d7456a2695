import { expectAll, expectNone, expectOne } from "../helpers/extract-case";

describe("scale-label: 建设成为X亿级的NP", () => {
  test("千亿级 with a relative period", () =>
    expectOne(
      "天河区力争用三年左右的时间将其建设成为千亿级的互联网产业集聚区。",
      {
        kind: "target",
        subject: "互联网产业集聚区",
        value: 1000,
        unit: "亿元",
        comparator: "gte",
        year: 2020,
        region: "天河区",
      },
      "2017年6月30日",
    ));
  test("a size with no named thing", () => expectNone("天河区共建4个超万亿级产业集群。", "2017年6月30日"));
});

describe("a size class reached is the level itself (规模达到万亿级, 迈上千亿级台阶)", () => {
  test.each([
    ["到2027年,宝鸡市汽车产业规模达到千亿级。", 1000],
    ["到2027年,宝鸡市汽车产业规模迈上千亿级台阶。", 1000],
    ["到2030年,宝鸡市汽车产业规模达到五千亿级,产业链更加完善。", 5000],
  ])("%s", (text, value) =>
    expectOne(
      text,
      { subject: "汽车产业", indicator: "规模", value, unit: "亿元", comparator: "gte", kind: "target" },
      "2024年3月1日",
    ),
  );
  test("a class before the things it describes stays a description", () =>
    expectAll(
      "到2027年,宝鸡市打造2个千亿级、3个五百亿级产业集群。",
      [
        { subject: "千亿级产业集群", value: 2, unit: "个" },
        { subject: "五百亿级产业集群", value: 3, unit: "个" },
      ],
      "2024年3月1日",
    ));
});
