import * as fs from "node:fs";
import * as path from "node:path";
import { cleanName, regionForms, regionQuery } from "../../src/lexicon/names";
import { toSimplifiedRaw } from "../../src/text/t2s";

describe("names typed by people", () => {
  test("traditional, full-width and spaces", () => {
    expect(cleanName(" 裝備製造 ")).toBe("装备制造");
    expect(cleanName("軍民融合及電子信息")).toBe("军民融合及电子信息");
    expect(cleanName("ＡＢＣ１２３")).toBe("ABC123");
  });
  test("region forms and queries", () => {
    expect(regionForms("佛山市")).toEqual(["佛山市", "佛山"]);
    expect(regionForms("北京经开区")).toEqual(["北京经开区"]);
    expect(regionQuery("北京經濟技術開發區")).toBe("北京经开区");
    expect(regionQuery("佛山市人民政府")).toBe("佛山市");
  });
  test("the character table agrees with OpenCC on every character it holds", () => {
    const { pairs } = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "src", "lexicon", "t2s-chars.json"), "utf8"),
    ) as { pairs: string };
    expect(pairs.length).toBeGreaterThan(4000);
    for (let i = 0; i < pairs.length; i += 2) expect(toSimplifiedRaw(pairs[i])).toBe(pairs[i + 1]);
  });
});
