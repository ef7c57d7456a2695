import type { TextWarning } from "../model/schema";
import { TextBuilder, type MappedText } from "./text-builder";
import { isCjk } from "./numbers";

// Page furniture of Chinese news and government sites: navigation, sharing, "related articles" tails.
const FURNITURE_LINE =
  /^(?:当前位置|您的位置|您现在的位置|所在位置|首页\s*[>|｜/»]|主页\s*[>|｜/»]|网站首页|打印本页|关闭窗口|分享到|扫一扫|责任编辑|【打印】|【关闭】|字号|点击[:：]|浏览次数|上一篇|下一篇|图片$|视频$|Network$|返回顶部|版权所有|ICP备|网站地图|联系我们)/;
// a page's number alone on its line, where a printed document's pages broke: "- 1 -", "—2—", "第3页", "第1页 共18页"
const PAGE_NUMBER_LINE = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$/;
// (a negative figure alone on its line, "-5.7", is a table's cell, not a menu's item)
const MENU_ITEM = /^[-•·*]\s*(?![\d.])\S{1,14}$/;
// (a document site's end of the free part, "试读已结束,如需继续阅读…", ends the text as well)
const TAIL =
  /^(?:(?:相关文章推荐|相关阅读|相关新闻|相关链接|延伸阅读|推荐阅读|热点推荐)[:：]?\s*$|(?:试读|免费阅读|阅读)已结束)/;

const SENTENCE_END = /[。！？!?；;：:”」』)）\]】…]$/;
const LIST_MARK =
  /^(?:[一二三四五六七八九十百]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．]|第[一二三四五六七八九十]+[条章节]|[▶■●◆□○]|附件)/;

// up to three runs of printable ASCII, each followed by a space, before a Chinese word, a bracket or a figure
const NOISE_PREFIX = /^(?:[\x21-\x7e]{1,30} +){1,3}(?=[\u4e00-\u9fff【\d])/;
const SYMBOL = /[!"#$%&'()*+,/:;<=>?@[\\\]^_`{|}~]/g;

/**
 * Whether a run of ASCII before a line's words is random noise a spam copy injected, not words of the text: it
 * holds letters and at least three symbols ("D1,O:+[;.", "aI#4H+/ ;~HNpu$"), or one long token of letters, digits
 * and a symbol together ("1H:ea7YVU"). GDP, R&D, PM2.5, "- " or "| " open lines of their own and are none.
 */
function isNoise(run: string): boolean {
  if (!/[A-Za-z]/.test(run) || /https?:|www\./.test(run)) return false;
  if ((run.match(SYMBOL)?.length ?? 0) >= 3) return true;
  return run
    .trim()
    .split(/ +/)
    .some((t) => t.length >= 6 && /[A-Za-z]/.test(t) && /\d/.test(t) && /[^A-Za-z\d.]/.test(t));
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * Line-level clean-up: drop page furniture and a "related articles" tail, drop paragraphs repeated verbatim
 * (spam copies), trim each line, and re-join sentences broken across line breaks or blank lines.
 */
export function cleanLayout(input: string): { result: MappedText; warnings: TextWarning[] } {
  const warnings: TextWarning[] = [];
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= input.length) {
    let end = input.indexOf("\n", pos);
    if (end < 0) end = input.length;
    let s = pos;
    let e = end;
    while (s < e && /\s/.test(input[s])) s++;
    while (e > s && /\s/.test(input[e - 1])) e--;
    // (a spam copy's run of random ASCII before a line's words: "D1,O:+[;. 1-9月,常州…")
    const noise = NOISE_PREFIX.exec(input.slice(s, Math.min(e, s + 64)));
    if (noise && isNoise(noise[0])) s += noise[0].length;
    lines.push({ start: s, end: e, text: input.slice(s, e) });
    pos = end + 1;
  }

  // a menu's item is one of a run of them ("- 首页", "- 新闻", …); one alone between paragraphs heads what
  // follows ("--河北省" over that province's figures in a round-up)
  const menuLike = lines.map((l) => MENU_ITEM.test(l.text));
  const nonEmpty = lines.map((l, i) => (l.text ? i : -1)).filter((i) => i >= 0);
  const inMenu = new Set<number>();
  nonEmpty.forEach((i, k) => {
    if (menuLike[i] && (menuLike[nonEmpty[k - 1] ?? -1] || menuLike[nonEmpty[k + 1] ?? -1])) inMenu.add(i);
  });
  const kept: (Line | null)[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  let duplicates = 0;
  for (const [index, line] of lines.entries()) {
    if (line.text === "") {
      kept.push(null);
      continue;
    }
    if (TAIL.test(line.text)) {
      warnings.push({
        code: "tail_removed",
        message: "page tail after a related-articles heading or the end of a free preview removed",
        at: line.start,
      });
      break;
    }
    if (FURNITURE_LINE.test(line.text) || PAGE_NUMBER_LINE.test(line.text) || inMenu.has(index)) {
      dropped++;
      continue;
    }
    if (line.text.length >= 30) {
      if (seen.has(line.text)) {
        duplicates++;
        continue;
      }
      seen.add(line.text);
    }
    kept.push(line);
  }
  if (dropped > 0)
    warnings.push({ code: "furniture_removed", message: `${dropped} navigation line(s) removed`, at: null });
  if (duplicates > 0) {
    warnings.push({
      code: "duplicate_paragraphs",
      message: `${duplicates} repeated paragraph(s) removed`,
      at: null,
    });
  }

  // A document hard-wrapped at a fixed width breaks most long lines mid-sentence; elsewhere only a break
  // across blank lines inside body text is re-joined.
  const long = kept.filter((l): l is Line => l !== null && l.text.length >= 25);
  const wrapped =
    long.length >= 4 && long.filter((l) => !SENTENCE_END.test(l.text)).length > long.length * 0.5;

  const rows = tableRows(kept);
  const pipes = pipeRows(kept);
  const cellAfter = cellPerLine(kept);
  const firstLine = kept.find((l): l is Line => l !== null) ?? null;
  const b = new TextBuilder(input.length);
  let prev: Line | null = null;
  let blankSincePrev = false;
  let joins = 0;
  // a figure a PDF copy put on a line of its own, between the words before it and its unit: "…税收超\n5\n亿元,…"
  const brokenFigures = figuresOnTheirOwn(kept);
  for (const line of kept) {
    if (line === null) {
      blankSincePrev = prev !== null;
      continue;
    }
    // a markdown table's delimiter row ("|---|---|") goes with the line break before it
    if (pipes.get(line) === "delimiter") continue;
    if (prev) {
      const glue = cellAfter.get(line);
      if (glue !== undefined) {
        // a table laid out one cell per line: the cells of a row go on one line, separated by tabs
        b.replace(glue, prev.end, line.start);
      } else if (brokenFigures.has(line) || brokenFigures.has(prev)) {
        joins++;
      } else if (
        (blankSincePrev ? !itemOfItsOwn(line.text) : wrapped) &&
        prev !== firstLine &&
        continues(prev.text, line.text)
      ) {
        // (the first line of a text is its title or its dateline, never half a sentence: "…,历城区描绘2025年发展蓝图")
        joins++;
      } else {
        b.replace(blankSincePrev ? "\n\n" : "\n", prev.end, line.start);
      }
    }
    if (pipes.has(line)) {
      // "| 地区生产总值 | 亿元 | 7000 |": the pipes at the ends go, those between cells become tabs
      let at = line.start;
      for (const bar of line.text.matchAll(PIPE)) {
        const from = line.start + bar.index;
        const to = from + bar[0].length;
        b.copy(input, at, from);
        b.replace(from === line.start || to === line.end ? "" : "\t", from, to);
        at = to;
      }
      b.copy(input, at, line.end);
    } else if (rows.has(line)) {
      // a row of a table laid out with spaces: its cells are separated by tabs, as an HTML row's are
      let at = line.start;
      for (const gap of line.text.matchAll(CELL_GAP)) {
        b.copy(input, at, line.start + gap.index);
        b.replace("\t", line.start + gap.index, line.start + gap.index + gap[0].length);
        at = line.start + gap.index + gap[0].length;
      }
      b.copy(input, at, line.end);
    } else if (line.text.length >= RUNNING_TEXT && /[。，,;；]/.test(line.text)) {
      // running text copied from a PDF keeps the spaces where its lines wrapped ("第二产 业增加值", "人均地区生
      // 产总值") and its page numbers ("全区经 - 2 - 济"): between two Chinese characters they go
      let at = line.start;
      for (const [from, to] of wrapGaps(line.text)) {
        b.copy(input, at, line.start + from);
        b.replace("", line.start + from, line.start + to);
        at = line.start + to;
      }
      b.copy(input, at, line.end);
    } else b.copy(input, line.start, line.end);
    prev = line;
    blankSincePrev = false;
  }
  if (joins > 0)
    warnings.push({
      code: "lines_joined",
      message: `${joins} sentence(s) broken across lines re-joined`,
      at: null,
    });
  return { result: b.finish(input.length), warnings };
}

// a number alone on its line, and the start of a line that goes on with its unit
const NUMBER_LINE = /^\d+(?:\.\d+)?$/;
const UNIT_START = /^(?:[万亿]|元|美元|%|％|个百分点|[吨人户家个项亩])/;

/**
 * Lines that are a number alone, after a line that ends no sentence and before one that opens with its unit: the
 * three are one sentence a PDF copy broke around the figure ("湖南投资大厦全口径税收超", "5", "亿元,佳兆业广场…").
 */
function figuresOnTheirOwn(kept: readonly (Line | null)[]): Set<Line> {
  const out = new Set<Line>();
  for (let k = 1; k + 1 < kept.length; k++) {
    const [before, line, after] = [kept[k - 1], kept[k], kept[k + 1]];
    if (!before || !line || !after || !NUMBER_LINE.test(line.text)) continue;
    if (SENTENCE_END.test(before.text) || !UNIT_START.test(after.text)) continue;
    out.add(line);
  }
  return out;
}

const CELL_GAP = /[ \t]{2,}|\t/g;
// a line this long with a sentence's punctuation is running text, not a title, a byline or a table row
const RUNNING_TEXT = 60;
const PAGE_NUMBER = / - \d{1,3} - /y;

/** Where a line has a single space, or a page number between spaces (" - 2 - "), between two Chinese characters. */
function wrapGaps(line: string): [number, number][] {
  const gaps: [number, number][] = [];
  for (let i = line.indexOf(" "); i > 0; i = line.indexOf(" ", i + 1)) {
    if (!isCjk(line.charCodeAt(i - 1))) continue;
    PAGE_NUMBER.lastIndex = i;
    const end = PAGE_NUMBER.test(line) ? PAGE_NUMBER.lastIndex : i + 1;
    if (isCjk(line.charCodeAt(end))) {
      gaps.push([i, end]);
      i = end - 1;
    }
  }
  return gaps;
}

/**
 * Lines that are rows of a table laid out with spaces (a PDF or a plain-text statistics release): two or more
 * consecutive lines with the same number (three or more) of cells separated by runs of spaces or tabs.
 */
function tableRows(kept: (Line | null)[]): Set<Line> {
  const rows = new Set<Line>();
  const cells = (l: Line) => (/[。;；]/.test(l.text) ? 0 : l.text.split(CELL_GAP).length);
  for (let i = 0; i < kept.length;) {
    const first = kept[i];
    const n = first ? cells(first) : 0;
    let j = i + 1;
    while (n >= 3 && j < kept.length && kept[j] !== null && cells(kept[j]!) === n) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) rows.add(kept[k]!);
    i = j;
  }
  return rows;
}

const NUMBER_CELL = /^[-+−]?\d[\d,]*(?:\.\d+)?%?$/;
const labelCell = (t: string) => t.length <= 24 && !NUMBER_CELL.test(t) && !/[。;；,，:：]/.test(t);

/**
 * A table copied from a web page one cell per line ("地区生产总值" / "19349.31" / "-5.7" / "第一产业" / …), under
 * headings one per line ("总量" / "(亿元)" / "比上年同期" / "增长(%)"): three or more rows of a label and the same
 * number of figures, and as many headings (or twice as many, a unit line under each) right before them. Returns
 * the lines that continue the line before them, with what joins them: a tab before the next cell, nothing before a
 * heading's unit line.
 */
function cellPerLine(kept: (Line | null)[]): Map<Line, "\t" | ""> {
  const lines = kept.filter((l): l is Line => l !== null);
  const out = new Map<Line, "\t" | "">();
  for (let p = 0; p < lines.length;) {
    // the rows from p: a label, then n figures; a label alone (按产业分) heads a group of rows
    let q = p;
    let n = 0;
    let counted = 0;
    const rows: number[][] = [];
    while (q < lines.length && labelCell(lines[q].text)) {
      let k = q + 1;
      while (k < lines.length && NUMBER_CELL.test(lines[k].text)) k++;
      const figures = k - q - 1;
      if (figures > 0) {
        if (n === 0) n = figures;
        if (figures !== n) break;
        counted++;
      }
      rows.push([q, k]);
      q = k;
    }
    const firstRow = rows.findIndex(([a, b]) => b - a > 1);
    if (counted >= 3 && firstRow >= 0) {
      // the headings right before the first row with figures: n of them, or n pairs when a unit line follows each
      const start = rows[firstRow][0];
      const paired = start >= 2 * n && /^[(（]/.test(lines[start - 2 * n + 1].text);
      const heads = paired ? 2 * n : n;
      const from = start - heads;
      if (from >= 0 && lines.slice(from, start).every((l) => labelCell(l.text))) {
        for (let k = from + 1; k < start; k++) out.set(lines[k], paired && (k - from) % 2 === 1 ? "" : "\t");
        for (const [a, b] of rows.slice(firstRow)) for (let k = a + 1; k < b; k++) out.set(lines[k], "\t");
      }
      p = q;
    } else p = q > p ? q : p + 1;
  }
  return out;
}

const PIPE = /\s*\|\s*/g;
const PIPE_ROW = /^\|(?:[^|\n]*\|){2,}$/;
const DELIMITER_ROW = /^\|(?:\s*:?-{2,}:?\s*\|)+$/;

/**
 * Rows of a markdown table ("| 指标 | 单位 | 2023年 |", then "|---|---|---|"): two or more consecutive lines that
 * start and end with a pipe and hold three or more cells; the delimiter row is marked apart.
 */
function pipeRows(kept: (Line | null)[]): Map<Line, "row" | "delimiter"> {
  const out = new Map<Line, "row" | "delimiter">();
  for (let i = 0; i < kept.length;) {
    let j = i;
    while (j < kept.length && kept[j] !== null && PIPE_ROW.test(kept[j]!.text)) j++;
    if (j - i >= 2)
      for (let k = i; k < j; k++) out.set(kept[k]!, DELIMITER_ROW.test(kept[k]!.text) ? "delimiter" : "row");
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A body-text line (long, with clause punctuation) that stops mid-sentence, followed by a line that is not a new item. */
/**
 * A paragraph of no punctuation at all, after a blank line, is an item of its own — one of a list of points one
 * per paragraph ("赤字率按4%左右安排,赤字规模比上年增加2300亿元" / "一般公共预算支出规模将首次达到30万亿元"), or a
 * heading — not the rest of the sentence before it (in a text hard-wrapped at a fixed width, a line with no blank
 * line before it may well be).
 */
function itemOfItsOwn(line: string): boolean {
  return !/[,，。;；、:：!?！？]/.test(line);
}

function continues(prev: string, next: string): boolean {
  if (prev.length < 25) return false;
  if (!/[,，。;；、]/.test(prev)) return false;
  if (SENTENCE_END.test(prev)) return false;
  if (LIST_MARK.test(next)) return false;
  // a repost's line naming the original title is a title, however long: "原标题:…增长9.6个百分点"
  if (/^原标题[:：]/.test(prev)) return false;
  return /[\u4e00-\u9fff0-9A-Za-z、，,“‘(（]$/.test(prev);
}
