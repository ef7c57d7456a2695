import { expectNone, expectOne } from "../helpers/extract-case";

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
