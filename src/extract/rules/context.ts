import { within } from "../atoms/search";
import type { SentenceAtoms } from "../types";
import { thingPhrase } from "./helpers";
import { nounPhrase, sectorOfJoinedWords } from "../phrases";
import { industryOfShortName } from "../../lexicon/subjects";

// the place said generically, as itself: 园区, 该区, 全市, 本开发区
const SELF_ZONE = "(?:该|全|本|我)?(?:园区|开发区|高新区|经开区|新区|试验区)";
const SELF_NOUN = new RegExp(`^(?:${SELF_ZONE}|(?:该|全|本|我)?[区市省县])$`);
const SELF_BEFORE = new RegExp(`^${SELF_ZONE}(.{2,})$`);
const OWNED_BY = /^(?:市|区|县|区县|县区|省|镇|乡|中央|地方)属$/;
const COUNTED_GROUP =
  /^(?:全市|全省|全区|全县|我市|我省)?(\d+个[\u4e00-\u9fff]{0,6}(?:行业|产业|产业集群|集群|产业链|园区))$/;

/**
 * What a measure at [indStart, …) in a clause is about: the noun phrase between the last region, year or
 * verb of the clause and the indicator (其中高新技术企业工业总产值 → 高新技术企业), or a known subject. `written` is
 * what the text wrote, where the name is not those words (三产 → 第三产业).
 */
export function subjectBefore(
  text: string,
  atoms: SentenceAtoms,
  clauseStart: number,
  indStart: number,
): { name: string; stated: boolean; written?: string } | null {
  let from = clauseStart;
  for (const r of within(atoms.regions, clauseStart, indStart)) from = Math.max(from, r.span[1]);
  for (const y of within(atoms.years, clauseStart, indStart)) from = Math.max(from, y.span[1]);
  // (nor what stands before a figure of the clause: "新增企业175户、总数…" — 总数 is no measure of "企业175户")
  // (a figure inside the name, "2000万元以上项目资金", stays: the name holds it)
  const figure = within(atoms.quantities, clauseStart, indStart).pop();
  if (figure && /^[、,，]/.test(text.slice(figure.span[1], figure.span[1] + 1)))
    from = Math.max(from, figure.span[1] + 1);
  // "区县属工业总产值", "市属工业增加值": what a level of government owns is what the measure is of
  const owned = OWNED_BY.exec(text.slice(from, indStart));
  if (owned) return { name: owned[0], stated: true };
  // "10个重点行业工业增加值": a counted group of things, named with its count (as 五大支柱产业 is)
  const counted = COUNTED_GROUP.exec(text.slice(from, indStart));
  if (counted) return { name: counted[1], stated: true };
  // "牛出栏420头", "羊存栏6011只": an animal named by one character is a thing, though no noun phrase is that short
  const animal = text.slice(from, indStart);
  if (ONE_CHARACTER_ANIMAL.test(animal)) return { name: animal, stated: true };
  // "一产增长3.9%", "三产增加值": an industry said short is that industry
  const industry = industryOfShortName(animal);
  if (industry) return { name: industry, stated: true, written: animal };
  const known = within(atoms.subjects, from, indStart).pop();
  // "第一产业完成增加值", "畜牧业实现产值": the verb between the thing and its measure is not part of it
  // "水产品总产量": 总 belongs to the measure
  const verb = /(?:预计完成|预计实现|完成|实现|总)$/.exec(text.slice(from, indStart));
  const np = thingPhrase(text, from, indStart - (verb?.[0].length ?? 0));
  // (a sector's name with its words joined, 交通运输、仓储和邮政业, is a thing though no plain noun phrase)
  const sector = np ? null : text.slice(from, indStart - (verb?.[0].length ?? 0)).replace(/^其中[,，]?/, "");
  if (sector && sectorOfJoinedWords(sector)) return { name: sector, stated: true };
  // the place itself, said generically (园区实现地区生产总值…), is the region, not a subject
  // (the place named as itself before the thing, "高新区市场主体", is no part of the thing)
  const own = np ? SELF_BEFORE.exec(np) : null;
  // ("高新区园区实现…": the place twice over, no thing)
  if (own && SELF_NOUN.test(own[1])) return known ? { name: known.name, stated: true } : null;
  if (own && thingPhrase(own[1], 0, own[1].length) === own[1]) return { name: own[1], stated: true };
  if (np && !SELF_NOUN.test(np)) return { name: np, stated: true };
  // "高技术及装备制造业用电增速达22.5%": what of the known thing is measured (用电) stands between it and the
  // measure — the thing is the whole phrase, not the industry alone
  // (年 before the measure is the measure's: 新能源车年产量 is the yearly output of 新能源车)
  const stop = indStart - (verb?.[0].length ?? 0);
  const end = text[stop - 1] === "年" ? stop - 1 : stop;
  if (
    known &&
    known.span[1] < end &&
    /^[\u4e00-\u9fff]{1,4}$/.test(text.slice(known.span[1], end)) &&
    !/^(?:全?年|当年|今年)/.test(text.slice(known.span[1], end))
  ) {
    const whole = nounPhrase(text, from, end);
    if (whole?.endsWith(text.slice(known.span[1], end))) return { name: whole, stated: true };
  }
  // "科学研究和技术服务业", "租赁和商务服务业": a known name (服务业) that ends a longer name joined by 和 is that
  // name's last part; the thing is the whole name
  const lead = known ? text.slice(Math.max(from, known.span[0] - 24), known.span[0]) : "";
  const joined = known && /[和与及]/.test(lead) ? JOINED_BEFORE.exec(lead) : null;
  if (known && joined) return { name: joined[0] + known.name, stated: true };
  if (known) return { name: known.name, stated: true };
  return null;
}
const ONE_CHARACTER_ANIMAL = /^[猪牛羊鸡鸭鹅兔马驴禽]$/;
const JOINED_BEFORE = /(?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}[和与及][\u4e00-\u9fff]{0,6}$/;
