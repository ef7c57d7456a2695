// A measure named once at the head of a series of clauses, the things after it each given by name alone:
// "油菜籽播种面积667公顷,增长21.9%;蔬菜7275公顷,增长1.9%;水果3788公顷…" (蔬菜's figures are its 播种面积), and a
// breakdown after 其中 of what the sentence before measured: "农林牧渔业总产值37.42亿元…。其中,农业29.24亿元,增长4.9%"
// (农业's growth is its 总产值's).
import type { Candidate, SentenceAtoms } from "../types";
import { AMOUNT_HEAD, MEASURE_WRITTEN_ONCE } from "../../lexicon/indicators";

// what parts the clauses of a series: a semicolon (a comma parts a figure from its change within one item)
const SERIES_BREAK = /[;；]/;
// the most characters an item of a series stands before its figure: "农林牧渔服务业1.04亿元,增长"
const ITEM_LENGTH = 40;
// a breakdown of the sentence before: "其中,农业…", "其中:林业…"
const BREAKDOWN = /^\s*其中[,，:：]?/;

/** The measure word a series head names for the things after it: 播种面积 of 油菜籽播种面积, 总产值 of 农林牧渔业 总产值. */
function seriesWord(head: Candidate): string | null {
  if (!head.indicator) return null;
  // (the head's thing written into the measure's name: 油菜籽播种面积)
  const once = MEASURE_WRITTEN_ONCE.exec(head.indicator);
  if (!head.subject && once && once[0] !== head.indicator) return once[0];
  // (the head's thing its subject: 农林牧渔业 总产值)
  return head.subject && AMOUNT_HEAD.test(head.indicator) ? head.indicator : null;
}

/**
 * A candidate of a thing named by itself at the head of its item, with no measure of its own: its level ("蔬菜
 * 7275公顷"), or the change of that level, said right after it ("蔬菜7275公顷,增长1.9%").
 */
function bareItem(text: string, c: Candidate, unit: string | null): boolean {
  if (!c.subject || c.indicator !== null) return false;
  // (an item is short: looked back over a few words only, so a long sentence costs no more per figure)
  let k = c.span[0];
  while (k > c.sentence.start && !/[;；。]/.test(text[k - 1]))
    if (c.span[0] - --k > ITEM_LENGTH) return false;
  const item = text.slice(k, c.span[0]).replace(BREAKDOWN, "");
  if (!item.startsWith(c.subject.name)) return false;
  const rest = item.slice(c.subject.name.length);
  if (!c.change) return !/[,，]/.test(rest);
  // (a change: the item's level in the head's unit, then a clause of the change alone)
  const level = /^[^,，]*\d(?:[\d.]*)\s*([^\d,，]{1,4})[,，]\s*[^,，]{0,4}$/.exec(rest);
  return level !== null && unit !== null && sameUnit(level[1], unit);
}

/** A unit as written (万元, 公顷) is the stored unit (亿元, 公顷). */
function sameUnit(written: string, stored: string): boolean {
  return stored === "亿元" ? /^(?:万|亿|千万|百万)?元$/.test(written) : written === stored;
}

/** Give the things of a series or a breakdown the measure its head names, in place. */
export function carrySeriesMeasure(
  text: string,
  all: readonly SentenceAtoms[],
  bySentence: ReadonlyMap<SentenceAtoms, Candidate[]>,
): void {
  const inOrder = (a: SentenceAtoms | undefined) =>
    [...((a && bySentence.get(a)) ?? [])].sort((x, y) => x.span[0] - y.span[0]);
  for (const atoms of all) {
    const s = atoms.sentence;
    const list = inOrder(atoms);
    if (list.length === 0) continue;
    // a breakdown after 其中 takes the measure of the last level of the sentence before, in its paragraph
    const before = s.index > 0 ? all[s.index - 1] : undefined;
    const broken = before !== undefined && before.sentence.line === s.line && BREAKDOWN.test(s.text);
    const outer = broken
      ? inOrder(before)
          .filter((c) => !c.change)
          .pop()
      : undefined;
    const outerWord = outer ? seriesWord(outer) : null;
    let head: { word: string; unit: string | null } | null =
      outer && outerWord ? { word: outerWord, unit: outer.unit } : null;
    // (whether a semicolon stands between the head and the figure, read once over the sentence: the breakdown's
    // items are all parted from what they break down)
    let parted = head !== null;
    let read = s.start;
    for (const c of list) {
      for (; read < c.span[0]; read++) if (SERIES_BREAK.test(text[read])) parted = true;
      const word = seriesWord(c);
      if (word && !c.change) {
        head = { word, unit: c.unit };
        parted = false;
        read = Math.max(read, c.span[1]);
        continue;
      }
      // (an item of the series: a level in the head's unit, or a change)
      if (head && parted && bareItem(text, c, head.unit) && (c.change || c.unit === head.unit))
        c.indicator = head.word;
    }
  }
}
