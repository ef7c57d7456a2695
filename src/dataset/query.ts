import { cleanName, regionForms, regionQuery } from "../lexicon/names";
import type { Dataset, PolicyDocument, PolicyRecord, RecordKind } from "../model/schema";

// one collator for every sort (localeCompare with a locale builds one per comparison)
let collator: Intl.Collator | null = null;
const byPinyin = (a: string, b: string) => (collator ??= new Intl.Collator("zh-CN")).compare(a, b);

export { cleanName } from "../lexicon/names";

export type Resolved = { ok: true; name: string } | { ok: false; message: string; suggestions: string[] };

export interface RecordQuery {
  region: string;
  subject?: string | null;
  indicator?: string | null;
  year?: number | null;
  kind?: RecordKind | null;
}

/** An index over a dataset for the worksheet functions and the task pane. Built once; lookups are Map reads. */
export class DatasetIndex {
  readonly dataset: Dataset;
  private readonly byRegion = new Map<string, PolicyRecord[]>();
  private readonly byRegionSubject = new Map<string, PolicyRecord[]>();
  private readonly documents = new Map<string, PolicyDocument>();
  private readonly records = new Map<string, PolicyRecord>();
  private readonly regionCache = new Map<string, Resolved>();
  private readonly subjectCache = new Map<string, Resolved>();
  private readonly subjectLists = new Map<string, string[]>();
  /** Every form of every region name in the dataset → the canonical name. */
  private readonly regionByForm = new Map<string, string>();

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    for (const d of dataset.documents) this.documents.set(d.id, d);
    for (const r of dataset.records) {
      this.records.set(r.id, r);
      for (const region of r.regionPath) push(this.byRegion, region === r.region ? region : `~${region}`, r);
      if (r.subject) push(this.byRegionSubject, `${r.region}\u0001${r.subject}`, r);
    }
    for (const name of this.byRegion.keys()) {
      if (name.startsWith("~")) continue;
      for (const form of regionForms(name))
        if (!this.regionByForm.has(form) || form === name) this.regionByForm.set(form, name);
    }
  }

  record(id: string): PolicyRecord | undefined {
    return this.records.get(id);
  }

  document(id: string): PolicyDocument | undefined {
    return this.documents.get(id);
  }

  regions(): string[] {
    return [...this.byRegion.keys()].filter((k) => !k.startsWith("~")).sort(byPinyin);
  }

  subjects(region: string): string[] {
    let list = this.subjectLists.get(region);
    if (!list) {
      const set = new Set<string>();
      for (const r of this.byRegion.get(region) ?? []) if (r.subject) set.add(r.subject);
      list = [...set].sort(byPinyin);
      this.subjectLists.set(region, list);
    }
    return list;
  }

  /** 佛山 / 佛山市 / 佛山市人民政府 / 佛山 (traditional) → the canonical region the dataset uses. */
  resolveRegion(input: string): Resolved {
    const cached = this.regionCache.get(input);
    if (cached) return cached;
    const result = this.resolveRegionUncached(input);
    this.regionCache.set(input, result);
    return result;
  }

  private resolveRegionUncached(input: string): Resolved {
    const name = regionQuery(input);
    if (!name) return { ok: false, message: "地区名称为空 (empty region name)", suggestions: [] };
    const hit = this.regionByForm.get(name);
    if (hit) return { ok: true, name: hit };
    const suggestions = closest(name, this.regions());
    return { ok: false, message: `未找到地区“${input}” (unknown region)`, suggestions };
  }

  /** A subject of the region: exact, traditional, or without a trailing 产业/集群/产业集群. */
  resolveSubject(region: string, input: string): Resolved {
    const key = `${region}\u0001${input}`;
    let hit = this.subjectCache.get(key);
    if (!hit) {
      hit = this.resolveSubjectUncached(region, input);
      this.subjectCache.set(key, hit);
    }
    return hit;
  }

  private resolveSubjectUncached(region: string, input: string): Resolved {
    const name = cleanName(input);
    const subjects = this.subjects(region);
    if (subjects.includes(name)) return { ok: true, name };
    const bare = (s: string) => s.replace(/(?:产业集群|集群|产业)$/, "");
    const hit = subjects.find((s) => bare(s) === bare(name));
    if (hit) return { ok: true, name: hit };
    return {
      ok: false,
      message: `${region}没有对象“${input}” (unknown subject)`,
      suggestions: closest(name, subjects),
    };
  }

  /** Records matching a query; names must already be resolved. */
  find(q: RecordQuery): PolicyRecord[] {
    const list = q.subject
      ? (this.byRegionSubject.get(`${q.region}\u0001${q.subject}`) ?? [])
      : (this.byRegion.get(q.region) ?? []);
    return list.filter(
      (r) =>
        (q.indicator == null || r.indicator === q.indicator) &&
        (q.year == null || r.year === q.year) &&
        (q.kind == null || r.kind === q.kind),
    );
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Up to three names closest to `name` (shared characters, then edit distance). */
export function closest(name: string, names: string[]): string[] {
  const score = (c: string) => {
    const shared = [...new Set(name)].filter((ch) => c.includes(ch)).length;
    return shared * 10 - levenshtein(name, c);
  };
  return names
    .map((n) => ({ n, s: score(n) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, 3)
    .map((x) => x.n);
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}
