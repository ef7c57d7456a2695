// Verbs and the words that lead a clause, named once. Rules compose their patterns from these groups: a name of a
// measure holds none of the verbs (it is a deed then), 将 before a verb of intent marks the future, and the
// words that lead a clause are stripped before its noun phrase is read.

/** What a government does to a thing: 推动, 培育, 引进… (a phrase holding one is a deed, not a name). */
export const POLICY_ACTIONS = [
  "推动",
  "推进",
  "加快",
  "促进",
  "建设",
  "培育",
  "打造",
  "引进",
  "引入",
  "支持",
  "鼓励",
  "形成",
  "提升",
  "开展",
  "组织",
  "举办",
  "实施",
] as const;

/** Deeds that add to a count: 新建学校5所, 新增企业20家, 净增… (a district named like one, 新建区, is no topic). */
export const COUNTED_DEEDS = ["新建", "新增", "净增", "新设", "新设立"] as const;

/** Deeds that bring new things of a kind in, counted as 新增 is: 新认定高企, 新培育…, 新引进…, 新升规… */
export const NEW_THINGS_DEEDS = [
  "新增",
  "净增",
  "新设",
  "新设立",
  "新认定",
  "新培育",
  "新引进",
  "新招引",
  "新落户",
  "新注册",
  "新入库",
  "新升规",
] as const;

/**
 * Deeds whose count is of things done, not of things there are: 引进项目120个, 建成5G基站3000个, 项目落地 (over the years
 * a passage looks back on, the count sums them).
 */
export const DONE_DEEDS = [
  "引进",
  "招引",
  "签约",
  "新建",
  "建成",
  "落地",
  "培育",
  "新开工",
  "开工",
  "竣工",
  "投产",
  "认定",
  "创建",
  "打造",
  "实施",
  "完成",
  "改造",
  "整治",
  "淘汰",
  "关停",
  "腾退",
  "获批",
  "入选",
] as const;

/** Verbs of aiming: 力争, 确保, 瞄准… */
export const AIMS = ["力争", "争取", "确保", "瞄准", "锁定"] as const;

/** Verbs of reaching a level or finishing a task: 实现, 完成, 达到. */
export const ACCOMPLISHMENTS = ["实现", "完成", "达到"] as const;

/** Verbs of stating what is set: 确定, 明确, 提出. */
export const STATEMENTS = ["确定", "明确", "提出"] as const;

/** Words that say a figure set before was changed: "增长目标上调为6%", "增速目标下调为4.5%". */
export const REVISIONS = ["上调", "下调", "调高", "调低", "调增", "调减"] as const;

/** Words that frame a clause by its means or theme: 通过…, 围绕…. */
export const FRAMES = ["通过", "围绕"] as const;

/** Connectives that may lead a clause: 其中, 同时. */
export const CONNECTIVES = ["其中", "同时", "此外", "另外", "而且", "并且"] as const;

/** Words of time that may lead a clause: 全年, 目前, 今年, 年底. */
export const TIME_WORDS = [
  "截至目前",
  "全年",
  "年末",
  "年底",
  "年初",
  "年内",
  "目前",
  "当前",
  "近日",
  "日前",
  "今年",
  "去年",
  "明年",
] as const;

/** The groups as one alternation for a pattern (longest first, so that a word is never cut by its prefix). */
export function alternation(...groups: readonly (readonly string[])[]): string {
  return [...new Set(groups.flat())].sort((a, b) => b.length - a.length).join("|");
}
