import type { Comparator, Direction, RecordKind, Span } from "../model/schema";
import type { RegionEntry } from "../lexicon/regions";
import type { UnitDef } from "../lexicon/units";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** A short line of its own without sentence punctuation, or a numbered heading. */
  heading: boolean;
  /** Index of the line (paragraph) the sentence sits in. */
  line: number;
  /** Text of a list marker the line starts with (一、 (一) 1.), if any. */
  listMarker: string | null;
}

export interface QuantityAtom {
  span: Span;
  /** Where the number itself starts (after any comparator word). */
  numberStart: number;
  value: number;
  valueMax: number | null;
  unit: UnitDef | null;
  /** A bare 亿/万亿 with no unit: money if the measure is money. */
  bareYi: boolean;
  /** Digits and a bare 万 with no unit ("新增就业1200万"): people if the measure counts people. */
  bareWan?: boolean;
  /** A multiple ("增长2.5倍", "是2005年的2.4倍"): shown as a figure not used, never read as a value. */
  times?: boolean;
  comparator: Comparator | null;
  /** Written with Chinese numerals (三个, 一到两个). */
  chinese: boolean;
  /** Followed by 的 or directly by a noun: it describes something ("超10亿元的项目"), it is not a figure. */
  attributive: boolean;
  text: string;
}

export interface YearAtom {
  span: Span;
  year: number;
  /** Written as a number in the sentence (2026年), versus relative (今年, 十四五末) resolved by the date. */
  explicit: boolean;
  /** 到/至/截至 …年: a deadline. */
  by: boolean;
  /** A part of a year said alone (上半年, 一季度), dated by the document: the passage's own year comes first. */
  partAlone?: true;
}

export interface RegionAtom {
  span: Span;
  entry: RegionEntry | null;
  /** 我市, 全区, 本市: the document's own region. */
  self: "city" | "district" | null;
  ambiguous: RegionEntry[];
  /** A development zone named without its place ("…松山湖高新区"): the text up to four characters before the
   * suffix, resolved to a zone the document names in full, else to `placed`. */
  bare?: string;
  /** The zone of a bare name that starts with one known district, county or city without its 区/县/市
   * (曾都经济开发区 → inside 曾都区), when the document names no zone it could be. */
  placed?: RegionEntry;
}

export interface NamedAtom {
  span: Span;
  name: string;
}

export interface IndicatorAtom extends NamedAtom {
  money: boolean;
}

export interface CueAtom {
  span: Span;
  kind: RecordKind;
  /** Strong cues decide; weak ones only break ties. */
  strong: boolean;
  word: string;
}

/** Every atom of one sentence, with offsets into the document text. */
export interface SentenceAtoms {
  sentence: Sentence;
  quantities: QuantityAtom[];
  years: YearAtom[];
  regions: RegionAtom[];
  subjects: NamedAtom[];
  indicators: IndicatorAtom[];
  cues: CueAtom[];
  /** What steps read once per sentence, by slot: see `perSentence`. */
  kept: unknown[];
}

/** A partial fact: rules fill what the sentence states, refiners what context implies, resolve closes it. */
export interface Candidate {
  rule: string;
  sentence: Sentence;
  span: Span;
  value: number;
  valueMax: number | null;
  unit: string | null;
  comparator: Comparator | null;
  /** The comparator came from a tier label (万亿产业集群) rather than a comparator word. */
  comparatorImplied?: boolean;
  subject: { name: string; stated: boolean } | null;
  /** The measure the figure is of (地区生产总值, 占地区生产总值比重); what of it and when are the next two. */
  indicator: string | null;
  /** The figure is a change of the measure: which (增速, 降幅, 年均增速, 提高百分点…). */
  change?: Change | null;
  /** The part of the year or the span the figure covers (上半年, 1-5月, 2021-2025, 每年). */
  period?: string | null;
  region: { entry: RegionEntry; stated: boolean } | null;
  /** Another region the sentence names before the figure, when the region was only inherited. */
  regionConflict?: string;
  /** `guessed`: only the document's own date gave it — no year in the sentence, its passage or its title. */
  year: { year: number; stated: boolean; guessed?: boolean } | null;
  kind: RecordKind | null;
  /** The measure is the one the passage speaks of (a round-up: "甲、乙的目标是增长7%"), filled in by context. */
  measureFromContext?: boolean;
  /** The value a change started from (由A增至B) with no year of its own: the start of the years its passage looks
   * back over ("过去五年,…由1388家增至7100家"), else of no known year. */
  fromStart?: true;
  /** A change's direction (增长 rise, 下降 fall); null for a level. */
  direction?: Direction | null;
}

/** What of a measure a change is; the record's indicator names it after the measure, once, in resolve. */
export type Change = `${"" | "年均"}${"增速" | "降幅"}` | "提高百分点" | "下降百分点";

/** The measure a name with its growth in it stands for (GDP增速 → GDP), when the figure is that growth. */
export function measureOfGrowth(name: string): string {
  return name.replace(/增速$/, "");
}

/** A rise or a fall, in the form a change of that direction takes. */
export function changeOf(falling: boolean, points = false, average = false): Change {
  if (points) return falling ? "下降百分点" : "提高百分点";
  return `${average ? "年均" : ""}${falling ? "降幅" : "增速"}`;
}

/**
 * The record's indicator: the measure, then what of it (a change), then when (a period, its span written with
 * a hyphen: 1-5月, 2021-2025), e.g. 工业增加值增速(上半年).
 */
export function indicatorName(c: Pick<Candidate, "indicator" | "change" | "period">): string | null {
  const period = c.period ? `(${c.period.replace(/[—–~至到]/, "-")})` : "";
  const name = `${c.indicator ?? ""}${c.change ?? ""}${period}`;
  return name || null;
}

export interface DocumentContext {
  date: { year: number; month: number | null; day: number | null } | null;
  region: RegionEntry | null;
}
