/**
 * Builds a transformed string while remembering, for every output code unit, the index of the input code
 * unit it came from. Each normalisation pass uses one; `compose` chains the maps back to the original.
 */
export class TextBuilder {
  private parts: string[] = [];
  private origins: Int32Array;
  private length = 0;

  /** `capacity`: the expected output length (the input's, for most passes); the map grows past it if needed. */
  constructor(capacity = 1024) {
    this.origins = new Int32Array(Math.max(16, capacity + 1));
  }

  private reserve(n: number): void {
    if (this.length + n <= this.origins.length) return;
    let size = this.origins.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.origins.subarray(0, this.length));
    this.origins = grown;
  }

  /** Copy input[start, end) unchanged. */
  copy(input: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(input.slice(start, end));
    this.reserve(end - start);
    const o = this.origins;
    let k = this.length;
    for (let i = start; i < end; i++) o[k++] = i;
    this.length = k;
  }

  /** Emit `text` as a replacement for input[start, end); every output unit points at `start`. */
  replace(text: string, start: number, end: number): void {
    this.parts.push(text);
    this.reserve(text.length);
    const span = Math.max(end - start, 1);
    const o = this.origins;
    let k = this.length;
    for (let i = 0; i < text.length; i++) o[k++] = start + Math.min(i, span - 1);
    this.length = k;
  }

  /** The text and its map; the builder is spent afterwards (the map shares its storage). */
  finish(inputLength: number): MappedText {
    this.reserve(1);
    this.origins[this.length] = inputLength;
    return { text: this.parts.join(""), map: this.origins.subarray(0, this.length + 1) };
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

/**
 * The map of a text whose every offset is its input's (the same length, one unit for one). Stands for the
 * identity map without building it; compose treats it as such.
 */
export const SAME_OFFSETS = new Int32Array(0);

/** Chain: `outer` maps into `inner.text`; the result maps into whatever `inner` maps into. */
export function compose(inner: MappedText, outer: MappedText): MappedText {
  if (outer.map === SAME_OFFSETS) return { text: outer.text, map: inner.map };
  if (inner.map === SAME_OFFSETS) return outer;
  const map = new Int32Array(outer.map.length);
  const im = inner.map;
  const om = outer.map;
  for (let i = 0; i < om.length; i++) map[i] = im[om[i]];
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
  let b: TextBuilder | null = null; // made on the first change: most passes change nothing
  let last = 0;
  for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const out = replacer(m);
    if (out === null) continue;
    b ??= new TextBuilder(input.length);
    b.copy(input, last, m.index);
    b.replace(out, m.index, m.index + m[0].length);
    last = m.index + m[0].length;
  }
  if (!b) return null;
  b.copy(input, last, input.length);
  return b.finish(input.length);
}
