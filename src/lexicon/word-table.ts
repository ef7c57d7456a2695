/**
 * Words found by their first character: at each position of a text the longest word that starts there, the scan
 * going on after it — what a regular expression of the words joined longest first finds, without trying every
 * word at every position.
 */
export class WordTable {
  private readonly first = new Uint8Array(0x10000);
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      const c = w.charCodeAt(0);
      this.first[c] = 1;
      const list = this.byFirst.get(c);
      if (list) list.push(w);
      else this.byFirst.set(c, [w]);
    }
  }

  /** Every word in `s`, in order, none overlapping another: its index and the word. */
  scan(s: string): { index: number; word: string }[] {
    const out: { index: number; word: string }[] = [];
    for (let i = 0; i < s.length;) {
      const c = s.charCodeAt(i);
      const word = this.first[c] === 1 ? this.byFirst.get(c)!.find((w) => s.startsWith(w, i)) : undefined;
      if (word) {
        out.push({ index: i, word });
        i += word.length;
      } else i++;
    }
    return out;
  }
}
