// Round-ups of several places' targets: "甲市、乙市的预期目标是“增长7%以上”", "丙市,预期目标为增长7.5%",
// "“增长8%以上”的地市有甲、乙、丙", "丁、戊等地的目标均是增长8%": one record per place named.
import type { RegionAtom, SentenceAtoms } from "../types";
import type { Rule } from "./rule";
import { candidateFrom, normalisedUnit } from "./helpers";
import { within } from "../atoms/search";
import { changeOf } from "../types";

// between the list and the figure: (的)(预期)目标 … 是/为 (“)(增长); or a verb of setting it (天津直接定为4.5%)
const COPULA =
  /(?:等地|等)?(?:[,，]?其?(?:的)?(?:预期)?(?:增长|经济增长|增速)?目标(?:值)?[^。;；“”"\d%]{0,8}?(?:是|为|定在|定为|设定为|确定为|在)|(?:则|均|都|也|直接|已|初步)?(?:定在|定为|确定为|设定为))[“"]?(增长|达到|增速|保)?$/;
const QUOTED_VALUE = /[,，]?(?:为|是)[“"](增长|达到|增速)?$/;
// after the figure: (”)的(地市|城市|省份…)有 …
const AFTER = /^[”"]?的(?:地市|城市|省份|省区|地区|县区|区县|县市区|市县|地方)(?:有|包括|是)/;
const SEPARATOR = /^(?:[、,，和及与]|以及)$/;

/** Region atoms forming one list that ends at `end` (or starts at `start`), separated by 、, 和, 以及. */
function listEndingAt(atoms: SentenceAtoms, end: number, text: string): RegionAtom[] {
  // a list is short: the places of the 400 characters before it are enough
  const regions = within(atoms.regions, end - 400, end).filter((r) => r.entry);
  const out: RegionAtom[] = [];
  let at = end;
  for (let k = regions.length - 1; k >= 0; k--) {
    const r = regions[k];
    const gap = text.slice(r.span[1], at);
    if (out.length === 0 ? !/^(?:等地|等)?$/.test(gap) : !SEPARATOR.test(gap)) break;
    out.unshift(r);
    at = r.span[0];
  }
  return out;
}

function listStartingAt(atoms: SentenceAtoms, start: number, text: string): RegionAtom[] {
  const out: RegionAtom[] = [];
  let at = start;
  for (const r of within(atoms.regions, start, start + 400).filter((x) => x.entry)) {
    const gap = text.slice(at, r.span[0]);
    if (out.length === 0 ? gap !== "" : !SEPARATOR.test(gap)) break;
    out.push(r);
    at = r.span[1];
  }
  return out;
}

export const regionListRule: Rule = {
  id: "region-list",
  attributive: true, // "“增长8%以上”的地市有…": the figure stands before 的
  description:
    "甲、乙(等地)的(预期)目标(均)是“增长X%” / “增长X%”的地市有甲、乙: a target for each place listed",
  examples: [
    {
      text: "从地区生产总值增长目标看,湖州、衢州的预期目标是“增长6.5%以上”。",
      date: "2024年1月20日",
      gives: {
        region: "衢州市",
        indicator: "地区生产总值增速",
        value: 6.5,
        comparator: "gte",
        kind: "target",
      },
    },
    {
      text: "从固定资产投资增长目标看,“增长10%以上”的地市有湖州、丽水。",
      date: "2024年1月20日",
      gives: { region: "丽水市", indicator: "固定资产投资增速", value: 10, comparator: "gte" },
    },
  ],
  produce({ text, atoms, q }) {
    if (!q.unit || atoms.regions.length === 0) return null;
    const s = atoms.sentence;
    const head = text.slice(Math.max(s.start, q.span[0] - 40), q.span[0]);
    // in a sentence about goals, a place followed by 为/是 and a quoted value: "其次是新乡市,为“增长15%以上”"
    const goals = /目标/.test(text.slice(Math.max(s.start, q.span[0] - 200), q.span[0]));
    const copula = COPULA.exec(head) ?? (goals ? QUOTED_VALUE.exec(head) : null);
    let listed: RegionAtom[];
    let growth = false;
    if (copula) {
      // the list may stand in the clause before: "甲市、乙市,预期目标为…"
      listed = listEndingAt(atoms, q.span[0] - copula[0].length, text);
      growth = copula[1] === undefined ? /增长|增速/.test(head) : copula[1] !== "达到";
    } else {
      const after = AFTER.exec(text.slice(q.span[1], Math.min(s.end, q.span[1] + 16)));
      if (!after) return null;
      listed = listStartingAt(atoms, q.span[1] + after[0].length, text);
      growth = /增长[“"]?$/.test(text.slice(Math.max(s.start, q.span[0] - 4), q.span[0]));
    }
    if (listed.length === 0) return null;
    const unit = normalisedUnit(q, !growth);
    if (!unit) return null;
    const rate = unit.unit === "%" || unit.unit === "百分点";
    // "中国经济增长目标为约5%": the economy's growth is that of its gross product, whatever the passage named
    const economy = rate && growth && /经济增长/.test(copula?.[0] ?? "");
    const candidates = listed.map((r) =>
      candidateFrom("region-list", atoms, q, unit, {
        region: { entry: r.entry!, stated: true },
        indicator: economy ? "地区生产总值" : null,
        change: economy ? changeOf(false) : null,
        measureFromContext: !economy,
        direction: growth && rate ? "rise" : null,
        kind: /目标/.test(head) ? "target" : null,
      }),
    );
    return { candidates, consumed: [q] };
  },
};
