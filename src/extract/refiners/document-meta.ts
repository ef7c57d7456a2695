// Document title, issuer, date and home region, found in the text itself.
import {
  NATION,
  namesNoPlace,
  parseZone,
  ZONE_KINDS,
  type Gazetteer,
  type RegionEntry,
  PAPER_PLACES,
  PROVINCE_OF_DOCUMENT_NUMBER,
  PROVINCES_BY_NUMBER,
  TOWN_KINDS,
} from "../../lexicon/regions";
import { countryDescribes, isVenue, NOT_A_NAME } from "../atoms/region";
import { VERBISH } from "../phrases";
import { ACCOMPLISHMENTS, AIMS, COUNTED_DEEDS, POLICY_ACTIONS } from "../../lexicon/verbs";
import { contentsLength, DATE_LINE, PLAN_KINDS, titleLineOf } from "./title";
import type { TextWarning } from "../../model/schema";
import type { RegionAtom, Sentence } from "../types";
import { arabicYears, PLAN_END } from "../atoms/year";
import { readCount } from "../atoms/numeral";
import { COMPARED_WITH } from "../../lexicon/predicates";

export interface DocumentMeta {
  title: string;
  issuer: string | null;
  date: string | null;
  year: number | null;
  region: RegionEntry | null;
  /**
   * The one year the title names, when it names exactly one and not as a range or a target:
   * "昆山市2023年…统计公报" is about 2023 though dated 2024. Unstated years fall back to it.
   */
  titleYear: number | null;
  /**
   * The title's one year is that of a meeting where the text's opening presents a five-year plan's outline
   * ("2026年两会特别报道" over "…编制了《…第十五个五年规划纲要(草案)》"): it dates neither the figures nor a section.
   */
  meetingTitle: boolean;
  /**
   * What kind of text the title says it is: a plan (行动计划, 实施方案, 规划, 意见, 措施) sets targets; a 统计公报 reports
   * only; a 计划执行情况 report or a 政府工作报告 does both (their passages and cues decide); null when unknown.
   */
  genre: "plan" | "bulletin" | "report" | "incentive" | null;
  /** The last year of the period a plan's title names ("三年行动计划(2023—2025年)" → 2025). */
  planEnd: number | null;
  /**
   * The last year of the latest five-year plan the text names ("十四五" → 2025): an undated text that speaks of
   * the 十四五 looks back on the 十三五.
   */
  latestFiveYearPlan: number | null;
  warnings: TextWarning[];
}

const GENRES: readonly [RegExp, DocumentMeta["genre"]][] = [
  [/统计公报|统计年鉴/, "bulletin"],
  // what an investor or an applicant must meet and may get: no targets of the place's
  [
    /入园(?:信息|条件|须知|对象)|招商(?:引资)?(?:政策|信息|指南|须知)|优惠政策|申报(?:指南|通知|条件)|奖补(?:政策|办法|细则)|认定(?:办法|标准)|扶持(?:办法|政策)/,
    "incentive",
  ],
  // (a plan's review is a report: "“十二五”规划交出期中成绩单", "…规划中期评估报告")
  [/执行情况|工作报告|工作总结|工作回顾|成绩单|中期评估|完成情况/, "report"],
  [new RegExp(`${PLAN_KINDS}|规划|三年行动|攻坚行动`), "plan"],
];

// the country named as a yardstick: "增速居全国第二十位", "高于全国平均"
const YARDSTICK_BEFORE = new RegExp(`(?:居|列|比|较|${COMPARED_WITH})$`);
// "一、2024年工作回顾", "2023年政府工作回顾"
const REVIEW_HEADING = /^(?:[一二三四五六七八九十]+、)?(\d{4})年(?:政府)?工作回顾$/;
const FUTURE_WORDS = /将|要|力争|目标|计划|预期|今年/;
const REPORT_DELIVERED = /作(?:了)?政府工作报告|政府工作报告[》”"]?中?(?:指出|提出|显示)/;
const REVIEW_SAID = /报告[^。;；]{0,6}?回顾了?(\d{4})年(?:的)?(?:政府)?工作/;
// a news agency's dateline, its year unsaid, and the place it was filed from: "新华社北京12月26日电", "中新社北京…"
const AGENCY_DATELINE = /(?:社|网)([\u4e00-\u9fff]{2,4}?)(\d{1,2})月(\d{1,2})日电/;
const ISO_DATE = /(?:发表于|发布时间|发布日期|时间|日期)?[:：]?\s*(\d{4})-(\d{1,2})-(\d{1,2})/;
// (after a paper's name too: "长江日报 2025年01月17日", "浙江日报 数字报纸 2024年03月01日"; or after a page's empty
// table cells: "| | | 2019年01月28日 星期一")
// a session of the national congress or conference by its term and sitting: 十四届全国人大二次会议, 第十四届全国人民代表
// 大会第一次会议, 全国政协十四届二次会议 (terms from 十届, 2003; each sitting in its own year) — not one looked back
// to ("十四届全国人大一次会议以来")
const NATIONAL_SESSION =
  /(?:(?:第)?十([一二三四五])?届全国(?:人民代表大会|人大)(?:第)?([一二三四五])次(?:全体)?会议|全国政协(?:第)?十([一二三四五])?届(?:第)?([一二三四五])次(?:全体)?会议)(?![^,，。;；]{0,4}以来)/;
const DATELINE =
  /^(?:[|｜]\s*)*(?:——|—|--|[(（]|(?:发布时间|发布日期|发表于|时间|日期)[:：]?|[\u4e00-\u9fff]{2,6}(?:日报|晚报|都市报|快报|报)(?:\s*[\u4e00-\u9fff]{2,6}\s)?)?\s*(\d{4})年(\d{1,2})月(\d{1,2})日/;
// a year in a title; one after 到 or a range's dash, or before a deed to be done ("2025年建成…体系"), is a deadline,
// and one before 远景 a vision's ("…第十四个五年规划和二〇三五年远景目标的建议"): neither dates the text
const TITLE_YEAR =
  /(到|至|[-—–~～])?(\d{4})(?=年|[-—–~～]\d{4}年)(?!年(?:底|末|前)?[,，]?(?:建成|实现|达到|突破|力争|将|要|形成|迈上|跻身|基本|全面|培育|打造|冲刺|远景))/g;
// deeds and verbs a district's name may look like (新建区, 和平区): as words they name no district
const DEED_WORDS = new Set<string>([...COUNTED_DEEDS, ...POLICY_ACTIONS, ...ACCOMPLISHMENTS, ...AIMS]);
const UNKNOWN_ZONE_TITLE = new RegExp(`^([A-Za-z]{1,4}|[\\u4e00-\\u9fff]{2,6}?)(?:${ZONE_KINDS})`);
// …or with a town or subdistrict, which no list holds: "凤鸣街道办事处工作报告", "某某镇2024年工作总结"
const TOWN_TITLE = new RegExp(
  `^([\\u4e00-\\u9fff]{2,4}?)(?:${TOWN_KINDS})(?:办事处|人民政府|党委|党工委|人大|\\d{4}年|工作)`,
);
const CENTRAL =
  /国务院|中共中央|党中央|全国人大|全国两会|全国政协|国家发展改革委|国家发改委|国家统计局|国家工信部|工业和信息化部/;
// the centre named as whose decisions a place carries out ("全区坚决贯彻落实党中央、省市的决策部署") is no issuer
const CENTRAL_OBEYED = new RegExp(
  `(?:贯彻|落实|按照|根据|遵照|响应|学习)[^,，。;；]{0,6}(?:${CENTRAL.source})[^,，。;；]{0,12}(?:决策部署|部署|精神|要求|号召|指示)`,
  "g",
);
// "全国首个", "居全国前列": the country as a yardstick
// ("保持全国省级地区最优水平", "居全国同类城市前列": the country's places as the yardstick)
const RANKED =
  /^(?:(?:省级地区|省份|省区市|同类城市|大中城市|地级以上城市|城市)中?)?(?:首|第|前列|前[一二三四五六七八九十\d]|领先|平均|之最|排名|最)/;
const ISSUER = /^(?:[\u4e00-\u9fff]{2,20}(?:人民政府|办公厅|办公室|委员会|局|厅|管委会|政府))$/;

// a document's number alone on its line: the issuer's short name, its kind of document, the year, the number
// ("皖政办秘〔2024〕56号", "川府发[2023]12号", "浙政发〔2023〕4号")
const DOCUMENT_NUMBER = /^([\u4e00-\u9fff])(?:政|府)[\u4e00-\u9fff]{0,4}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号$/;

/** The province a document number at the head of a text names as its issuer, or null. */
function provinceOfDocumentNumber(head: readonly string[], gaz: Gazetteer): RegionEntry | null {
  for (const line of head.slice(0, 4)) {
    const m = DOCUMENT_NUMBER.exec(line);
    const name = m ? PROVINCE_OF_DOCUMENT_NUMBER[m[1]] : undefined;
    if (name) return gaz.lookup(name)[0] ?? null;
  }
  return null;
}

/** The first (or last) `n` non-empty lines, trimmed, in reading order from the chosen end. */
function nonEmptyLines(text: string, n: number, fromEnd: boolean): string[] {
  const out: string[] = [];
  // fromEnd: `pos` is the end of the next line to read, -1 when the text is used up
  let pos = fromEnd ? text.length : 0;
  while (out.length < n && (fromEnd ? pos >= 0 : pos <= text.length)) {
    let start: number;
    let end: number;
    if (fromEnd) {
      const nl = pos === 0 ? -1 : text.lastIndexOf("\n", pos - 1);
      start = nl + 1;
      end = pos;
      pos = nl;
    } else {
      const nl = text.indexOf("\n", pos);
      start = pos;
      end = nl < 0 ? text.length : nl;
      pos = nl < 0 ? text.length + 1 : nl + 1;
    }
    const line = text.slice(start, end).trim();
    if (line) out.push(line);
  }
  return out;
}

// "比2019年同期增长13.4%,两年平均增长6.5%": a change against a year, averaged over the years since
const AVERAGED_SINCE = /(?:比|较)(\d{4})年同期[^。;；,，]{0,12}[,，]\s*([两二三四\d])年平均/;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** `title:` and `date:` lines of a markdown front matter among the first lines. */
function frontMatter(head: string[]): { title: string | null; date: string | null } {
  let title: string | null = null;
  let date: string | null = null;
  for (const line of head) {
    const t = /^title:\s*['"]?(.+?)['"]?\s*$/.exec(line);
    if (t && !title) title = t[1];
    const d = /^date:\s*(.+)$/.exec(line);
    if (!d || date) continue;
    const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(d[1]);
    // RFC 2822 as feeds write it: "Fri, 24 Sep 2021 09:40:57 GMT"
    const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(d[1]);
    if (iso) date = `${iso[1]}-${pad(iso[2])}-${pad(iso[3])}`;
    else if (rfc && MONTHS.includes(rfc[2].toLowerCase()))
      date = `${rfc[3]}-${pad(String(MONTHS.indexOf(rfc[2].toLowerCase()) + 1))}-${pad(rfc[1])}`;
  }
  return { title, date };
}

function pad(n: string): string {
  return n.padStart(2, "0");
}

export function documentMeta(
  text: string,
  sentences: Sentence[],
  regionsOf: (s: Sentence) => RegionAtom[],
  gaz: Gazetteer,
): DocumentMeta {
  const warnings: TextWarning[] = [];
  // (a table of contents the text opens with is passed over: its title and opening follow it)
  const firstLines = nonEmptyLines(text, 30, false);
  const contents = contentsLength(firstLines);
  const head = firstLines.slice(contents, contents + 10);
  const tail = nonEmptyLines(text, 4, true).reverse();

  const titleLine = titleLineOf(head);
  // markdown front matter (title: '…', date: …) names the title and the date outright
  const front = frontMatter(head);
  const title = (front.title ?? titleLine)
    .replace(/\s+\d{4}-\d{2}-\d{2}.*$/, "")
    // a web page's <title> ends with the site or column: "…稳中有进_新闻中心", "… - 市政府门户网站"
    .replace(/^(.{6,}?)(?:\s*[_|｜]\s*|\s+[-—]\s+)[^_|｜]{2,20}$/, "$1")
    .trim();

  // a news agency's dateline in the opening: a wire story, of the day and place it names
  const wireDateline = AGENCY_DATELINE.exec(
    sentences
      .slice(0, 4)
      .map((x) => x.text)
      .join(""),
  );
  // a signature date at the end is the document's own date; a header date may be a repost's
  let date: string | null = null;
  for (const line of [...tail].reverse()) {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(line);
    if (m) {
      date = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
      break;
    }
  }
  date ??= front.date;
  if (!date) {
    // a dateline under the title: "——2024年1月6日在…会议上", "（2024年1月6日…）", "发布时间:2024年7月25日"
    for (const line of head) {
      const m = DATELINE.exec(line);
      if (m && line.length <= 80 && Number(m[1]) > 1949) {
        date = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
        break;
      }
    }
  }
  if (!date) {
    for (const line of head) {
      const m = ISO_DATE.exec(line);
      if (m && Number(m[1]) > 1949) {
        date = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
        break;
      }
    }
    // a site's stamp (时间:2022-03-27) on a report whose opening submits an earlier year's plan draft
    // ("现将2007年…计划执行情况及2008年…计划草案提请…审议") is a repost's date: the report is of that year
    const draft = date
      ? /(\d{4})年(?:国民经济和社会发展)?计划(?:\(草案\)|（草案）|草案)/.exec(
          sentences
            .slice(0, 6)
            .map((x) => x.text)
            .join(""),
        )
      : null;
    if (draft && Number(draft[1]) < Number(date!.slice(0, 4))) {
      warnings.push({
        code: "date_inferred",
        message: `the page's date ${date} is a repost's; year ${draft[1]}, whose plan draft the report submits`,
        at: null,
      });
      date = draft[1];
    }
    // …and a stamp earlier in its year than the news agency's dateline under it ("发布时间:2024-11-16" over
    // "新华社北京12月26日电") is a repost's too: the news is of that day the year before
    const agency = date && date.length === 10 ? wireDateline : null;
    if (agency && date) {
      const [month, day] = [Number(agency[2]), Number(agency[3])];
      const [y, m, d] = date.split("-").map(Number);
      if (month > m || (month === m && day > d)) {
        const original = `${y - 1}-${pad(agency[2])}-${pad(agency[3])}`;
        warnings.push({
          code: "date_corrected",
          message: `the page's date ${date} is before its dateline's ${month}月${day}日: a repost of ${original}`,
          at: null,
        });
        date = original;
      }
    }
  }
  // news of a national session its opening reports ("十四届全国人大二次会议5日上午开幕", "…在十四届全国人大一次会议上
  // 所作的《政府工作报告》"): the session's year, as sure as a date line — the congress and the conference meet
  // each March, their terms of five years numbered from 十届 (2003)
  if (!date) {
    const opening = [title, ...sentences.slice(0, 4).map((x) => x.text)].join("");
    const session = NATIONAL_SESSION.exec(opening);
    if (session) {
      const term = session[1] ?? session[3];
      const sitting = session[2] ?? session[4];
      const year = 2003 + 5 * (term ? "一二三四五".indexOf(term) + 1 : 0) + "一二三四五".indexOf(sitting);
      warnings.push({
        code: "date_from_session",
        message: `no date in the document; year ${year}, of the national session its opening reports`,
        at: null,
      });
      date = String(year);
    }
  }
  // without a date, a year stands in for it (and says so): the latest one of what is read
  const inferred = (years: number[], from: string) => {
    const latest = Math.max(0, ...years);
    if (latest <= 1949 || latest > 2100) return null;
    warnings.push({
      code: "date_inferred",
      message: `no date in the document; year ${latest} ${from}`,
      at: null,
    });
    return String(latest);
  };
  // a report or plan names its year in the title: "2024年…政府工作报告", "…2023年计划执行情况与2024年计划草案",
  // "三年行动计划(2024—2026年)" (a range counts by its start); "到2025年" is a target, not a date
  // (a first line that is a paragraph is no title: its years are the opening's)
  const realTitle = title.length <= 80 && !/[。;；]/.test(title);
  if (realTitle && date === null) {
    date = inferred(
      [...arabicYears(title).matchAll(TITLE_YEAR)].filter((m) => !m[1]).map((m) => Number(m[2])),
      "taken from its title",
    );
    // a headline on last year's result ("2024年广东GDP预计突破14万亿元") over a report that presents the next
    // year's 主要预期目标: the report, and the text, are of that next year
    const next = date === null ? null : Number(date) + 1;
    if (next !== null && new RegExp(`${next}年[^。;；]{0,16}?主要预期目标`).test(text))
      date = inferred([next], "whose 主要预期目标 it presents");
  }
  // "今年(2024年)", "去年(2023年)", "今(2024)年": the text says which year its 今年 is
  if (!date) {
    const named = /(今|去|明)(?:年[(（](\d{4})年|[(（](\d{4})[)）]年)/.exec(text);
    if (named)
      date = inferred(
        [Number(named[2] ?? named[3]) + { 今: 0, 去: 1, 明: -1 }[named[1] as "今"]],
        `named as 今年 in its text`,
      );
  }
  // "今年是“十四五”规划收官之年", "今年…奋力实现“十五五”良好开局": 今年 is a five-year plan's last or first year
  if (!date) {
    const stage = PLAN_STAGE.exec(text);
    const end = stage ? PLAN_END[`十${stage[1]}五`] : undefined;
    if (
      stage &&
      end !== undefined &&
      !/^[^。;；]{0,6}(?:奠定|打下|打好)/.test(text.slice(stage.index + stage[0].length))
    )
      date = inferred([/收官/.test(stage[2]) ? end : end - 4], `named as the ${stage[2]} of 十${stage[1]}五`);
  }
  // "今年…的主要预期目标是…" under a line "2024年经济社会发展目标": the year whose targets the text sets is its own
  if (!date && TODAY_SETS_TARGETS.test(text)) {
    const own = yearOfTargets(text);
    if (own !== null) date = inferred([own], "whose targets it sets");
  }
  // a report's section that looks back names the year it reviews ("一、2024年工作回顾"): the report is of the next
  // (or news of the report says it: "报告首先回顾了2017年工作")
  if (!date) {
    const review = sentences
      .slice(0, 12)
      .map((x) => (x.heading ? REVIEW_HEADING.exec(x.text.trim()) : REVIEW_SAID.exec(x.text)))
      .find((m) => m !== null);
    if (review) date = inferred([Number(review[1]) + 1], `after the year its review section names`);
  }
  // a change against a year named as the start of an average over years ("比2019年同期增长13.4%,两年平均增长6.5%")
  // is written in the year that many years after it
  if (!date) {
    const averaged = sentences
      .slice(0, 12)
      .map((x) => AVERAGED_SINCE.exec(x.text))
      .find((m) => m !== null);
    if (averaged) {
      const span = readCount(averaged[2]) ?? 0;
      date = inferred(
        [Number(averaged[1]) + span],
        `from a change against ${averaged[1]} averaged over ${span} years`,
      );
    }
  }
  // news without a dateline: the latest year its opening sentences speak of
  if (!date) {
    const opening = openingSentences(sentences, 3).filter((x) => !x.heading);
    // a deadline (到2025年) is no date of the text, nor is the base or start of a change (比2019年同期增长13.4%,
    // 从2012年的5.4万亿元增长至…), nor the end of a span of years (a plan's "(2025—2035年)"), nor a plan's horizon
    // ("…规划和二〇三五年远景目标的建议")
    const years = opening.flatMap((s) =>
      [...arabicYears(s.text).matchAll(/(?<![到至比较从由—–~～-])(\d{4})年(?!远景)/g)].map((m) =>
        Number(m[1]),
      ),
    );
    const latest = Math.max(0, ...years);
    // "2023年,全市地区生产总值增长6%…。今年,力争增长5.5%": an opening that reports a whole year's results in a
    // text whose 今年 sets targets was written in the year after
    // (so is one whose opening gives the whole year's final figures against the year before, no estimate among
    // them: "2024年,全年国内生产总值1349084亿元,…比上年增长5.0%")
    const openingText = opening.map((x) => x.text).join("");
    const finalFigures = WHOLE_YEAR_FINAL.test(openingText) && !openingText.includes("预计");
    // (and so is news of a work report being delivered, which opens with the year it reviews: "…向大会作政府工作报告。
    // 2023年,某市…地区生产总值增长7%(预计,下同)")
    const delivered =
      sentences.slice(0, 6).some((x) => REPORT_DELIVERED.test(x.text)) &&
      opening.some((x) => x.text.startsWith(`${latest}年`) && !FUTURE_WORDS.test(x.text));
    // (a year the opening sets targets for is the text's own: "2025年…增长5.4%,2026年全市GDP则预期增长5%左右")
    const aimedAt = new RegExp(`${latest}年[^。;；]{0,12}?(?:${FUTURE_WORDS.source})`);
    const reviewed = !opening.some((x) => aimedAt.test(x.text));
    date =
      latest > 1949 &&
      reviewed &&
      (delivered || (reportsWholeYear(opening, latest) && (setsTargetsAfter(text, latest) || finalFigures)))
        ? inferred([latest + 1], `inferred from its opening, which reports ${latest}'s results`)
        : inferred(years, "inferred from its opening");
  }
  let issuer: string | null = null;
  for (const line of tail) if (ISSUER.test(line)) issuer = line;
  // an issuer printed under the title: "佛山市南海区人民政府"
  if (!issuer) issuer = head.slice(1, 4).find((line) => ISSUER.test(line) && line !== title) ?? null;
  if (!issuer) {
    // on the byline itself: "发表于:2017-06-30 关注 佛山市科技局", "来源:东莞市人民政府"
    for (const line of head) {
      const m =
        /(?:发表于|来源)[:：]?[ \t]*(?:\S*[ \t]+)?(?:关注[ \t]+)?([\u4e00-\u9fff]{2,20}(?:人民政府|办公室|委员会|局|管委会))(?![\u4e00-\u9fff])/.exec(
          line,
        );
      if (m) {
        issuer = m[1];
        break;
      }
    }
  }

  // a report delivered on behalf of a government names it: "受嘉善县人民政府委托,现将…提请审议", "我代表…县人民政府,
  // 向大会报告政府工作"
  if (!issuer)
    for (const x of sentences.slice(0, 8)) {
      const m =
        /受([\u4e00-\u9fff]{2,20}?(?:人民政府|管委会|管理委员会))委托|代表([\u4e00-\u9fff]{2,20}?(?:人民政府|管委会|管理委员会))[,，]?向[^。]{0,12}?(?:大会|会议)(?:报告|作)/.exec(
          x.text,
        );
      if (m) {
        issuer = m[1] ?? m[2];
        break;
      }
    }

  // the home region: the issuer's, else the title's, else the one the body names most often
  let region: RegionEntry | null = null;
  // the most specific place a name gives: 佛山市南海区人民政府 → 南海区 (inside 佛山市); an ambiguous district
  // name (鼓楼区) counts only under a place already named
  const fromText = (s: string): RegionEntry | null => {
    let found: RegionEntry | null = null;
    let first: RegionEntry | null = null;
    const named: RegionEntry[] = [];
    for (let i = 0; i < s.length; i++) {
      const m = gaz.matchAt(s, i);
      if (!m || namesNoPlace(s.slice(i + m.form.length, i + m.form.length + 10))) continue;
      // (nor is where a meeting opened: "…人民代表大会…在福州开幕")
      if (isVenue(s, { span: [i, i + m.form.length] }, 0, s.length)) continue;
      // "全国首个", "居全国前列": the country as a yardstick, not what the text is about
      // (nor one compared with: "比全国高3.7个百分点", "高于全国")
      if (
        m.entries[0].level === "nation" &&
        (RANKED.test(s.slice(i + m.form.length, i + m.form.length + 10)) ||
          YARDSTICK_BEFORE.test(s.slice(Math.max(0, i - 2), i)))
      )
        continue;
      const zone = parseZone(s, gaz, i, m);
      const within = (e: RegionEntry) => found === null || e.path.includes(found.name);
      const district =
        !zone && m.entries.length === 1 ? gaz.districtAfter(s, i + m.form.length, m.entries[0]) : null;
      const e =
        district?.entry ??
        zone?.entry ??
        (m.entries.length === 1 ? m.entries[0] : m.entries.find((x) => found && within(x)));
      if (e) named.push(e);
      if (e && within(e)) {
        first ??= e;
        found = e;
      }
      i += (zone?.length ?? m.form.length + (district?.length ?? 0)) - 1;
    }
    // (a headline about a province that lists some of its cities, "浙江方案出炉!…杭州宁波等首批入围", is the
    // province's: two places inside it that do not nest name no one of them)
    // a county of two characters, named as the issuer of a title or a document: "2024年泗县国民经济…", "沛县人民政府"
    if (found === null) {
      const county = COUNTY_NAMED_SHORT.exec(s);
      if (county) return gaz.shortCounties.get(county[1]) ?? null;
    }
    const lists =
      first !== null &&
      found !== first &&
      named.some(
        (e) => e !== first && e !== found && e.path.includes(first!.name) && !found!.path.includes(e.name),
      );
    return lists ? first : found;
  };
  if (issuer) region = fromText(issuer);
  // a document number on a line of its own at the head names the province that issued it: "皖政办秘〔2024〕56号"
  if (!region) region = provinceOfDocumentNumber(head, gaz);
  // (a paragraph standing in for a title is read to its first full stop: a round-up of provinces' figures names
  // many places after its opening, "东部地区…增长21.2%。…浙江、河北分别增长…")
  if (!region) region = fromText(realTitle ? title : /^[^。!?！？]*/.exec(title)![0]);
  // (the country an opening paragraph speaks of, "“十四五”时期,是我国开启…的第一个五年", is not the home of a text that
  // speaks of itself as a province, city, county or district: "全省生产总值…突破8.5万亿元")
  if (region === NATION && !realTitle && /[全我本][省市区县]/.test(text)) region = null;
  // a province an opening paragraph names ("…贯彻习近平总书记关于安徽工作的重要讲话精神,全县…") is not the home of a
  // text that speaks of itself as a city, county or district and never as a province
  // (a municipality, 重庆市, is a city; an autonomous region, 广西壮族自治区, speaks of itself as 全区)
  if (
    region?.level === "province" &&
    !realTitle &&
    !/(?:市|自治区)$/.test(region.name) &&
    /[全我本][市县区]/.test(text) &&
    !/[全我本]省/.test(text)
  )
    region = null;
  // a page's first line, when short, is its site's or issuer's name: "如皋高新技术产业开发区(如城街道)"
  if (!region && head[0] && head[0] !== title && head[0].length <= 40 && !/[。,，;；!?！？]/.test(head[0]))
    region = fromText(head[0]);
  // the central government's texts and the national sessions are about the whole country
  if (!region && CENTRAL.test(`${issuer ?? ""} ${title.replace(CENTRAL_OBEYED, "")}`)) region = NATION;
  // a title that opens with a zone no list holds ("松山湖高新区2024年工作计划", "XX经济技术开发区…工作计划"): the text
  // is that zone's, so a city its body names is not its home, and its figures have no known place
  const zoneTitle = region ? null : (UNKNOWN_ZONE_TITLE.exec(title) ?? TOWN_TITLE.exec(title));
  // (a zone's own name: no place's suffix, no verb — "关于加快开发区发展的意见" is about zones in general)
  if (
    zoneTitle &&
    !NOT_A_NAME.test(zoneTitle[1]) &&
    !VERBISH.test(zoneTitle[1]) &&
    !/^关于/.test(zoneTitle[1])
  )
    warnings.push({
      code: "region_unknown",
      message: `${zoneTitle[0]}: a zone or town of no known place; its figures are left without a region`,
      at: null,
    });
  // a title about a group of provinces ("南方五省区全社会用电量…") names no one home: a province its body names is
  // one of the group, its figures that province's only where a sentence says so
  else if (!region && !GROUP_TITLE.test(title)) {
    // a local paper's or site's byline names its city: "本报讯(新乡日报全媒体记者…)", "深圳新闻网1月24日讯"
    // (on a byline, or on the paper's date line: "西安晚报 2020-11-01 03:20", "某省手机报 01-11 22:50 责编:某市手机报")
    const papers: RegionEntry[] = [];
    for (const line of head) {
      if (/本报|记者|讯|责编|\d{4}[-年]|\d{1,2}:\d{2}/.test(line))
        for (const paper of line.matchAll(/([\u4e00-\u9fff]{2,4})(?:日报|晚报|手机报|新闻网)/g)) {
          const e =
            fromText(paper[1]) ?? (PAPER_PLACES[paper[0]] ? null : countyOfPaper(paper[1], text, gaz));
          // (a county's paper only for a text that names the county besides: see countyOfPaper)
          if (e && (e.level !== "district" || namedBesidesPapers(text, e.name.slice(0, -1)))) papers.push(e);
        }
      // a paper whose name names no place, on its byline or its date line: "长江日报 2025年01月17日", "来源:南方日报"
      const known = /^(?:来源[:：]\s*)?([\u4e00-\u9fff]{2,6}报)(?![\u4e00-\u9fff])/.exec(line);
      const place = known ? PAPER_PLACES[known[1]] : undefined;
      const e = place ? gaz.lookup(place)[0] : undefined;
      if (e) papers.push(e);
    }
    const asProvince = /全省|我省|本省/.test(text);
    const asCity = /全市|我市|本市/.test(text);
    // a text that speaks of itself as a city, not a province: a city's paper among its papers, and no province's
    let paperPlace: RegionEntry | null =
      asCity && !asProvince
        ? (papers.find((e) => e.level === "city") ??
          (papers[0]?.level === "province" ? null : papers[0]) ??
          null)
        : (papers[0] ?? null);
    // a wire story a paper reposts (来源:广州日报 over "新华社北京12月6日电…"): the paper's place is no topic
    const wire = wireDateline;
    if (wire && paperPlace && !gaz.lookup(wire[1]).some((e) => e.path.includes(paperPlace!.name)))
      paperPlace = null;
    // a paper's city, in a text that speaks of itself as a province (全省, 我省): the city's province
    if (paperPlace?.level === "city" && asProvince && !asCity)
      paperPlace = gaz.lookup(paperPlace.path[0])[0] ?? paperPlace;
    const counts = new Map<string, { e: RegionEntry; n: number }>();
    let national = false;
    let selfNamed = false;
    let selfDistrict = false; // 全区, 我县: the text speaks of itself as a district or county
    let selfCity = false; // 全市, 我市: as a city
    for (const s of sentences) {
      const regions = regionsOf(s);
      for (const [k, r] of regions.entries()) {
        if (r.self) selfNamed = true;
        if (r.self === "district") selfDistrict = true;
        if (r.self === "city" && text[r.span[1] - 1] === "市") selfCity = true;
        // (the country as a yardstick, "增速居全国第二十位", "高于全国平均", says nothing of what the text is about)
        // (nor does the country describing a place the clause goes on to name: "我国科技创新资源聚集地北京中关村…")
        const next = regions[k + 1];
        const describes =
          next?.entry && next.entry.level !== "nation" && countryDescribes(text, r.span[1], next.span[0]);
        if (
          r.entry?.level === "nation" &&
          !describes &&
          !RANKED.test(text.slice(r.span[1], r.span[1] + 10)) &&
          !YARDSTICK_BEFORE.test(text.slice(Math.max(0, r.span[0] - 2), r.span[0]))
        )
          national = true;
        // a name several places share (龙华区) is the one inside the byline's city
        const e =
          r.entry ?? (paperPlace ? r.ambiguous.find((x) => x.path.includes(paperPlace.name)) : undefined);
        // 全国 in a local text is a comparison (高于全国平均水平), not what the text is about; a place where
        // something was held or that was visited ("赴上海、广州等地招商") is not either
        // (nor is a place's level, "列扬州市级项目9个": projects listed by the city, not the city's)
        if (!e || e.level === "nation" || isVenue(text, r, s.start, s.end) || text[r.span[1]] === "级")
          continue;
        const c = counts.get(e.name) ?? { e, n: 0 };
        c.n++;
        counts.set(e.name, c);
      }
    }
    const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
    const best = ranked[0];
    // a round-up of places of one level, none named much more than the others ("广东…江苏…山东…湖北…"), has no
    // home: each figure is the place its sentence names
    const peers = best ? ranked.filter((c) => c.n >= 2 && c.e.level === best.e.level) : [];
    const roundUp = peers.length >= 3 && peers[1].n * 3 >= best.n * 2;
    if (best && best.n >= 2 && !roundUp) region = best.e;
    // a text that speaks of itself as a city (我市, 全市) and names its province more often than itself ("…河南工作
    // 的重要论述…河南篇章作出平顶山更大贡献") is the city's that it names in that province, if one
    // (a municipality, 重庆市, is a city itself)
    if (region?.level === "province" && !region.name.endsWith("市") && selfCity && !asProvince) {
      const cities = ranked.filter((c) => c.e.level === "city" && c.e.path.includes(region!.name));
      region = cities.length === 1 ? cities[0].e : null;
    }
    // …and one that speaks of itself as a county or district only (全县, 我区, "按照县委…部署") and names its province
    // more often than itself ("视察河北…美丽河北…贡献正定力量") is the one county or district it names in that
    // province, or of no place it names (an autonomous region speaks of itself as 全区: it is a province)
    if (
      region?.level === "province" &&
      !/(?:市|自治区)$/.test(region.name) &&
      (selfDistrict || COUNTY_ORGANS.test(text)) &&
      !selfCity &&
      !asProvince
    ) {
      const own = ranked.filter((c) => c.e.level === "district" && c.e.path.includes(region!.name));
      region = own.length === 1 ? own[0].e : null;
    }
    // a local paper's copy of the central government's news (来源:泰州日报 over 国务院's report, 国内生产总值…) is
    // the country's, when the text never speaks of itself as a province, city or district
    if (
      !region &&
      paperPlace &&
      !selfNamed &&
      (text.includes("国内生产总值") || CENTRAL.test(text.replace(CENTRAL_OBEYED, "")))
    )
      region = NATION;
    if (!region) region = paperPlace;
    // a text that names no place of its own but speaks of the country (我国, 全国, 国内生产总值) is about it,
    // unless it speaks of itself as a province, city or district (全省, 我市), or a town (我镇, 全乡: a town's
    // summary may call its output 国内生产总值), that it does not name
    if (!region && !selfNamed && !SELF_TOWN.test(text) && (national || text.includes("国内生产总值")))
      region = NATION;
    // a text that speaks of itself as a district (全区, 我区) and names it bare, twice or more, in its title and
    // opening ("武进牢牢把握…,全区实现…"): the one district of that name
    // (a first paragraph standing in for a title is one of those sentences, not a title of its own)
    if (!region && selfDistrict)
      region = bareDistrict(
        [...(realTitle ? [title] : []), ...sentences.slice(0, 6).map((x) => x.text)],
        gaz,
      );
  }
  // a city's paper on the city's zone, which it names bare as its topic ("2022年,经开区多项经济指标增速…",
  // "高新区召开…"): the zone of that kind the city has
  // (and a county's or a county-level city's paper on its own: "海安日报" on 高新区 — a district's is the city's zone)
  if (region?.level === "city" || (region?.level === "district" && /[县市]$/.test(region.name))) {
    const opening = [...(realTitle ? [title] : []), ...openingSentences(sentences, 1).map((x) => x.text)];
    const bare = opening.map((t) => BARE_ZONE_TOPIC.exec(t)).find((m) => m !== null);
    if (bare) {
      const name = region.name.replace(/[县市]$/, "") + (/高新/.test(bare[1]) ? "高新区" : "经开区");
      region = { name, path: [...region.path, name], level: "zone", code: region.code };
    }
  }
  const year = date ? Number(date.slice(0, 4)) : null;
  const titleYears = new Set(
    realTitle && !DATE_LINE.test(title)
      ? [...arabicYears(title).matchAll(TITLE_YEAR)].filter((m) => !m[1]).map((m) => Number(m[2]))
      : [],
  );
  const ranged = /\d{4}\s*[-—–~～至到]\s*\d{4}年/.test(arabicYears(title));
  // news of a report being delivered ("区长…作政府工作报告") is a report's too
  // (a first line that is a paragraph is no title: its words name no genre)
  const genre =
    (realTitle ? GENRES.find(([re]) => re.test(title))?.[1] : undefined) ??
    (sentences.slice(0, 6).some((x) => REPORT_DELIVERED.test(x.text)) ? "report" : null);
  const period = /\d{4}\s*[-—–~～至到]\s*(\d{4})年/.exec(arabicYears(title));
  // a text that presents a five-year plan in its opening, in the plan's first year or the one before it
  // ("国务院编制了…第十五个五年规划纲要(草案)", "解读《…“十五五”规划纲要》"): its figures are the plan's
  // (the opening is the body's first three sentences and the headings above them: a newspaper reader's header lines,
  // "电子报阅读机", "版面:第006版", "制图/…", come before it)
  const opening = openingSentences(sentences, 3);
  const presented = opening
    .map((x) =>
      [
        ...x.text.matchAll(/(?:十([一二三四五六])五[”"]?|第十([一二三四五六])个五年)规划(?:纲要|建议)?/g),
      ].find((m) => !NAMED_AS_STAGE.test(x.text.slice(m.index + m[0].length))),
    )
    .find((m) => m !== undefined);
  const presentedEnd = presented ? PLAN_END[`十${presented[1] ?? presented[2]}五`] : undefined;
  const presents =
    presentedEnd !== undefined && year !== null && year >= presentedEnd - 5 && year <= presentedEnd - 4
      ? presentedEnd
      : null;
  const planEnd = genre === "plan" && period ? Number(period[1]) : presents;
  // a page that presents the plan's outline as a document ("国务院编制了《…第十五个五年规划纲要(草案)》,提交大会审查")
  // under a title of the meeting's year ("2026年全国两会特别报道"): that year is the meeting's, not its figures'
  const meetingYear =
    presents !== null &&
    opening.some((x) => PRESENTS_OUTLINE.test(x.text)) &&
    titleYears.size === 1 &&
    titleYears.has(year ?? NaN);
  const titleYear = titleYears.size === 1 && !ranged && !meetingYear ? [...titleYears][0] : null;
  // (named short, 十五五, or in full, 第十五个五年规划)
  const plans = [...text.matchAll(/十([一二三四五六])五|第十([一二三四五六])个五年规划/g)]
    .map((m) => PLAN_END[`十${m[1] ?? m[2]}五`])
    .filter((y) => y !== undefined);
  const latestFiveYearPlan = plans.length ? Math.max(...plans) : null;
  return {
    title,
    issuer,
    date,
    year,
    region,
    titleYear,
    meetingTitle: meetingYear,
    genre: genre ?? (presents !== null ? "plan" : null),
    planEnd,
    latestFiveYearPlan,
    warnings,
  };
}

const GROUP_TITLE = new RegExp(PROVINCES_BY_NUMBER);

// a county of two characters where a document names its issuer: "2024年泗县国民经济和社会发展统计公报", "沛县人民政府",
// or the congress it reports on: "沛县第十八届人民代表大会第四次会议开幕"
const COUNTY_NAMED_SHORT =
  /(?:^|\d{4}年|[^\u4e00-\u9fff])([\u4e00-\u9fff]县)(?=\d{4}年|人民政府|政府工作报告|国民经济|统计局|发展和改革|第[一二三四五六七八九十]+届|人民代表大会|人大)/;
// the words naming a year as a stage of a five-year plan: its first or its last
const STAGE_WORDS = "开局之年|起步之年|收官之年|良好开局|开好局|圆满收官";
// 今年 as a stage of a five-year plan, in its sentence: "今年是“十四五”规划收官之年", "今年…实现“十五五”良好开局"
const PLAN_STAGE = new RegExp(
  `今年(?:是|为)?[^。;；!?！？]*?[“"]?十([一二三四五六])五[”"]?(?:规划)?(?:的)?(${STAGE_WORDS})`,
);
// a plan named as the stage of a year ("2026年是“十五五”规划开局之年"), not as what the text presents
const NAMED_AS_STAGE = new RegExp(`^(?:的)?(?:${STAGE_WORDS})`);
// 今年 with the words of a target after it in its sentence: "今年发展的主要预期目标", "今年,我们将…力争…"
// (the year after a report's year is named so, too: setsTargetsAfter)
const TODAY_SETS_TARGETS =
  /今年(?!以来|[上下]半年|[一二三四]季度|前三季度|前[一二三四五六七八九十\d]+个?月)[^。;；!?！？]{0,40}?(?:力争|目标|预期|将|确保|争取)/;
// what after "2023年" says that the year is the text's own: "2024年是…之年", "2024年以来", "2024年上半年", "2024年1—6月"
const OWN_YEAR_AFTER =
  /^(?:是|将|要|以来|[上下]半年|[一二三四]季度|前三季度|前[一二三四五六七八九十\d]+个?月|\d{1,2}\s*[-—–~至]\s*\d{1,2}月|1月份?[,，]|一月)/;
const RESULT_VERB = /达到|增长|下降|实现|完成|增至|突破|取得/;

/** The text sets targets for 今年, or for the year after `year` by its number ("2019年…主要预期目标"). */
// the whole year's figures against the year before
const WHOLE_YEAR_FINAL = /全年[^。;；]{0,30}?(?:比上年|同比)(?:增长|下降)/;

function setsTargetsAfter(text: string, year: number): boolean {
  if (TODAY_SETS_TARGETS.test(text)) return true;
  const next = `${year + 1}年`;
  for (let at = text.indexOf(next); at >= 0; at = text.indexOf(next, at + 1))
    if (/^[^。;；]{0,16}?(?:预期目标|目标任务|主要目标|计划目标)/.test(text.slice(at + 5, at + 30)))
      return true;
  return false;
}

// a line that opens with a year and names that year's targets: "2024年广东经济社会发展有这些目标", "2024年主要预期目标"
// (not one that says they were met: "2023年目标任务全面完成")
const TARGETS_LINE =
  /^(\d{4})年[^。;；!?！？\n]{0,20}?\n?[^。;；!?！？\n]{0,8}?目标(?![^。;；\n]{0,6}(?:完成|实现))/gm;

/** The one year whose targets a line names, when no later year is written in the text (deadlines aside). */
function yearOfTargets(text: string): number | null {
  const named = new Set([...text.matchAll(TARGETS_LINE)].map((m) => Number(m[1])));
  if (named.size !== 1) return null;
  const year = [...named][0];
  const later = [...text.matchAll(/(?<![到至\d])(\d{4})年/g)].some((m) => Number(m[1]) > year);
  return later ? null : year;
}

/** The district named bare most often, twice at least, in `texts` (a title and opening sentences), or null. */
function bareDistrict(texts: string[], gaz: Gazetteer): RegionEntry | null {
  const counts = new Map<RegionEntry, number>();
  for (const t of new Set(texts))
    for (let i = 0; i + 1 < t.length; i++) {
      // (a name followed by 区/县/市 is a full name the gazetteer reads itself)
      if (/[区县市]/.test(t[i + 2] ?? "")) continue;
      // (named bare, a district is the topic: it opens the text, a clause or a quote, or follows a date —
      // "全区新建项目20个" holds no district 新建)
      if (i > 0 && !/[\s,，。;；:：、“"(（年月日]/.test(t[i - 1])) continue;
      const two = t.slice(i, i + 2);
      if (DEED_WORDS.has(two)) continue;
      const e = gaz.districtNamed(two);
      if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
  // (a word may hold another district's name by chance, 大新闻: the one named most, clearly)
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : null;
}

// a paper's or a site's name after a place's short name: 海安日报, 如皋新闻网
const PAPER_AFTER = /^(?:日报|晚报|手机报|新闻网)/;

/**
 * The county or county-level city a local paper is named after by its short name ("海安日报", "如皋日报": 海安市,
 * 如皋市), when that short name is one such place and the text names it again, not as the paper: a paper of another
 * place that shares the words (东方日报) names none of its places in its news.
 */
function countyOfPaper(words: string, text: string, gaz: Gazetteer): RegionEntry | null {
  for (let n = words.length; n >= 2; n--) {
    const form = words.slice(-n);
    const places = [...gaz.lookup(`${form}市`), ...gaz.lookup(`${form}县`)].filter(
      (e) => e.level === "district",
    );
    if (places.length !== 1) continue;
    return namedBesidesPapers(text, form) ? places[0] : null;
  }
  return null;
}

/** Whether the text names a place by `form` anywhere but in a paper's name (海安要闻, 海安新实践; not 海安日报). */
function namedBesidesPapers(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
    if (!PAPER_AFTER.test(text.slice(at + form.length, at + form.length + 3))) return true;
  return false;
}

// a town or township speaking of itself: 我镇, 全镇, 本乡 (not 全镇长…: no such word; 镇长 after 我 is a person)
const SELF_TOWN = /[我全本](?:镇|乡)(?![长])/;

// a county's own bodies, whose plans and meetings a county's texts follow: "按照县委…全会部署", "县政府工作"
const COUNTY_ORGANS = /县委|县人大|县政协|县人民政府|县政府/;

/** Every mention of the year in the opening reports its results, and none says the year is the text's own. */
function reportsWholeYear(opening: readonly Sentence[], year: number): boolean {
  let mentions = 0;
  for (const s of opening) {
    for (const m of s.text.matchAll(new RegExp(`(?<![到至\\d])${year}年`, "g"))) {
      if (OWN_YEAR_AFTER.test(s.text.slice(m.index + 5, m.index + 12))) return false;
      // what the year's words say, up to where the sentence turns to this year or to plans
      const said = /^[^。;；]*?(?=今年|将|力争|[。;；]|$)/.exec(s.text.slice(m.index))![0];
      if (!RESULT_VERB.test(said)) return false;
      mentions++;
    }
  }
  return mentions > 0;
}

// a five-year plan's outline named as a document a body compiled, submitted, reviewed or published
const PRESENTS_OUTLINE =
  /(?:编制|提交|提请|审议|审查|解读|发布|印发)了?[^。;；]{0,30}《[^》]{0,40}(?:十[一二三四五六]五[”"]?|第十[一二三四五六]个五年)规划纲要/;

/** The first `n` sentences of a text's body, with the headings and furniture lines before them. */
// a zone named by its kind alone at the head of a clause, what the clause is about: "2022年,经开区多项经济指标…"
const BARE_ZONE_TOPIC =
  /(?:^|[,，。:：\s])(经开区|经济技术开发区|高新区|高新技术产业开发区)(?=[\u4e00-\u9fff])(?!(?:管委会|党工委)?(?:和|与|、))/;

function openingSentences(sentences: readonly Sentence[], n: number): Sentence[] {
  let body = 0;
  let end = 0;
  while (end < sentences.length && body < n) if (!sentences[end++].heading) body++;
  return sentences.slice(0, end);
}
