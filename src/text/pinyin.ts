import { replacePass, type MappedText } from "./text-builder";

// A romanised syllable inserted after a character: "當(dāng)前", "4萬(wàn)億元". It must carry a tone mark, or be
// one of the toneless particles, so real parentheses such as "(IAB)" or "(责任单位:…)" survive. Some copies
// leave a space inside the brackets: "创(chuàng )新".
const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
const SYLLABLE = new RegExp(
  `([\\u3400-\\u9fff\\uf900-\\ufaff])[(（] ?((?:[a-zü]*[${TONED}][a-zü${TONED}]*)|de|le|me|men|zi|ne|ma|ba) ?[)）]`,
  "g",
);

/** Remove pinyin glosses inserted after Chinese characters. */
export function removePinyin(input: string): MappedText | null {
  return replacePass(input, SYLLABLE, (m) => (m[2].length <= 6 ? m[1] : null));
}
