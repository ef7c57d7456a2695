import fc from "fast-check";
import { WordTable } from "../../src/lexicon/word-table";

const WORDS = ["同比", "同比增长", "增长", "目标", "目标值", "已", "计划", "计划执行"];

/** What a regular expression of the words, longest first, finds: the reading WordTable stands in for. */
const byPattern = (s: string) =>
  [...s.matchAll(new RegExp([...WORDS].sort((a, b) => b.length - a.length).join("|"), "g"))].map((m) => ({
    index: m.index,
    word: m[0],
  }));

describe("WordTable", () => {
  const table = new WordTable(WORDS);

  test("the longest word at a position, the scan going on after it", () =>
    expect(table.scan("工业增加值同比增长5%,计划执行情况已达目标值")).toEqual([
      { index: 5, word: "同比增长" },
      { index: 12, word: "计划执行" },
      { index: 18, word: "已" },
      { index: 20, word: "目标值" },
    ]));

  test("nothing in a text with none of the words", () =>
    expect(table.scan("园区面积12平方公里")).toEqual([]));

  test("finds what the joined pattern finds, on any text of the words' characters", () =>
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(..."同比增长目标值已计划执行,5"), { maxLength: 40 })
          .map((cs) => cs.join("")),
        (s) => expect(table.scan(s)).toEqual(byPattern(s)),
      ),
    ));
});
