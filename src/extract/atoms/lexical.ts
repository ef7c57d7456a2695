// Subjects (装备制造, 汽车及新能源), indicators (工业总产值, 整合率) and target/actual cue words.
import { INDICATOR_START, matchIndicatorAt } from "../../lexicon/indicators";
import { matchSubjectAt, SUBJECT_START } from "../../lexicon/subjects";
import type { CueAtom, IndicatorAtom, NamedAtom } from "../types";
import { ACCOMPLISHMENTS, AIMS, alternation, FRAMES, POLICY_ACTIONS } from "../../lexicon/verbs";
import { PERIOD } from "../../lexicon/periods";
import { WordTable } from "../../lexicon/word-table";

export function findSubjects(text: string, from: number, to: number): NamedAtom[] {
  const out: NamedAtom[] = [];
  for (let i = from; i < to;) {
    if (SUBJECT_START[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const name = matchSubjectAt(text, i);
    if (name && i + name.length <= to) {
      out.push({ span: [i, i + name.length], name });
      i += name.length;
    } else i++;
  }
  return out;
}

const EFFORT = /^的?力度/;
// "规模以上工业电力消费…": 规模 before 以上/以下 is a scope of firms, no measure of size
const SCOPE = /^(?:以上|以下)/;

// "单位国内生产总值(GDP)能耗", "单位增加值能耗": the output a measure is per unit of is no measure of its own (the
// lexicon names the measure whole when nothing stands inside it); nor is a name's abbreviation in brackets after it
const PER_UNIT = /(?:单位|万元)(?:国内|地区)?(?:规模以上工业|规上工业|工业)?$/;
const BRACKET_OPEN = /[(（]/;
const BRACKET_CLOSE = /[)）]/;

export function findIndicators(text: string, from: number, to: number): IndicatorAtom[] {
  const out: IndicatorAtom[] = [];
  for (let i = from; i < to;) {
    if (INDICATOR_START[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const m = matchIndicatorAt(text, i);
    // "加大基建投资力度": the effort put into a measure is no measure stated (a growth clauses later is not its)
    const after = m ? text.slice(i + m.length, i + m.length + 3) : "";
    // (a base or an abbreviation is passed over whole: no shorter name inside it is read either)
    if (
      m &&
      ((m.money && PER_UNIT.test(text.slice(Math.max(0, i - 8), i))) ||
        (BRACKET_OPEN.test(text[i - 1] ?? "") && BRACKET_CLOSE.test(text[i + m.length] ?? "")))
    )
      i += m.length;
    else if (m && i + m.length <= to && !EFFORT.test(after) && !(m.name === "规模" && SCOPE.test(after))) {
      out.push({ span: [i, i + m.length], name: m.name, money: m.money });
      i += m.length;
    } else i++;
  }
  return out;
}

const CUES: readonly { word: string; kind: "target" | "actual"; strong: boolean }[] = [
  { word: "力争", kind: "target", strong: true },
  { word: "目标", kind: "target", strong: true },
  { word: "预期", kind: "target", strong: true },
  { word: "确保", kind: "target", strong: true },
  { word: "争取", kind: "target", strong: true },
  { word: "计划", kind: "target", strong: false },
  { word: "控制在", kind: "target", strong: false },
  // raising a measure to a level is mostly what plans say; a past year still makes it a result
  { word: "提高至", kind: "target", strong: false },
  { word: "提升至", kind: "target", strong: false },
  { word: "要", kind: "target", strong: false },
  { word: "培育", kind: "target", strong: false },
  { word: "打造", kind: "target", strong: false },
  { word: "形成", kind: "target", strong: false },
  { word: "新建", kind: "target", strong: false },
  { word: "建成", kind: "target", strong: false },
  { word: "发展", kind: "target", strong: false },
  { word: "同比增长", kind: "actual", strong: true },
  { word: "同比下降", kind: "actual", strong: true },
  { word: "同比上升", kind: "actual", strong: true },
  { word: "同比提高", kind: "actual", strong: true },
  { word: "同比增加", kind: "actual", strong: true },
  { word: "同比减少", kind: "actual", strong: true },
  { word: "同比回落", kind: "actual", strong: true },
  // (同增/同降 are 同比增长/同比下降 said short: "外贸进出口3.2万亿元,同增17.1%")
  { word: "同增", kind: "actual", strong: true },
  { word: "同降", kind: "actual", strong: true },
  { word: "比上年", kind: "actual", strong: true },
  { word: "较上年", kind: "actual", strong: true },
  { word: "完成", kind: "actual", strong: false },
  { word: "实现", kind: "actual", strong: false },
  // 累计 sums up results and targets alike (到2020年…累计下降18%): it only breaks ties
  { word: "累计", kind: "actual", strong: false },
  { word: "已", kind: "actual", strong: true },
  { word: "净增", kind: "actual", strong: true },
  { word: "共引入", kind: "actual", strong: true },
  { word: "获批", kind: "actual", strong: true },
  { word: "总数达", kind: "actual", strong: false },
  { word: "存量", kind: "actual", strong: true },
  // 全年 says the whole year, of a result or a target alike: no cue
  { word: "预计实现", kind: "actual", strong: false },
  { word: "现有", kind: "actual", strong: false },
  { word: "拥有", kind: "actual", strong: false },
  { word: "共有", kind: "actual", strong: false },
  { word: "目前", kind: "actual", strong: true },
  { word: "截至", kind: "actual", strong: true },
  { word: "签约", kind: "actual", strong: false },
  { word: "揭牌", kind: "actual", strong: false },
  // report headings and openings: 2023年计划执行情况, 工作回顾, 过去一年, 初步核算; 2024年计划草案
  { word: "计划执行", kind: "actual", strong: true },
  { word: "执行情况", kind: "actual", strong: true },
  { word: "完成情况", kind: "actual", strong: true },
  { word: "工作回顾", kind: "actual", strong: true },
  { word: "过去一年", kind: "actual", strong: true },
  // "刚刚过去的2024年", "过去的一年": a year gone by (only before a year: see findCues)
  { word: "过去的", kind: "actual", strong: true },
  // a digest's heading over last year's results: "■ 2024年成绩单", "晒晒成绩单"
  { word: "成绩单", kind: "actual", strong: true },
  // figures cited from statistics or a study are results
  { word: "数据显示", kind: "actual", strong: true },
  { word: "统计显示", kind: "actual", strong: true },
  // …and what a report, a bulletin or a survey shows: "报告显示,制造业增加值占GDP比重提升至…" (what it sets is
  // 提出 or 明确, not 显示)
  { word: "报告显示", kind: "actual", strong: true },
  { word: "公报显示", kind: "actual", strong: true },
  { word: "调查显示", kind: "actual", strong: true },
  { word: "结果显示", kind: "actual", strong: true },
  { word: "白皮书", kind: "actual", strong: true },
  { word: "监测数据", kind: "actual", strong: true },
  { word: "增至", kind: "actual", strong: false },
  // "GDP首次超过三万亿": a first that has happened (not after a word of intent: 力争首次突破)
  { word: "首次", kind: "actual", strong: true },
  // last year's figures are reported, whether or not the document's date is known
  { word: "去年", kind: "actual", strong: true },
  { word: "过去五年", kind: "actual", strong: true },
  // the years of a plan gone by: "前四年全国单位GDP能耗累计下降15.6%"
  { word: "前两年", kind: "actual", strong: true },
  { word: "前三年", kind: "actual", strong: true },
  { word: "前四年", kind: "actual", strong: true },
  // "今年以来", "年初以来", "自2020年以来": a time that has passed
  { word: "以来", kind: "actual", strong: true },
  { word: "初步核算", kind: "actual", strong: true },
  { word: "计划草案", kind: "target", strong: true },
  // progress against a plan reports: "完成全年计划目标的45.4%", "完成年计划的52%"
  { word: "计划目标的", kind: "actual", strong: true },
  { word: "年计划的", kind: "actual", strong: true },
  { word: "全年预算的", kind: "actual", strong: true },
  { word: "下一步", kind: "target", strong: true },
  // a plan's own words, reported: "根据规划,…要…", "方案提出,到…", "意见明确,…" — what follows is what it sets
  { word: "根据规划", kind: "target", strong: true },
  { word: "按照规划", kind: "target", strong: true },
  { word: "规划提出", kind: "target", strong: true },
  { word: "规划明确", kind: "target", strong: true },
  { word: "方案提出", kind: "target", strong: true },
  { word: "方案明确", kind: "target", strong: true },
  { word: "意见提出", kind: "target", strong: true },
  { word: "意见明确", kind: "target", strong: true },
  // …and a report's, whose 提出 sets what it proposes ("市长在政府工作报告中提出,…"; what it shows is 显示)
  { word: "报告提出", kind: "target", strong: true },
  { word: "报告中提出", kind: "target", strong: true },
  { word: "报告明确", kind: "target", strong: true },
  { word: "报告中明确", kind: "target", strong: true },
  // …of a document named by its title: "《规划》提出", "《方案》明确"
  { word: "》提出", kind: "target", strong: true },
  { word: "》明确", kind: "target", strong: true },
];

// 将 marks the future only before a verb of intent ("我们将聚焦"); "将园区划分" is a disposal construction
const FUTURE_JIANG = new RegExp(
  `将(?:${alternation(POLICY_ACTIONS, AIMS, ACCOMPLISHMENTS, FRAMES, ["会", "要", "在", "全年", "年内", "继续", "进一步", "大力", "着力", "全力", "冲刺", "按照", "坚持", "努力", "奋力", "持续", "完整", "全面", "深入", "坚定", "主动", "重点抓好", "积极", "重点", "出台", "新建", "建成", "聚焦", "统筹", "联合", "携手", "做好"])})`,
  "g",
);
// a verb with the perfective 了 reports something done
const PERFECTIVE = new RegExp(
  `(?:${alternation(ACCOMPLISHMENTS, ["签署", "建成", "引进", "引入", "新增", "突破", "增长", "出台", "发放", "举办", "开展", "获得", "成立", "设立"])})了`,
  "g",
);

const MEASURED_AGAINST =
  /(?:高于|低于|超过|超出|快于|慢于|好于|比|较)(?:年初|全年|年度|市定|省定|计划)?(?:预期)?$/;
const GOAL_MET = /(?:完成|实现|超额完成|达到|超过)(?:了)?(?:年初|全年|年度|既定)?(?:预期)?$/;
const FUNDS_SOUGHT = /^(?:到|上级|中央|国家|省级|省市|各类|各级|专项|资金|转移支付|债券|政策性|项目资金)/;
const TARGETED = /^(?:企业|客户|群体|人群|市场|国家|城市)/;
const DEVELOPMENT_NOUN_AFTER =
  /^(?:观|理念|战略|格局|大局|态势|势头|成效|成果|质量|水平|动能|需要|阶段|思路|环境|空间|基础|活力|速度|改革|委|局|中心)/;
const DEVELOPMENT_NOUN_BEFORE =
  /(?:高质量|经济|社会|协调|绿色|科学|跨越式?|持续|健康|平稳|全面|融合|一体化|蓬勃|快速|迅速|迅猛|长足)$/;
// a part of the year that has passed, right after 今年 (not 下半年, not 每…)
const PAST_PART_AFTER = new RegExp(`^(?!下半年|每)(?:${PERIOD.source})`);
// a word of intent right before 实现/完成 ("计划完成投资12亿元": planned; not "计划完成率", the share of a plan done)
const INTENT_BEFORE = /(?:要|将|力争|确保|争取|努力|必须|需要|需|计划)$/;
// the year 过去的 speaks of: "过去的2024年", "过去的一年", "过去的这一年", "过去的五年"
const PAST_YEAR_AFTER = /^(?:\d{4}年|这?一年|[一二两三四五六七八九十\d]+年)/;
const CUE_BY_WORD = new Map(CUES.map((c) => [c.word, c]));
const CUE_WORDS = new WordTable(CUE_BY_WORD.keys());

export function findCues(text: string, from: number, to: number): CueAtom[] {
  const out: CueAtom[] = [];
  const s = text.slice(from, to);
  // a cue word that here says a result was reached, whatever it says elsewhere
  const recast = (at: number, word: string, strong: boolean) =>
    out.push({ span: [from + at, from + at + word.length], kind: "actual", strong, word });
  for (const m of CUE_WORDS.scan(s)) {
    const c = CUE_BY_WORD.get(m.word)!;
    // "累计下降17%": a change summed over a plan's years says nothing of result or target
    if (c.word === "累计" && /^(?:下降|降低|减少|提高|增长)/.test(s.slice(m.index + 2, m.index + 4)))
      continue;
    if (
      c.word === "首次" &&
      /(?:力争|争取|确保|将|有望|预计|要)[^,，;；。]{0,8}$/.test(s.slice(Math.max(0, m.index - 12), m.index))
    )
      continue;
    if (c.word === "过去的" && !PAST_YEAR_AFTER.test(s.slice(m.index + 3, m.index + 8))) continue;
    // (协同增效, 共同增进: no change said short)
    if ((c.word === "同增" || c.word === "同降") && /[协共]$/.test(s.slice(m.index - 1, m.index))) continue;
    // "要实现GDP增长5%左右", "力争实现…": a result to be reached, no result reached (the word of intent speaks)
    if (
      (c.word === "实现" || c.word === "完成") &&
      INTENT_BEFORE.test(s.slice(Math.max(0, m.index - 3), m.index)) &&
      !/^(?:率|情况|数)/.test(s.slice(m.index + 2, m.index + 4))
    )
      continue;
    // "科学发展观", "高质量发展", "经济发展态势": 发展 in a noun, no deed to be done (nor is a manner of it said of
    // what was seen: "户外运动等蓬勃发展", "快速发展")
    if (
      c.word === "发展" &&
      (DEVELOPMENT_NOUN_AFTER.test(s.slice(m.index + 2, m.index + 4)) ||
        DEVELOPMENT_NOUN_BEFORE.test(s.slice(Math.max(0, m.index - 3), m.index)))
    )
      continue;
    // "拜访目标企业150家", "目标市场": what is aimed at, named; no goal is set
    if (c.word === "目标" && TARGETED.test(s.slice(m.index + 2, m.index + 4))) continue;
    // "增长6.3%,高于预期目标0.3个百分点", "比预期目标高1.1个百分点": a result measured against its goal
    // (the goal's own value in brackets after it stays a target: "高于预期目标(增长6%以上)")
    if (
      (c.word === "目标" || c.word === "预期") &&
      MEASURED_AGAINST.test(s.slice(Math.max(0, m.index - 6), m.index)) &&
      !/^(?:预期)?目标?[(（]/.test(s.slice(m.index, m.index + 5))
    ) {
      recast(m.index, c.word, true);
      continue;
    }
    // "完成年度目标", "实现全年预期目标": a goal met, named; no goal is set
    if ((c.word === "目标" || c.word === "预期") && GOAL_MET.test(s.slice(Math.max(0, m.index - 6), m.index)))
      continue;
    // "累计培育421家…", "累计建成开通5G基站…": a deed summed up so far is a result (a plan's sums have a deadline
    // or a word of intent, which decide before this cue)
    if (!c.strong && c.kind === "target" && /累计新?$/.test(s.slice(Math.max(0, m.index - 3), m.index))) {
      recast(m.index, c.word, false);
      continue;
    }
    // "争取上级转移支付31.8亿元": funds sought from above and won, as a review reports them
    if (c.word === "争取" && FUNDS_SOUGHT.test(s.slice(m.index + 2, m.index + 8))) {
      recast(m.index, c.word, false);
      continue;
    }
    out.push({
      span: [from + m.index, from + m.index + c.word.length],
      kind: c.kind,
      strong: c.strong,
      word: c.word,
    });
  }
  // each pattern below needs a character the sentence may lack: a cheap test first
  if (s.includes("将"))
    for (const m of s.matchAll(FUTURE_JIANG))
      out.push({ span: [from + m.index, from + m.index + 1], kind: "target", strong: true, word: "将" });
  // 今年/年内 written in the sentence: the current year's plan
  if (s.includes("年"))
    // ("一年内", "三年内": within so many years, no year of its own; "今年初…", "今年以来…": a time gone by)
    for (const m of s.matchAll(/今年(?!初|以来)|(?<![一二两三四五六七八九十\d])年内|本年度/g)) {
      // ("今年上半年,漳州…达166.5亿元": a part of the year gone by, no plan; 今年下半年 is still ahead)
      if (m[0] === "今年" && PAST_PART_AFTER.test(s.slice(m.index + 2, m.index + 14))) continue;
      out.push({
        span: [from + m.index, from + m.index + m[0].length],
        kind: "target",
        strong: false,
        word: m[0],
      });
    }
  if (s.includes("了"))
    for (const m of s.matchAll(PERFECTIVE))
      out.push({
        span: [from + m.index, from + m.index + m[0].length],
        kind: "actual",
        strong: true,
        word: m[0],
      });
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
