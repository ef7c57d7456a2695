import type { Comparator } from "../../src/model/schema";
import { expectOne } from "../helpers/extract-case";

// Each comparator word as planners write it, alone (no 以内/以上 after the figure to say it again).
describe("comparator words before the figure", () => {
  test.each<[string, Comparator]>([
    ["控制在", "lte"],
    ["不超过", "lte"],
    ["不低于", "gte"],
    ["超过", "gt"],
    ["达到", "eq"],
  ])("城镇调查失业率%s5.5%%", (word, comparator) =>
    expectOne(
      `到2025年,东莞市城镇调查失业率${word}5.5%。`,
      { region: "东莞市", value: 5.5, comparator },
      "2021年3月1日",
    ),
  );
});

describe("a comparator's character that ends another word is no comparator", () => {
  test("新签约132个项目: 约 of 签约", () =>
    expectOne(
      "2024年,东莞市新签约132个项目。",
      { region: "东莞市", value: 132, comparator: "eq" },
      "2025年1月10日",
    ));
  test("约 alone is about so much", () =>
    expectOne("2024年,东莞市签约项目约132个。", { value: 132, comparator: "approx" }, "2025年1月10日"));
});
