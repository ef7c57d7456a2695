import { expectAll } from "../helpers/extract-case";

// Digests list one figure a bullet; the lines may join into one sentence, and each bullet is a clause of its own.
describe("bulleted lists", () => {
  test("each bullet's figure with its own measure; 经济增长 is the economy's growth; 保持 is a predicate", () =>
    expectAll(
      "东莞市2025年主要预期目标\n\n●经济增长5.5%左右\n\n●粮食产量保持20万吨以上\n\n●城镇调查失业率5.5%左右",
      [
        {
          region: "东莞市",
          indicator: "地区生产总值增速",
          value: 5.5,
          comparator: "approx",
          kind: "target",
          year: 2025,
        },
        { region: "东莞市", value: 200000, unit: "吨", comparator: "gte", kind: "target", year: 2025 },
        { region: "东莞市", indicator: "城镇调查失业率", value: 5.5, unit: "%", kind: "target", year: 2025 },
      ],
      "2025年1月20日",
    ));
});
