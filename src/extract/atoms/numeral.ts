// Arabic numbers (1,200.5), Chinese numerals (三, 一百二十, 两千), and multipliers after either (1.3万亿, 百亿).

/** The value of each digit written in Chinese (〇, and the ○ some papers write for it, are 0). */
export const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  // (the white circle some papers write for 〇: "二○二六年", "百分之○点一")
  "○": 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/** A count written in digits or in Chinese numerals ("5", "五", "十二"); null if malformed. */
export function readCount(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/** Parse a run of Chinese numerals; null if malformed. */
export function parseChineseNumeral(s: string): number | null {
  if (!s || s.length > 16) return null;
  // completed groups: of 亿 (total), of 万 below it (wan); the part below 万 (section) and a digit not yet placed
  let total = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT) {
      if (digit !== null && digit !== 0 && DIGIT[ch] !== 0) return null; // 三四 is not a number
      digit = DIGIT[ch];
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[ch];
      digit = null;
    } else if (ch === "万") {
      // (万 alone is 一万)
      const v = section + (digit ?? 0) || (total === 0 && wan === 0 ? 1 : 0);
      wan += v * 1e4;
      section = 0;
      digit = null;
    } else if (ch === "亿") {
      // what stands before 亿 is its count, 万 and all: 三万亿 is 3万 亿, not 3万 and 1亿 (亿 alone is 一亿)
      const v = wan + section + (digit ?? 0) || (total === 0 ? 1 : 0);
      total += v * 1e8;
      wan = 0;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + wan + section + (digit ?? 0);
}

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  chinese: boolean;
  /** The last multiplier written (万, 亿, 万亿), or "" for none. */
  multiplier: string;
}

const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;
// 兆 before money or a weight in 斤 is 万亿 (traditional-character texts: 1兆元, 粮食1.4兆斤); before 瓦 or 字节 it is
// the unit's own prefix (mega)
const MULT = /(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百|兆(?=(?:美|港|日)?元|新台币|公?斤))/y;
const MULT_VALUE: Record<string, number> = {
  万亿: 1e12,
  兆: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  十亿: 1e9,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  亿: 1e8,
  万: 1e4,
  千: 1e3,
  百: 100,
};
const CHINESE_RUN = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, "y");

/** Read a number starting exactly at `pos`, or null. */
export function readNumber(text: string, pos: number): NumberToken | null {
  ARABIC.lastIndex = pos;
  const a = ARABIC.exec(text);
  if (a && a[0].length > 24) return null; // a run of digits that long is no figure
  if (a) {
    let value = Number(a[0].replace(/,/g, ""));
    let end = pos + a[0].length;
    let multiplier = "";
    MULT.lastIndex = end;
    const m = MULT.exec(text);
    // 千/百 only as multipliers before a unit-like continuation; 万/亿 always
    if (m && (m[0].includes("万") || m[0].includes("亿") || m[0] === "兆")) {
      value *= MULT_VALUE[m[0]];
      end += m[0].length;
      multiplier = m[0];
    }
    return { start: pos, end, value, chinese: false, multiplier };
  }
  CHINESE_RUN.lastIndex = pos;
  const c = CHINESE_RUN.exec(text);
  if (!c) return null;
  const run = c[0];
  if (run.length > 16) return null;
  // a run that is only 万/亿 is a multiplier word (超亿元, 万亿级), worth one of it
  if (/^[万亿]+$/.test(run)) {
    const v = run === "万亿" ? 1e12 : run === "亿" ? 1e8 : run === "万" ? 1e4 : null;
    return v === null
      ? null
      : { start: pos, end: pos + run.length, value: v, chinese: true, multiplier: run };
  }
  const value = parseChineseNumeral(run);
  if (value === null) return null;
  // an amount with decimals, its multiplier or a percent sign after them: "五点六七兆元", "一点二万亿元", "七．三七％"
  // (Taiwan's papers write the point as a full stop) — not "一点一滴": nothing after it makes it a figure
  CHINESE_DECIMALS.lastIndex = pos + run.length;
  const d = /^[零〇一二三四五六七八九]+$/.test(run) ? CHINESE_DECIMALS.exec(text) : null;
  if (d && (d[2] || text[pos + run.length + d[0].length] === "%")) {
    const decimals = [...d[1]].map((ch) => DIGIT[ch]).join("");
    const times = d[2] ? MULT_VALUE[d[2]] : 1;
    return {
      start: pos,
      end: pos + run.length + d[0].length,
      value: Number(`${value}.${decimals}`) * times,
      chinese: true,
      multiplier: d[2] ?? "",
    };
  }
  const last = /万亿$|亿$|万$/.exec(run);
  return { start: pos, end: pos + run.length, value, chinese: true, multiplier: last ? last[0] : "" };
}
const CHINESE_DECIMALS = /[点.]([零〇○一二三四五六七八九]+)(万亿|亿|万|兆(?=(?:美|港|日)?元|新台币|公?斤))?/y;
