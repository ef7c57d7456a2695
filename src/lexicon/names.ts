import { t2sPairs } from "./t2s-table";

// Name handling for lookups typed by people (worksheet arguments, task pane filters). It is light on purpose:
// the functions ship with it, so it uses a character table (generated from OpenCC by scripts/make-t2s-chars.js)
// rather than OpenCC's dictionaries, and the dataset's own regions rather than the whole gazetteer.

let T2S: Map<string, string> | null = null;

/** The character table as a map, built once it is there (in the page it arrives with the bundled dataset). */
function t2s(): Map<string, string> {
  if (T2S) return T2S;
  const pairs = t2sPairs();
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i], pairs[i + 1]);
  if (pairs) T2S = map;
  return map;
}

/** Trim, full-width → half-width, drop spaces, traditional → simplified (character by character). */
export function cleanName(name: string): string {
  const table = t2s();
  let out = "";
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (/\s/.test(ch) || ch === "\u3000") continue;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += table.get(ch) ?? ch;
  }
  return out;
}

const ADMIN_SUFFIX = /(?:人民政府|政府|管委会|管理委员会)$/;
const LEVEL_SUFFIX = /(?:省|市|区|县|自治区|自治州|特别行政区|地区|盟)$/;

/** The zone forms people write for the same place: 经济技术开发区 → 经开区, 高新技术产业开发区 → 高新区. */
function zoneShort(name: string): string {
  return name
    .replace(/国家级/, "")
    .replace(/高新技术产业开发区$|高新技术开发区$/, "高新区")
    .replace(/经济技术开发区$/, "经开区");
}

/** Forms a region name is also written as: 佛山市 → 佛山; 北京经济技术开发区 → 北京经开区. */
export function regionForms(canonical: string): string[] {
  const forms = new Set([canonical, zoneShort(canonical)]);
  const short = canonical.replace(LEVEL_SUFFIX, "");
  if (short.length >= 2 && !/(?:高新|经开)$/.test(short)) forms.add(short);
  return [...forms];
}

/** What to look a typed region up as: cleaned, without 人民政府, zone forms shortened. */
export function regionQuery(input: string): string {
  return zoneShort(cleanName(input).replace(ADMIN_SUFFIX, ""));
}
