/**
 * Builds a transformed string while remembering, for every output code unit, the index of the input code
 * unit it came from. Each normalisation pass uses one; `compose` chains the maps back to the original.
 */
export class TextBuilder {
  private parts: string[] = [];
  private origins: number[] = [];

  /** Copy input[start, end) unchanged. */
  copy(input: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(input.slice(start, end));
    for (let i = start; i < end; i++) this.origins.push(i);
  }

  /** Emit `text` as a replacement for input[start, end); every output unit points at `start`. */
  replace(text: string, start: number, end: number): void {
    this.parts.push(text);
    const span = Math.max(end - start, 1);
    for (let i = 0; i < text.length; i++) this.origins.push(start + Math.min(i, span - 1));
  }

  finish(inputLength: number): MappedText {
    const map = new Int32Array(this.origins.length + 1);
    for (let i = 0; i < this.origins.length; i++) map[i] = this.origins[i];
    map[this.origins.length] = inputLength;
    return { text: this.parts.join(""), map };
  }
}

/** Text plus, for each code unit (and one past the end), its index in the pass's input. */
export interface MappedText {
  text: string;
  map: Int32Array;
}

/** Identity mapping for a text that a pass left unchanged. */
export function identity(text: string): MappedText {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

/** Chain: `outer` maps into `inner.text`; the result maps into whatever `inner` maps into. */
export function compose(inner: MappedText, outer: MappedText): MappedText {
  const map = new Int32Array(outer.map.length);
  for (let i = 0; i < outer.map.length; i++) map[i] = inner.map[outer.map[i]];
  return { text: outer.text, map };
}

/**
 * Apply a regex-driven replacement pass. `replacer` returns the replacement text for a match, or null to
 * keep the match as it is.
 */
export function replacePass(
  input: string,
  pattern: RegExp,
  replacer: (match: RegExpExecArray) => string | null,
): MappedText | null {
  if (!pattern.global) throw new Error("replacePass needs a global pattern");
  pattern.lastIndex = 0;
  const b = new TextBuilder();
  let last = 0;
  let changed = false;
  for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const out = replacer(m);
    if (out === null) continue;
    b.copy(input, last, m.index);
    b.replace(out, m.index, m.index + m[0].length);
    last = m.index + m[0].length;
    changed = true;
  }
  if (!changed) return null;
  b.copy(input, last, input.length);
  return b.finish(input.length);
}
