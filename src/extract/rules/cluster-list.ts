// Cluster lists: "汽车及新能源、军民融合及电子信息2个产业集群产值规模突破5000亿",
// "装备制造、泛家居2个万亿产业集群", "A、B、C等3个千亿级产业集群" → one record per named cluster.
import type { Rule } from "./rule";
import {
  topicStart,
  candidateFrom,
  clauseOf,
  enumerationBefore,
  impliedComparator,
  indicatorBefore,
  normalisedUnit,
} from "./helpers";
import { readCount } from "../atoms/numeral";

const COUNT_TIER =
  /(?:等)?(\d+|[一二两三四五六七八九十]+)(?:个|大)([^,，;；。、]{0,14}?)(?:产业集群|集群|产业|行业)/g;

export const clusterListRule: Rule = {
  id: "cluster-list",
  attributive: true,
  description: "A、B N个(超X亿元)产业集群(指标)(比较)Q: the figure applies to each listed cluster",
  examples: [
    {
      text: "到2027年,绍兴市现代纺织、绿色化工2个产业集群产值规模突破2000亿元。",
      date: "2023年1月1日",
      gives: { subject: "绿色化工", indicator: "产值规模", value: 2000, comparator: "gt", kind: "target" },
    },
  ],
  produce({ text, atoms, q }) {
    const [cStart] = clauseOf(text, atoms, q.span[0]);
    const region = text.slice(cStart, q.span[1] + 12);
    if (!/集群|产业|行业/.test(region)) return null; // cheap test before the tier pattern
    COUNT_TIER.lastIndex = 0;
    for (let m = COUNT_TIER.exec(region); m; m = COUNT_TIER.exec(region)) {
      const tierStart = cStart + m.index;
      const tierEnd = tierStart + m[0].length;
      const count = readCount(m[1]);
      const enumeration = enumerationBefore(text, topicStart(atoms, cStart, tierStart), tierStart);
      if (!enumeration || count !== enumeration.items.length) continue;
      const countEnd = tierStart + m[0].indexOf(m[1]) + m[1].length;
      const inLabel = q.span[0] >= countEnd && q.span[1] <= tierEnd && (q.bareYi || q.unit?.kind === "money");
      const afterLabel = q.span[0] >= tierEnd;
      if (!inLabel && !afterLabel) continue;
      const indicator = afterLabel ? indicatorBefore(text, atoms, tierEnd, q.span[0]) : null;
      if (afterLabel && !indicator) continue;
      const unit = normalisedUnit(q, inLabel || (indicator?.money ?? false));
      if (!unit) return { skip: "unit_unknown", message: `no unit for ${q.text}`, consumed: [q] };
      const cmp = inLabel ? impliedComparator(q, "gte") : { comparator: q.comparator, implied: false };
      const candidates = enumeration.items.map((name) =>
        candidateFrom("cluster-list", atoms, q, unit, {
          subject: { name, stated: true },
          indicator: indicator?.name ?? (inLabel ? "规模" : null), // 万亿产业集群: the cluster's scale
          comparator: cmp.comparator,
          comparatorImplied: cmp.implied,
        }),
      );
      return { candidates, consumed: [q] };
    }
    return null;
  },
};
