import type { Sentence } from "./types";

// a bullet (●, ■, ▶…) opens a clause of its own: digests list one figure a bullet, lines a sentence may join
export const BULLETS = "●■◆▶•▲★◇□○";
/** A chart's or a table's caption: "图1:2011-2015年地区生产总值及增长速度", "表2 主要农产品产量". */
export const CAPTION = /^\s*[图表]\s*[\d一二三四五六七八九十]+\s*[:：.、\s]/;
// a bulleted item of a digest: "●地区生产总值增长5%;", "◆粮食产量1270万吨。"
const BULLET_ITEM = new RegExp(`^\\s*[${BULLETS}](?=\\s*[\\u4e00-\\u9fff\\d])`);
// (a dash pair opens an item too: "——规模效益实现新提升。…")
const LIST_MARKER =
  /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十百]+[条章节部分]|——(?=[\u4e00-\u9fff]))/;
const END = new Uint8Array(0x10000);
for (const c of "。！？!?") END[c.charCodeAt(0)] = 1;
const CLOSER = new Uint8Array(0x10000);
for (const c of "”’」』)）") CLOSER[c.charCodeAt(0)] = 1;

/** Split normalised text into lines and sentences (。！？ and line ends). */
export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineNo = 0;
  let pos = 0;
  while (pos < text.length) {
    let lineEnd = text.indexOf("\n", pos);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > pos) {
      const line = text.slice(pos, lineEnd);
      const bullet = BULLET_ITEM.exec(line);
      const marker = LIST_MARKER.exec(line) ?? bullet;
      // a table row (cells joined by tabs) is no heading, nor is an item that ends as a list's items do
      // ("●地方一般公共预算收入增长4.3%;")
      const lineIsHeading =
        line.length <= 40 && !/[。!?！？;；,，\t]/.test(line.slice(0, -1)) && !/[;；,，、]$/.test(line);
      let s = pos;
      for (let i = pos; i < lineEnd; i++) {
        if (END[text.charCodeAt(i)] === 1 || i === lineEnd - 1) {
          let e = i + 1;
          while (e < lineEnd && CLOSER[text.charCodeAt(e)] === 1) e++;
          const sentenceText = text.slice(s, e);
          if (sentenceText.trim()) {
            const first = s === pos;
            out.push({
              index: out.length,
              start: s,
              end: e,
              text: sentenceText,
              heading: lineIsHeading || (first && marker !== null && !bullet && sentenceText.length <= 30),
              line: lineNo,
              listMarker: first && marker ? marker[0] : null,
            });
          }
          s = e;
          i = e - 1;
        }
      }
    }
    lineNo++;
    pos = lineEnd + 1;
  }
  return out;
}

const MAX_CLAUSE = 160;
const CLAUSE_OPEN = new Uint8Array(0x10000);

for (const c of `,，;；:：${BULLETS}`) CLAUSE_OPEN[c.charCodeAt(0)] = 1;
const CLAUSE_CLOSE = new Uint8Array(0x10000);
for (const c of `,，;；。!?！？${BULLETS}`) CLAUSE_CLOSE[c.charCodeAt(0)] = 1;

/** Clause boundaries inside a sentence: the clause around `pos` as [start, end). */
export function clauseAround(text: string, sentence: Sentence, pos: number): [number, number] {
  // a clause is short; the bound keeps pathological input (a megabyte without a comma) linear
  const min = Math.max(sentence.start, pos - MAX_CLAUSE);
  const max = Math.min(sentence.end, pos + MAX_CLAUSE);
  let s = pos;
  while (
    s > min &&
    (CLAUSE_OPEN[text.charCodeAt(s - 1)] !== 1 || inNumber(text, s - 1)) &&
    !dashPair(text, s - 2)
  )
    s--;
  let e = pos;
  while (e < max && (CLAUSE_CLOSE[text.charCodeAt(e)] !== 1 || inNumber(text, e)) && !dashPair(text, e)) e++;
  return [s, e];
}

const DASH = 0x2014;

/** A dash pair (——) at `i` sets a clause off ("差距再度拉大——浙江省实现…"); one dash joins a range (15%—20%). */
function dashPair(text: string, i: number): boolean {
  return text.charCodeAt(i) === DASH && text.charCodeAt(i + 1) === DASH;
}

/** A comma between digits groups thousands (6,000亿美元): no clause ends there. */
function inNumber(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2c && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
