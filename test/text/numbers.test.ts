import * as fc from "fast-check";
import { tightenNumbers } from "../../src/text/numbers";

// The rule, written as the pattern it is: a space goes after "digit." (or "digit .") before a digit, between a
// digit and a decimal point that a digit follows (with a space or none), between a CJK character and a digit,
// between a digit and a CJK character or %, and between a percentage and its comparator word. The pass scans
// differently (space to space); it must remove exactly these spaces, and map every offset back.
const RULE =
  /(?<=\d ?\.) (?=\d)|(?<=\d) (?=\. ?\d)|(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff%])|(?<=\d ?%) (?=以上|以下|以内|左右|上下|及以上)/g;

const tighten = (s: string) => tightenNumbers(s)?.text ?? s;

describe("spaces inside figures and between figures and words", () => {
  test.each([
    ["6835. 27亿元", "6835.27亿元"],
    ["增长6 . 5%", "增长6.5%"],
    ["第一. 二", "第一. 二"],
    ["到达 67%", "到达67%"],
    ["1.4 万公里", "1.4万公里"],
    ["跃过 4000 亿元", "跃过4000亿元"],
    ["67 %", "67%"],
    ["1 2", "1 2"],
    ["GDP 5%", "GDP 5%"],
    ["共 3 个 园区", "共3个 园区"],
    ["增长5% 以上", "增长5%以上"],
    ["涨幅3 % 左右", "涨幅3%左右"],
    ["占比5% 的企业", "占比5% 的企业"],
  ])("%s → %s", (input, out) => expect(tighten(input)).toBe(out));

  test("remove exactly the spaces the rule names, in any text", () => {
    const ch = fc.oneof(
      fc.constantFrom(..."0123456789.  %亿增长aZ,。"),
      fc.constantFrom("以上", "左右", "以", "上"),
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 40 }), (chars) => {
        const s = chars.join("");
        const out = tightenNumbers(s);
        expect(out?.text ?? s).toBe(s.replace(RULE, ""));
        if (out) for (let i = 0; i < out.text.length; i++) expect(s[out.map[i]]).toBe(out.text[i]);
      }),
      { numRuns: 3000 },
    );
  });
});
