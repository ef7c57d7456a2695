/**
 * Units after a number, longest first. `to` is the unit the dataset stores and `scale` converts into it:
 * money → 亿元, counts and physical units with 万/亿 multiplied out (3万个 → 30000 个).
 */
export interface UnitDef {
  surface: string;
  to: string;
  scale: number;
  kind: "money" | "percent" | "points" | "count" | "measure";
}

const money: UnitDef[] = [
  { surface: "万亿元", to: "亿元", scale: 10000, kind: "money" },
  { surface: "亿元", to: "亿元", scale: 1, kind: "money" },
  { surface: "千万元", to: "亿元", scale: 0.1, kind: "money" },
  { surface: "百万元", to: "亿元", scale: 0.01, kind: "money" },
  { surface: "万元", to: "亿元", scale: 0.0001, kind: "money" },
  { surface: "亿美元", to: "亿美元", scale: 1, kind: "money" },
  { surface: "万美元", to: "亿美元", scale: 0.0001, kind: "money" },
  { surface: "美元", to: "亿美元", scale: 1e-8, kind: "money" },
  { surface: "元", to: "亿元", scale: 1e-8, kind: "money" },
];

const COUNT_UNITS = [
  "家次",
  "人次",
  "场次",
  "个",
  "家",
  "项",
  "件",
  "类",
  "台",
  "名",
  "场",
  "次",
  "人",
  "户",
  "座",
  "条",
  "所",
  "辆",
  "套",
  "批",
  "款",
  "宗",
  "栋",
  "艘",
  "架",
  "部",
  "份",
  "篇",
  "本",
  "张",
  "只",
  // livestock by the head, poultry by the bird: 生猪出栏7.49万头, 出笼家禽393.53万羽
  "头",
  "羽",
  // trees planted, books held: 植树120万株, 藏书120万册
  "株",
  "册",
  // equipment counted in sets (工业机器人1200台套), charging posts and pipes by the piece (充电桩3000根)
  "台套",
  "根",
  "支",
  "处",
  "间",
  "种",
  "枚",
];
const MEASURE_UNITS = [
  "平方公里",
  "平方米",
  "公顷",
  "亩",
  "公里",
  "千米",
  "千瓦时",
  "千瓦",
  // energy stored or made in the large (兆瓦时, 吉瓦时), power in the large (吉瓦), a grid's transformers (千伏安)
  "兆瓦时",
  "兆瓦",
  "吉瓦时",
  "吉瓦",
  "千伏安",
  "吨标准煤",
  // transport's work, goods or people carried a distance: 货物周转量120亿吨公里 (never 120亿吨), 旅客周转量30亿人公里
  "吨公里",
  "人公里",
  "吨",
  "标准箱",
  "立方米",
  "岁",
  "斤",
  // a crop's yield per mu: 粮食单产433.46公斤/亩
  "公斤",
  "千克",
];

const SPECIAL: UnitDef[] = [
  // output per worker (全员劳动生产率 30万元/人, 万 multiplied out): a measure of its own, not money to add up
  { surface: "元/人", to: "元/人", scale: 1, kind: "measure" },
  { surface: "个百分点", to: "百分点", scale: 1, kind: "points" },
  { surface: "百分点", to: "百分点", scale: 1, kind: "points" },
  { surface: "%", to: "%", scale: 1, kind: "percent" },
  { surface: "％", to: "%", scale: 1, kind: "percent" },
  { surface: "‰", to: "‰", scale: 1, kind: "percent" },
  // energy written out, 千瓦小时: one 千瓦时
  { surface: "千瓦小时", to: "千瓦时", scale: 1, kind: "measure" },
  // containers written short, 标箱: one 标准箱; energy's coal equivalent written short, 吨标煤: one 吨标准煤
  { surface: "标箱", to: "标准箱", scale: 1, kind: "measure" },
  { surface: "吨标煤", to: "吨标准煤", scale: 1, kind: "measure" },
  // air's fine particles (PM2.5 年均浓度 29微克/立方米): a concentration, never a volume of 立方米
  { surface: "微克/立方米", to: "微克/立方米", scale: 1, kind: "measure" },
];

export const UNITS: readonly UnitDef[] = [
  ...money,
  ...SPECIAL,
  ...MEASURE_UNITS.map((u): UnitDef => ({ surface: u, to: u, scale: 1, kind: "measure" })),
  ...COUNT_UNITS.map((u): UnitDef => ({ surface: u, to: u, scale: 1, kind: "count" })),
].sort((a, b) => b.surface.length - a.surface.length);

// units by their first character, longest first
const BY_FIRST = new Map<number, UnitDef[]>();
for (const u of UNITS) {
  const list = BY_FIRST.get(u.surface.charCodeAt(0)) ?? [];
  list.push(u);
  BY_FIRST.set(u.surface.charCodeAt(0), list);
}

/** True when some unit starts with the character at `pos` (a quick test before matchUnitAt). */
export function unitMayStartAt(text: string, pos: number): boolean {
  return BY_FIRST.has(text.charCodeAt(pos));
}

export function matchUnitAt(text: string, pos: number): UnitDef | null {
  const list = BY_FIRST.get(text.charCodeAt(pos));
  if (!list) return null;
  for (const u of list) if (text.startsWith(u.surface, pos)) return u;
  return null;
}
