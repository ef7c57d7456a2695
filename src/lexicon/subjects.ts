/**
 * Industries, sectors and cluster names as they appear in Chinese policy documents (simplified). Compound
 * cluster names (汽车及新能源) are recognised by joining entries with 及/与/和; enumerations before
 * "N个…产业集群" are recognised structurally, so this list need not be complete.
 */
export const SUBJECTS: readonly string[] = [
  "装备制造",
  "高端装备制造",
  "先进装备制造",
  "智能装备",
  "智能制造装备",
  "智能制造",
  "机器人",
  "工业机器人",
  "泛家居",
  "家居",
  "家电",
  "智能家电",
  "陶瓷",
  "建材",
  "纺织服装",
  "纺织",
  "服装",
  "家具",
  "五金",
  "照明",
  "汽车",
  "新能源汽车",
  "智能网联汽车",
  "汽车零部件",
  "汽摩",
  "新能源",
  "氢能",
  "储能",
  "光伏",
  "风电",
  "军民融合",
  "电子信息",
  "新一代信息技术",
  "信息技术",
  "集成电路",
  "半导体",
  "新型显示",
  "软件",
  "软件和信息服务",
  "人工智能",
  "大数据",
  "云计算",
  "物联网",
  "区块链",
  "工业互联网",
  "数字经济",
  "数字创意",
  "5G",
  "新材料",
  "先进材料",
  "化工",
  "石化",
  "石油化工",
  "钢铁",
  "有色金属",
  "金属制品",
  "建筑",
  "建筑业",
  "食品饮料",
  "食品",
  "饮料",
  "农产品加工",
  "现代农业",
  "农业",
  "消费品",
  "生物医药",
  "医药",
  "医疗器械",
  "大健康",
  "健康",
  "中医药",
  "生命健康",
  "生物技术",
  "现代服务业",
  "服务业",
  "生产性服务业",
  "金融",
  "现代金融",
  "科技金融",
  "商贸",
  "物流",
  "现代物流",
  "电子商务",
  "文化创意",
  "文化旅游",
  "旅游",
  "会展",
  "总部经济",
  "楼宇经济",
  "航空航天",
  "航空",
  "海洋经济",
  "节能环保",
  "环保",
  "绿色低碳",
  "先进制造业",
  "制造业",
  "战略性新兴产业",
  "高新技术产业",
  "高技术制造业",
  "外贸",
];

const sorted = [...SUBJECTS].sort((a, b) => b.length - a.length);
/** 1 for every character a subject starts with: lets a scan pass over the others cheaply. */
export const SUBJECT_START = new Uint8Array(0x10000);
for (const s of SUBJECTS) SUBJECT_START[s.charCodeAt(0)] = 1;
const byFirst = new Map<number, string[]>();
for (const s of sorted) byFirst.set(s.charCodeAt(0), [...(byFirst.get(s.charCodeAt(0)) ?? []), s]);
const longestAt = (text: string, pos: number) =>
  byFirst.get(text.charCodeAt(pos))?.find((s) => text.startsWith(s, pos));

/** Longest subject starting at `pos` (joined with 及/与/和 into a compound when both sides are subjects). */
export function matchSubjectAt(text: string, pos: number): string | null {
  const first = longestAt(text, pos);
  if (!first) return null;
  let name = first;
  let end = pos + first.length;
  for (;;) {
    const join = text[end];
    if (join !== "及" && join !== "与" && join !== "和") break;
    const next = longestAt(text, end + 1);
    if (!next) break;
    name += join + next;
    end += 1 + next.length;
  }
  return name;
}

/**
 * Pairs a list writes one character each, the rest shared: 存、贷款余额 (存款余额, 贷款余额), 城、乡居民. `words` are
 * what the two characters stand for when each is short for a word (城 → 城镇, 乡 → 农村); such a pair also stands
 * written as one word at the head of a topic: 城乡居民人均可支配收入分别增长….
 */
export const CHARACTER_PAIRS: readonly {
  first: string;
  second: string;
  words?: readonly [string, string];
}[] = [
  { first: "存", second: "贷" },
  { first: "城", second: "乡", words: ["城镇", "农村"] },
  { first: "中", second: "小" },
  { first: "大", second: "中" },
];

/** The three industries said short, as county reports write them: 一产 → 第一产业, 二产 → 第二产业, 三产 → 第三产业. */
export function industryOfShortName(words: string): string | null {
  const m = /^(?:其中[,，]?)?([一二三])产$/.exec(words);
  return m ? `第${m[1]}产业` : null;
}

// words ending in 业 that name no sector: 企业, 行业, 就业, 创业, 物业, 专业, 职业, 事业, 作业, 毕业, 学业, 家业, 伟业, 基业
const NOT_A_SECTOR = /(?:企|行|就|创|物|专|职|事|作|毕|学|家|伟|基)业$/;

/**
 * A sector of the economy named alone, as a table of the gross product or a count's breakdown names it: 第二产业,
 * 工业, 建筑业, 批发和零售业, 交通运输、仓储和邮政业, 战略性新兴产业 (not 企业, 就业 …, which are things of their own).
 */
export function isSector(name: string): boolean {
  return /^(?:第[一二三]产业|[\u4e00-\u9fff、和及]{1,16}业)$/.test(name) && !NOT_A_SECTOR.test(name);
}
