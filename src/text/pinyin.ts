import { replacePass, type MappedText } from "./text-builder";

// A romanised syllable inserted after a character: "當(dāng)前", "4萬(wàn)億元", or one gloss after another, "面(mian)(mian)".
// With a tone mark, or as one of the toneless particles, a syllable in brackets is a gloss wherever it stands, so real
// parentheses such as "(IAB)" or "(责任单位:…)" survive. Some copies leave a space inside the brackets: "创(chuàng )新".
// Some copies gloss without tone marks, "湖南(nan)湘江新區": a toneless syllable is a gloss only in a text glossed
// throughout (several such glosses), as one alone may be a real note in brackets. Some glosses stand in 【】:
// "高新区【qū】".
const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
const TONED_SYLLABLE = `[a-zü]*[${TONED}][a-zü${TONED}]*`;
const PARTICLE = "de|le|me|men|zi|ne|ma|ba";
// a syllable of standard pinyin written without its tone: an initial (or none), then a final
const TONELESS_SYLLABLE =
  "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|ue|üe|vn|a|o|e|i|u|v|ü)";
const CHARACTER = "[\\u3400-\\u9fff\\uf900-\\ufaff]";
const OPEN = "[(（【]";
const CLOSE = "[)）】]";
// (a syllable has six letters at most)
const SHORT = `(?=[a-zü${TONED}]{1,6} ?${CLOSE})`;
const AFTER_OPEN = ` ?${SHORT}(?:${TONED_SYLLABLE}|${TONELESS_SYLLABLE}) ?${CLOSE}`;
const GLOSS = `${OPEN}${AFTER_OPEN}`;
// (the pattern starts at the bracket and only then looks back for the character before it: a scan that tried every
// character as a start, or looked back from each, would be slow)
const GLOSSES = new RegExp(`${OPEN}(?<=${CHARACTER}${OPEN})${AFTER_OPEN}(?:${GLOSS})*`, "g");
// a run of glosses each of which is one wherever it stands: toned, or a toneless particle
const SURE = new RegExp(`^(?:${OPEN} ?${SHORT}(?:${TONED_SYLLABLE}|${PARTICLE}) ?${CLOSE})+$`);
const TONELESS_GLOSS = new RegExp(`${OPEN}(?<=${CHARACTER}${OPEN})(?:${TONELESS_SYLLABLE})${CLOSE}`, "g");
/** Toneless glosses a text must hold before they are read as glosses. */
const GLOSSED_THROUGHOUT = 5;

/** Whether `items` yields `n` items or more (reading no further). */
function atLeast(items: Iterable<unknown>, n: number): boolean {
  const it = items[Symbol.iterator]();
  for (let seen = 0; seen < n; seen++) if (it.next().done) return false;
  return true;
}

/** Remove pinyin glosses inserted after Chinese characters. */
export function removePinyin(input: string): MappedText | null {
  if (!input.includes("(") && !input.includes("（") && !input.includes("【")) return null;
  // (counted only when a gloss without a tone is met: most texts have none, and are not scanned twice)
  let glossedThroughout: boolean | null = null;
  const throughout = () =>
    (glossedThroughout ??= atLeast(input.matchAll(TONELESS_GLOSS), GLOSSED_THROUGHOUT));
  return replacePass(input, GLOSSES, (m) => (SURE.test(m[0]) || throughout() ? "" : null));
}
