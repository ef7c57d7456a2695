// Numbers a planner types: one parser for every input of the pane. What was typed is kept while editing; this
// reads it when the field is left, or says why it cannot.

export type TypedNumber =
  { ok: true; value: number } | { ok: false; reason: "empty" | "unreadable" | "unit"; text: string };

// magnitude words, longest first; 千 only where it is not part of a unit's own name (千瓦, 千米, 千克)
const MAGNITUDES: readonly [string, number][] = [
  ["万亿", 12],
  ["千亿", 11],
  ["百亿", 10],
  ["亿", 8],
  ["千万", 7],
  ["百万", 6],
  ["十万", 5],
  ["万", 4],
  ["千", 3],
  ["百", 2],
];
const NAMED_WITH_QIAN = /^千(?:瓦|瓦时|米|克|伏|帕|卡)/;

/** A unit as a power of ten of its base: 亿元 = 10^8 元, 万千瓦 = 10^4 千瓦, % and 家 are their own base. */
export function unitScale(unit: string): { exp: number; base: string } {
  for (const [word, exp] of MAGNITUDES) {
    if (!unit.startsWith(word)) continue;
    const base = unit.slice(word.length);
    if (word.endsWith("千") && NAMED_WITH_QIAN.test(unit.slice(word.length - 1))) continue;
    if (base === "") continue;
    return { exp, base };
  }
  return { exp: 0, base: unit };
}

/** Shift a decimal numeral by a power of ten without binary rounding (1.1 × 10^4 is 11000, not 11000.000…2). */
function shifted(numeral: string, exp: number): number {
  return Number(`${numeral}e${exp}`);
}

/**
 * Read what a planner typed into a field of a row measured in `unit`: ASCII or full-width digits, a decimal
 * point, a minus sign (- or −), thousands separators, a 万/亿 suffix (0.9万 in a row of 亿元 is 9000 亿元) or the
 * unit itself (5000万元 in a row of 亿元 is 0.5), and % in a row of percentages.
 */
export function parseTypedNumber(raw: string, unit: string): TypedNumber {
  const text = raw;
  const s = raw
    .normalize("NFKC")
    .replace(/[\u2212\u2012\u2013\uFE63]/g, "-")
    .replace(/[\s\u00A0\u2009\u202F]/g, "");
  if (s === "") return { ok: false, reason: "empty", text };
  const m = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(.*)$/.exec(s);
  if (!m) return { ok: false, reason: "unreadable", text };
  const numeral = (m[1] === "-" ? "-" : "") + m[2].replace(/,/g, "");
  let rest = m[3];
  if (rest === "") return { ok: true, value: shifted(numeral, 0) };
  const row = unitScale(unit);
  if (rest === "%") {
    // (a full-width ％ is % after NFKC)
    return unit === "%" ? { ok: true, value: shifted(numeral, 0) } : { ok: false, reason: "unit", text };
  }
  if (unit === "百分点" && /^个?百分点$/.test(rest)) return { ok: true, value: shifted(numeral, 0) };
  // a magnitude word, then nothing, the row's base unit, or the row's own unit
  let exp = 0;
  if (rest !== unit) {
    for (const [word, e] of MAGNITUDES) {
      if (!rest.startsWith(word)) continue;
      if (word.endsWith("千") && NAMED_WITH_QIAN.test(rest.slice(word.length - 1))) continue;
      exp = e;
      rest = rest.slice(word.length);
      break;
    }
  }
  if (rest === "") return { ok: true, value: shifted(numeral, exp) };
  if (rest === unit) return { ok: true, value: shifted(numeral, exp) };
  if (rest === row.base) return { ok: true, value: shifted(numeral, exp - row.exp) };
  return { ok: false, reason: /\d/.test(rest) ? "unreadable" : "unit", text };
}
