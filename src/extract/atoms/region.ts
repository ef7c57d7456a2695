// Regions: 佛山市, 佛山, 禅城区, 佛山高新区, 北京经济技术开发区; 我市/全市/本区 as the document's own region.
import { parseZone, type Gazetteer } from "../../lexicon/regions";
import type { RegionAtom } from "../types";

const SELF = /(?:我|全|本)(市|区)/y;
// after these a place name is part of a longer proper noun, not the region the figure belongs to
const NOT_AFTER = /[\u4e00-\u9fff]/;

export function findRegions(text: string, from: number, to: number, gaz: Gazetteer): RegionAtom[] {
  const out: RegionAtom[] = [];
  for (let i = from; i < to; ) {
    const zone = parseZone(text, gaz, i);
    if (zone && i + zone.length <= to) {
      out.push({ span: [i, i + zone.length], entry: zone.entry, self: null, ambiguous: [] });
      i += zone.length;
      continue;
    }
    const m = gaz.matchAt(text, i);
    if (m && i + m.form.length <= to) {
      const end = i + m.form.length;
      // a bare short name glued inside a word (广东省 is fine; 大佛山 fine; 中山路 skipped by the stop list)
      const ok = m.entries.length === 1;
      out.push({
        span: [i, end],
        entry: ok ? m.entries[0] : null,
        self: null,
        ambiguous: ok ? [] : m.entries,
      });
      i = end;
      continue;
    }
    SELF.lastIndex = i;
    const s = SELF.exec(text);
    if (s && i + 2 <= to && !(i > 0 && NOT_AFTER.test(text[i - 1]) && text[i] === "全" && false)) {
      out.push({ span: [i, i + 2], entry: null, self: s[1] === "市" ? "city" : "district", ambiguous: [] });
      i += 2;
      continue;
    }
    i++;
  }
  return out;
}
