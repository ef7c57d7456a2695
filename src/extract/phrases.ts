// Phrases that name things and measures: a short noun phrase (高新技术企业, 5G基站) and the name of a measure
// (软件业务收入, 规上工业企业中开展数字化改造的比例). Read by the atoms (a bare 生产总值's owner) and by the rules alike,
// so they live below both.
import {
  ACCOMPLISHMENTS,
  AIMS,
  alternation,
  CONNECTIVES,
  COUNTED_DEEDS,
  FRAMES,
  POLICY_ACTIONS,
  REVISIONS,
  STATEMENTS,
  TIME_WORDS,
} from "../lexicon/verbs";
import { PERIOD } from "../lexicon/periods";
import { GDP_NAMES } from "../lexicon/indicators";
import { isSector } from "../lexicon/subjects";

// what may lead a noun phrase: a count of its own, a deed of counting, a connective, a time word or a part of the
// year ("10月份新增规模企业6家"), a manner
const LEADING = new RegExp(
  `^(?:\\d+[户家个](?=[\\u4e00-\\u9fff])|${PERIOD.source}|${alternation(CONNECTIVES, TIME_WORDS, COUNTED_DEEDS, ["获批", "新开通", "安排", "共", "累计", "重点", "积极", "大力", "力争", "预计"])})+`,
);
// a phrase holding a verb (or a particle of one) is no name
export const VERBISH = new RegExp(
  `(?:${alternation(POLICY_ACTIONS, AIMS, ACCOMPLISHMENTS, STATEMENTS, FRAMES, ["位于", "属于", "来自", "兑现", "帮助", "减征", "取消", "引导", "设立", "涉及", "提供", "统一", "推出", "预计", "提高", "发展", "是", "为", "有", "在", "将", "要", "的", "了", "和", "对", "从"])})`,
);

// 国有 (state-owned) is part of a name, no verb: 国有企业, 国有资本
// (and public or private ownership: 非公有制经济, 公有制企业, 私有经济)
const STATE_OWNED = /国有|(?:非)?公有制|私有/g;
// words of names that hold a verb's character: 国有企业, 有机物, 有效发明专利, 有色金属, 有限公司, 有害垃圾, 主要农作物,
// 重要产品
const NAME_WORDS_WITH_VERB = new RegExp(`${STATE_OWNED.source}|有(?:机|效|色|限|线|害|毒)|[主重]要`, "g");

/**
 * Whether a listed item holds a verb (or a particle of one) and so is no name; the words of names above do not count.
 * (A phrase alone, nounPhrase, counts only 国有 so: 有效发明专利达到2万件 stays the open measure's, a measure's name.)
 */
export function holdsVerb(phrase: string): boolean {
  return VERBISH.test(phrase.replace(NAME_WORDS_WITH_VERB, ""));
}

// names listed as examples up to 等 (not 高等, 中等, 同等, 平等, 等级)
export const LISTED_EXAMPLES = /^.*[^高中初同平对均]等(?![级于同])(?=[\u4e00-\u9fff]{2})/;

/** A short noun phrase in text[from, to): what a figure is about (高新技术企业, 5G基站). Null when unsure. */
export function nounPhrase(text: string, from: number, to: number): string | null {
  let s = text.slice(from, to).trim();
  s = s.replace(LEADING, "");
  s = s.replace(/^[,，、:：\s]+|[,，、:：\s]+$/g, "");
  // "…研究院、…中心等国家级科研院所": what 等 closes is an example of the thing named after it
  if (s.includes("等")) s = s.replace(LISTED_EXAMPLES, "");
  // a short quoted name inside the phrase is part of it (专精特新“小巨人”企业); checks look at the rest
  const bare = s.replace(/“[\u4e00-\u9fffA-Za-z0-9]{1,8}”/g, (q) => q.slice(1, -1));
  if (bare.length < 2 || bare.length > 14) return null;
  if (/\d{4}|[“”"《》()（）]/.test(bare)) return null;
  if (VERBISH.test(bare.replace(STATE_OWNED, ""))) return null;
  // (an abbreviation with & is a word: R&D经费支出)
  if (!/^(?:[\u4e00-\u9fffA-Za-z0-9]|(?<=[A-Za-z])&(?=[A-Za-z]))+$/.test(bare)) return null;
  return s;
}

// what may lead a clause before its measure: connectives, time words and parts of a year (其中, 全年, 前三季度)
// ("实现财政总收入86.6亿元": the verb of a report, before the measure it reports)
// (and the country's whole, 全国; the first years of a plan's, 前四年; an adverb of more of the same, 又进一步下降;
// the words that list what a goal holds, 包括预期…)
const MEASURE_LEAD = new RegExp(
  `^(?:${alternation(CONNECTIVES, TIME_WORDS, ACCOMPLISHMENTS, ["全市", "全县", "全区", "全省", "全国", "预计", "预期", "包括", "力争", "累计", "又", "进一步", "再度", "继续"])}|${PERIOD.source}|前[两二三四五六七八九\\d]年|[,，、:：\\s])+`,
);
// verbs that make the phrase a deed, not the name of a measure (推动…达到, 建设…突破, 增长目标上调为); 有 and 和 are
// left out as they stand inside names (有效发明专利, 软件和信息服务业)
const DEED = new RegExp(
  `${alternation(POLICY_ACTIONS, AIMS, ACCOMPLISHMENTS, STATEMENTS, FRAMES, REVISIONS, ["位列", "排名", "位居", "居于", "从而", "使得"])}|[是为在将要了对的把被]`,
);
const SAYS = /^[\u4e00-\u9fff]{0,8}?(?:提出|明确|要求|指出)(?=[\u4e00-\u9fff]{3})/;
const TOTAL_OF_LIST = /^(?:[\u4e00-\u9fff]{1,8}、)+[\u4e00-\u9fff]{0,8}总[\u4e00-\u9fff]{2,6}$/;
const RATIO_OF = /^[\u4e00-\u9fffA-Za-z0-9]{2,16}的(?:比例|比重|占比|覆盖率|普及率)$/;

/**
 * A short note in brackets, no part of the name it stands in: 限额以上企业(单位)消费品零售额, 高技术产业(制造业)增加值,
 * and a name's abbreviation: 单位国内生产总值(GDP)能耗, 细颗粒物(PM2.5)平均浓度 (a letter in it: "(2025)" is a year).
 */
export const BRACKET_NOTE =
  /[(（](?=[^()（）]{0,6}[\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z0-9.]{1,6}[)）]/g;

/** The name of a measure in text[from, to): a plain noun phrase of 3 to 20 characters, or null. */
export function measureName(text: string, from: number, to: number): string | null {
  return measureNameAt(text, from, to)?.name ?? null;
}

/** The name of a measure in text[from, to), as measureName, with where in the text its words start. */
export function measureNameAt(
  text: string,
  from: number,
  to: number,
): { name: string; start: number } | null {
  // "纲要草案提出全社会研发经费投入": what a text says it sets, after the words that say so
  const said = SAYS.exec(text.slice(from, to));
  const body = text.slice(from + (said ? said[0].length : 0), to);
  const lead = MEASURE_LEAD.exec(body)?.[0].length ?? 0;
  // (nor is a note in brackets: BRACKET_NOTE)
  const s = body.slice(lead).replace(BRACKET_NOTE, "").trim();
  const quoted = s.replace(/“[\u4e00-\u9fffA-Za-z0-9]{1,8}”/g, (q) => q.slice(1, -1));
  // a total of listed things is one measure: 光伏、风电总装机容量
  const bare = TOTAL_OF_LIST.test(quoted) ? quoted.replace(/、/g, "") : quoted;
  if (bare.length < 3 || bare.length > 20 || !/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(bare)) return null;
  // (a thing pointed at, "该市场交易额", "这批项目投资", is that thing's measure, not the place's)
  if (/^(?:该|此|这)/.test(bare)) return null;
  // (a name holds no figure of its own: 新认定国家高新技术企业7家)
  if (/\d{4}|\d(?:\.\d+)?[个家项件名户万亿元%]/.test(bare)) return null;
  // a ratio named by what it counts is a name, verb and 的 and all: 设立研发机构的比例, 开展研发活动的企业占比
  if (DEED.test(bare) && !RATIO_OF.test(bare)) return null;
  return { name: perOutputNamed(s), start: to - body.length + lead };
}

/** A measure per unit of output named as the lexicon names the output: 单位GDP能耗 → 单位地区生产总值能耗. */
export function perOutputNamed(name: string): string {
  return name.replace(PER_OUTPUT, "$1地区生产总值");
}

// a measure per unit of output names the output as the lexicon does: 单位GDP能耗, 单位生产总值能耗 and
// 单位国内生产总值能耗 are 单位地区生产总值能耗 (the record's region says whose output it is)
const PER_OUTPUT = new RegExp(`^(单位|万元)(?:${GDP_NAMES})(?=[\\u4e00-\\u9fff])`);

/**
 * One sector's name in the classification of industries, its words joined by 、, 和 or 及: 信息传输、软件和信息技术服务业,
 * 交通运输、仓储和邮政业, 住宿和餐饮业 — no list, as no word before the last is a sector itself (工业、建筑业和服务业 is a
 * list of three) nor a verb (推动和发展服务业).
 */
export function sectorOfJoinedWords(name: string): boolean {
  if (!/[、和及]/.test(name) || !isSector(name)) return false;
  const parts = name.split(/[、和及]/);
  return parts.slice(0, -1).every((p) => p.length >= 2 && !/业$/.test(p) && !VERBISH.test(p));
}
