import { expectAll, expectNone } from "../helpers/extract-case";

const D = "2024年1月28日";

describe("place-growth: 甲(Y年)增长X%, 今年提出增长Y%", () => {
  test("a place and its growth, last year's and this year's, of the measure the passage named", () =>
    expectAll(
      "各省地区生产总值增长目标出炉。江苏2023年增长5.8%,今年提出增长5%以上。",
      [
        { region: "江苏省", indicator: "地区生产总值增速", value: 5.8, kind: "actual", year: 2023 },
        {
          region: "江苏省",
          indicator: "地区生产总值增速",
          value: 5,
          comparator: "gte",
          kind: "target",
          year: 2024,
        },
      ],
      D,
    ));
  test("no measure named before: no record", () => expectNone("江苏2023年增长5.8%。", D));
  test("a place that does not open the sentence is no topic of its growth", () =>
    expectNone("各省地区生产总值增长目标出炉。与江苏相比,今年提出增长5%以上。", D));
});
