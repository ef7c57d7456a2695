import { atomsOf } from "../../src/extract/atoms";
import { perSentence } from "../../src/extract/per-sentence";
import { segment } from "../../src/extract/segment";
import { gazetteer } from "../../src/lexicon/regions";

const text = "2023年,嘉兴市工业增加值增长5%。到2025年,数字经济核心产业增加值达到1000亿元。";
const atoms = segment(text).map((s) => atomsOf(text, s, gazetteer(), 2024));

describe("perSentence", () => {
  test("reads a sentence once and keeps the answer with it, one answer per sentence", () => {
    const seen: number[] = [];
    const length = perSentence((a) => (seen.push(a.sentence.index), a.sentence.text.length));
    expect(atoms.map(length)).toEqual(atoms.map((a) => a.sentence.text.length));
    expect(atoms.map(length)).toEqual(atoms.map((a) => a.sentence.text.length));
    expect(seen).toEqual([0, 1]);
  });

  test("a null answer is kept too, and readers do not see each other's answers", () => {
    let reads = 0;
    const nothing = perSentence(() => (reads++, null));
    const first = perSentence((a) => a.quantities[0]?.value ?? null);
    expect(nothing(atoms[1])).toBeNull();
    expect(nothing(atoms[1])).toBeNull();
    expect(reads).toBe(1);
    expect(first(atoms[1])).toBe(1000e8); // 1000亿元, in 元
    expect(first(atoms[0])).toBe(5);
  });
});
