/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. Stable across runs, machines and browsers. */
export function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0xcbf29ce4 | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ (c + (h1 >>> 24)), 0x01000193);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/** A record id: short, stable for the same document text and figure. */
export function stableId(key: string): string {
  return "r" + fnv1a64(key).slice(0, 12);
}
